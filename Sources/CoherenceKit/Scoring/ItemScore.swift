/// The score, gap and priority of one item.
///
/// What the framework alone decides (the item's id, section, weight, target and capacity
/// modules) is a ``FrameworkPart`` shared by every assessment's score of that item; the rest is
/// the score's own.
public struct ItemScore: Sendable, Hashable {
    /// The framework's part of an item score.
    private final class ItemText: FrameworkPart {
        struct Fields: Hashable, Sendable {
            let id: String
            let section: String
            let weight: Double
            let targetValue: Double
            let targetSource: TargetSource
            let target: Double
            let capacity: [String]
        }

        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private let text: ItemText
    public var status: ItemStatus
    /// Why the item does not apply: the answer's reason, or that its `applies_if` is false.
    public var notApplicableReason: String?
    /// The answered value, on the item's scale; nil unless answered.
    public var value: Double?
    /// `100·(v − min)/(max − min)`; 0 for unknown and unanswered; nil when not applicable.
    public var score: Double?
    /// `max(0, t − s)·100`; nil when not applicable.
    public var gap: Double?
    /// `weight · gap/100 · (1 + severityWeight)`; nil when not applicable.
    public var priority: Double?
    /// The factors of `priority`; nil when not applicable.
    public var priorityFactors: PriorityFactors?
    /// Whether the answer gives at least one piece of evidence.
    public var hasEvidence: Bool

    public var id: String { text.fields.id }
    /// The id of the section that holds the item.
    public var section: String { text.fields.section }
    /// The item's weight among its siblings.
    public var weight: Double { text.fields.weight }
    /// The target value on the item's scale.
    public var targetValue: Double { text.fields.targetValue }
    /// Where the target comes from.
    public var targetSource: TargetSource { text.fields.targetSource }
    /// The target on 0–100, normalized like a score.
    public var target: Double { text.fields.target }
    /// Capacity-module ids the item names.
    public var capacity: [String] { text.fields.capacity }

    public init(
        id: String, section: String, status: ItemStatus, notApplicableReason: String? = nil, value: Double?,
        score: Double?, weight: Double, targetValue: Double, targetSource: TargetSource, target: Double,
        gap: Double?, priority: Double?, priorityFactors: PriorityFactors?, hasEvidence: Bool, capacity: [String]
    ) {
        text = ItemText(.init(
            id: id, section: section, weight: weight, targetValue: targetValue, targetSource: targetSource,
            target: target, capacity: capacity))
        self.status = status
        self.notApplicableReason = notApplicableReason
        self.value = value
        self.score = score
        self.gap = gap
        self.priority = priority
        self.priorityFactors = priorityFactors
        self.hasEvidence = hasEvidence
    }
}

/// Where an item's target comes from (DESIGN.md §5).
public enum TargetSource: String, Sendable, Hashable, CaseIterable {
    /// The item's own `target`.
    case item
    /// The framework's `default_target` (the item uses the default scale).
    case frameworkDefault = "framework-default"
    /// The maximum of the item's scale.
    case scaleMaximum = "scale-maximum"
}

/// What an item's priority is made of: `weight · gap/100 · (1 + severityWeight)`.
public struct PriorityFactors: Sendable, Hashable {
    /// The item's weight.
    public var weight: Double
    /// The item's gap on 0–100.
    public var gap: Double
    /// Ids of the triggered findings that name the item, in rule order.
    public var findings: [String]
    /// The sum of those findings' severity weights.
    public var severityWeight: Double

    public init(weight: Double, gap: Double, findings: [String], severityWeight: Double) {
        self.weight = weight
        self.gap = gap
        self.findings = findings
        self.severityWeight = severityWeight
    }
}
