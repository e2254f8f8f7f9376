/// What scoring knows about one item of one assessment: its state, value and 0–100 score.
///
/// Expressions read these through `level`, `score`, `answered`, `applicable`, `unknown` and
/// `has_evidence`; the scorer aggregates them.
struct ItemFacts: Sendable, Hashable {
    var status: ItemStatus
    /// Why the item does not apply, when it does not.
    var notApplicableReason: String?
    /// The answered value; nil unless answered.
    var value: Double?
    /// `s = (v − min)/(max − min)` in [0, 1]; 0 for unknown and unanswered; nil when not applicable.
    var fraction: Double?
    /// Whether the answer gives at least one piece of evidence.
    var hasEvidence: Bool

    /// The facts of an item on `scale` from its answer alone (nil when unanswered), before any
    /// `applies_if` is evaluated.
    init(response: Answer.Response?, hasEvidence: Bool, scale: Scale) {
        self.hasEvidence = hasEvidence
        switch response {
        case nil:
            status = .unanswered
            fraction = 0
        case .unknown:
            status = .unknown
            fraction = 0
        case .notApplicable(let reason):
            status = .notApplicable
            notApplicableReason = reason
        case .level(let v):
            status = .answered
            value = v
            fraction = scale.normalize(v)
        }
    }

    /// The 0–100 score `100·s`; nil when not applicable.
    var score: Double? { fraction.map { 100 * $0 } }

    /// Why an item does not apply when its `applies_if`, whose text is `condition`, is false.
    static func exclusionReason(condition: String) -> String {
        "does not apply to this country's profile (applies_if: \(condition))"
    }

    /// Marks the item not applicable because its `applies_if` is false; `reason` is
    /// ``exclusionReason(condition:)`` of it, worked out once per framework.
    mutating func exclude(because reason: String) {
        status = .notApplicable
        notApplicableReason = reason
        value = nil
        fraction = nil
    }
}
