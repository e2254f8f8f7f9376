/// The outcome of one coherence rule on one assessment.
///
/// What the rule itself says (its id, title, severity, lists and texts) is kept in one shared,
/// immutable object: a finding is copied into every scorecard and again while it is rendered, and
/// copying it then retains that one object instead of each string and list.
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

    /// The rule's part of a finding, the same in every assessment's finding of that rule.
    private final class RuleText: Sendable, Hashable {
        let rule: String
        let title: String
        let severity: Severity
        let items: [String]
        let dimensions: [String]
        let capacity: [String]
        let finding: String
        let recommendation: String?

        init(
            rule: String, title: String, severity: Severity, items: [String], dimensions: [String],
            capacity: [String], finding: String, recommendation: String?
        ) {
            self.rule = rule
            self.title = title
            self.severity = severity
            self.items = items
            self.dimensions = dimensions
            self.capacity = capacity
            self.finding = finding
            self.recommendation = recommendation
        }

        static func == (left: RuleText, right: RuleText) -> Bool {
            left === right
                || (left.rule == right.rule && left.title == right.title && left.severity == right.severity
                    && left.items == right.items && left.dimensions == right.dimensions
                    && left.capacity == right.capacity && left.finding == right.finding
                    && left.recommendation == right.recommendation)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(rule)
            hasher.combine(title)
            hasher.combine(severity)
            hasher.combine(items)
            hasher.combine(dimensions)
            hasher.combine(capacity)
            hasher.combine(finding)
            hasher.combine(recommendation)
        }
    }

    private let text: RuleText
    public var status: Status
    /// Why the finding is undetermined; nil otherwise.
    public var reason: String?

    /// The rule's id.
    public var rule: String { text.rule }
    public var title: String { text.title }
    public var severity: Severity { text.severity }
    /// The items the rule concerns: as written, else the ids its expression names.
    public var items: [String] { text.items }
    public var dimensions: [String] { text.dimensions }
    public var capacity: [String] { text.capacity }
    /// The rule's finding text.
    public var finding: String { text.finding }
    public var recommendation: String? { text.recommendation }

    public init(
        rule: String, title: String, status: Status, severity: Severity, items: [String], dimensions: [String],
        capacity: [String], finding: String, recommendation: String?, reason: String?
    ) {
        text = RuleText(
            rule: rule, title: title, severity: severity, items: items, dimensions: dimensions, capacity: capacity,
            finding: finding, recommendation: recommendation)
        self.status = status
        self.reason = reason
    }
}
