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

    /// A plan entry with every field as given; ``Scorer`` computes them.
    public init(capacity: String, title: String, priority: Double, items: [String], findings: [String]) {
        self.capacity = capacity
        self.title = title
        self.priority = priority
        self.items = items
        self.findings = findings
    }
}
