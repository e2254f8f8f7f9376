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

    /// A finding with every field as given; ``Scorer`` evaluates the rule for it.
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
