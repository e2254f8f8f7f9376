/// The outcome of one coherence rule on one assessment.
///
/// What the rule itself says is a ``FrameworkPart`` shared by every assessment's finding of
/// that rule; status and reason are the finding's own.
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

    /// The rule's part of a finding.
    private final class RuleText: FrameworkPart {
        struct Fields: Hashable, Sendable {
            let rule: String
            let title: String
            let severity: Severity
            let items: [String]
            let dimensions: [String]
            let capacity: [String]
            let finding: String
            let recommendation: String?
        }

        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private let text: RuleText
    public var status: Status
    /// Why the finding is undetermined; nil otherwise.
    public var reason: String?

    /// The rule's id.
    public var rule: String { text.fields.rule }
    public var title: String { text.fields.title }
    public var severity: Severity { text.fields.severity }
    /// The items the rule concerns: as written, else the ids its expression names.
    public var items: [String] { text.fields.items }
    public var dimensions: [String] { text.fields.dimensions }
    public var capacity: [String] { text.fields.capacity }
    /// The rule's finding text.
    public var finding: String { text.fields.finding }
    public var recommendation: String? { text.fields.recommendation }

    public init(
        rule: String, title: String, status: Status, severity: Severity, items: [String], dimensions: [String],
        capacity: [String], finding: String, recommendation: String?, reason: String?
    ) {
        text = RuleText(.init(
            rule: rule, title: title, severity: severity, items: items, dimensions: dimensions, capacity: capacity,
            finding: finding, recommendation: recommendation))
        self.status = status
        self.reason = reason
    }
}
