public import YAML

/// A coherence rule: an expression that is true when answers contradict each other.
public struct Rule: Sendable {
    public var id: String
    public var title: String
    public var when: SourceExpression
    public var severity: Severity
    public var dimensions: [String]
    /// The items the rule concerns: as written, or else the item ids its expression names.
    public var items: [String]
    public var finding: String
    public var recommendation: String?
    public var capacity: [String]
    public var location: Location

    public init(
        id: String, title: String, when: SourceExpression, severity: Severity, dimensions: [String] = [],
        items: [String] = [], finding: String, recommendation: String? = nil, capacity: [String] = [],
        location: Location
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.severity = severity
        self.dimensions = dimensions
        self.items = items
        self.finding = finding
        self.recommendation = recommendation
        self.capacity = capacity
        self.location = location
    }
}

/// How serious a finding is, with the weight it adds to the priority of the items it names.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info, low, medium, high, critical

    /// The severity weight of DESIGN.md §5: info 0, low 0.25, medium 0.5, high 1, critical 2.
    public var weight: Double {
        switch self {
        case .info: 0
        case .low: 0.25
        case .medium: 0.5
        case .high: 1
        case .critical: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
