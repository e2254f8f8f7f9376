import YAML

/// The outcome of one coherence rule on one assessment.
public struct Finding: Sendable, Hashable {
    /// Whether the incoherence a rule describes is present.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// The rule's `when` is true: the incoherence is present.
        case triggered
        /// The rule's `when` is false.
        case clear
        /// The rule's `when` could not be evaluated; `reason` says why.
        case undetermined
    }

    /// The rule's id.
    public var rule: String
    public var title: String
    public var status: Status
    public var severity: Severity
    /// The items the rule concerns: as written, else the ids its expression names.
    public var items: [String]
    public var dimensions: [String]
    public var capacity: [String]
    /// The rule's finding text.
    public var finding: String
    public var recommendation: String?
    /// Why the finding is undetermined; nil otherwise.
    public var reason: String?

    public init(
        rule: String, title: String, status: Status, severity: Severity, items: [String], dimensions: [String],
        capacity: [String], finding: String, recommendation: String?, reason: String?
    ) {
        self.rule = rule
        self.title = title
        self.status = status
        self.severity = severity
        self.items = items
        self.dimensions = dimensions
        self.capacity = capacity
        self.finding = finding
        self.recommendation = recommendation
        self.reason = reason
    }
}

/// How much of a framework an assessment covers.
public struct Coverage: Sendable, Hashable {
    /// Every item of the framework.
    public var items: Int
    /// Items that are not not-applicable (answered + unknown + unanswered).
    public var applicable: Int
    public var answered: Int
    public var unknown: Int
    public var unanswered: Int
    public var notApplicable: Int
    /// Answered items with at least one piece of evidence.
    public var withEvidence: Int

    public init(
        items: Int, applicable: Int, answered: Int, unknown: Int, unanswered: Int, notApplicable: Int,
        withEvidence: Int
    ) {
        self.items = items
        self.applicable = applicable
        self.answered = answered
        self.unknown = unknown
        self.unanswered = unanswered
        self.notApplicable = notApplicable
        self.withEvidence = withEvidence
    }
}

/// One capacity-building module of the plan, with the gaps and findings that call for it.
public struct PlanEntry: Sendable, Hashable {
    /// The capacity-module id.
    public var capacity: String
    public var title: String
    /// The sum of the priorities of `items`.
    public var priority: Double
    /// Ids of the items with a gap > 0 that name the module, in document order.
    public var items: [String]
    /// Ids of the triggered findings that name the module, in rule order.
    public var findings: [String]

    public init(capacity: String, title: String, priority: Double, items: [String], findings: [String]) {
        self.capacity = capacity
        self.title = title
        self.priority = priority
        self.items = items
        self.findings = findings
    }
}

/// A problem met while scoring that did not stop it.
public struct ScoringWarning: Sendable, Hashable {
    /// The item concerned.
    public var item: String
    /// What went wrong, such as "applies_if: no such key: 'rcps'".
    public var message: String
    /// Where the expression concerned starts in the framework file, when known.
    public var location: Location?

    public init(item: String, message: String, location: Location? = nil) {
        self.item = item
        self.message = message
        self.location = location
    }
}
