/// The score of one coherence dimension.
public struct DimensionScore: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The dimension's weight in the coherence index.
    public var weight: Double
    /// `100·Σ w_i·m_id·s_i / Σ w_i·m_id` over scored member items; nil when none is scored.
    public var score: Double?
    public var band: String?

    /// A dimension score with every field as given; ``Scorer`` computes them.
    public init(id: String, title: String, weight: Double, score: Double?, band: String?) {
        self.id = id
        self.title = title
        self.weight = weight
        self.score = score
        self.band = band
    }
}
