/// The score of one section.
public struct SectionScore: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The id of the enclosing section; nil at the top level.
    public var parent: String?
    /// 0 for a top-level section, 1 for its children, and so on.
    public var depth: Int
    /// The section's weight among its siblings.
    public var weight: Double
    public var aggregate: Aggregation
    /// nil when no child has a score.
    public var score: Double?
    public var band: String?

    /// A section score with every field as given; ``Scorer`` computes them.
    public init(
        id: String, title: String, parent: String?, depth: Int, weight: Double, aggregate: Aggregation,
        score: Double?, band: String?
    ) {
        self.id = id
        self.title = title
        self.parent = parent
        self.depth = depth
        self.weight = weight
        self.aggregate = aggregate
        self.score = score
        self.band = band
    }
}
