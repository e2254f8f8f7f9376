/// The score of one coherence dimension.
///
/// What the framework alone decides (id, title, weight) is a ``FrameworkPart`` shared by every
/// assessment's score of that dimension; score and band are the score's own.
public struct DimensionScore: Sendable, Hashable {
    /// The framework's part of a dimension score.
    private final class DimensionText: FrameworkPart {
        struct Fields: Hashable, Sendable {
            let id: String
            let title: String
            let weight: Double
        }

        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private let text: DimensionText
    /// `100·Σ w_i·m_id·s_i / Σ w_i·m_id` over scored member items; nil when none is scored.
    public var score: Double?
    public var band: String?

    public var id: String { text.fields.id }
    public var title: String { text.fields.title }
    /// The dimension's weight in the coherence index.
    public var weight: Double { text.fields.weight }

    public init(id: String, title: String, weight: Double, score: Double?, band: String?) {
        text = DimensionText(.init(id: id, title: title, weight: weight))
        self.score = score
        self.band = band
    }
}
