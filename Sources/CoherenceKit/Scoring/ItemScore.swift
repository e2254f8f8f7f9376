/// The score, gap and priority of one item.
public struct ItemScore: Sendable, Hashable {
    public var id: String
    /// The id of the section that holds the item.
    public var section: String
    public var status: ItemStatus
    /// Why the item does not apply: the answer's reason, or that its `applies_if` is false.
    public var notApplicableReason: String?
    /// The answered value, on the item's scale; nil unless answered.
    public var value: Double?
    /// `100·(v − min)/(max − min)`; 0 for unknown and unanswered; nil when not applicable.
    public var score: Double?
    /// The item's weight among its siblings.
    public var weight: Double
    /// The target value on the item's scale.
    public var targetValue: Double
    /// Where the target comes from.
    public var targetSource: TargetSource
    /// The target on 0–100, normalized like a score.
    public var target: Double
    /// `max(0, t − s)·100`; nil when not applicable.
    public var gap: Double?
    /// `weight · gap/100 · (1 + severityWeight)`; nil when not applicable.
    public var priority: Double?
    /// The factors of `priority`; nil when not applicable.
    public var priorityFactors: PriorityFactors?
    /// Whether the answer gives at least one piece of evidence.
    public var hasEvidence: Bool
    /// Capacity-module ids the item names.
    public var capacity: [String]

    /// An item score with every field as given; ``Scorer`` computes them (DESIGN.md §5).
    public init(
        id: String, section: String, status: ItemStatus, notApplicableReason: String? = nil, value: Double?,
        score: Double?, weight: Double, targetValue: Double, targetSource: TargetSource, target: Double,
        gap: Double?, priority: Double?, priorityFactors: PriorityFactors?, hasEvidence: Bool, capacity: [String]
    ) {
        self.id = id
        self.section = section
        self.status = status
        self.notApplicableReason = notApplicableReason
        self.value = value
        self.score = score
        self.weight = weight
        self.targetValue = targetValue
        self.targetSource = targetSource
        self.target = target
        self.gap = gap
        self.priority = priority
        self.priorityFactors = priorityFactors
        self.hasEvidence = hasEvidence
        self.capacity = capacity
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
