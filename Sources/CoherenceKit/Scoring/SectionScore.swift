/// The score of one section.
///
/// What the framework alone decides (id, title, parent, depth, weight, aggregation) is a
/// ``FrameworkPart`` shared by every assessment's score of that section; score and band are the
/// score's own.
public struct SectionScore: Sendable, Hashable {
    /// The framework's part of a section score.
    private final class SectionText: FrameworkPart {
        struct Fields: Hashable, Sendable {
            let id: String
            let title: String
            let parent: String?
            let depth: Int
            let weight: Double
            let aggregate: Aggregation
        }

        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private let text: SectionText
    /// nil when no child has a score.
    public var score: Double?
    public var band: String?

    public var id: String { text.fields.id }
    public var title: String { text.fields.title }
    /// The id of the enclosing section; nil at the top level.
    public var parent: String? { text.fields.parent }
    /// 0 for a top-level section, 1 for its children, and so on.
    public var depth: Int { text.fields.depth }
    /// The section's weight among its siblings.
    public var weight: Double { text.fields.weight }
    public var aggregate: Aggregation { text.fields.aggregate }

    public init(
        id: String, title: String, parent: String?, depth: Int, weight: Double, aggregate: Aggregation,
        score: Double?, band: String?
    ) {
        text = SectionText(.init(
            id: id, title: title, parent: parent, depth: depth, weight: weight, aggregate: aggregate))
        self.score = score
        self.band = band
    }
}
