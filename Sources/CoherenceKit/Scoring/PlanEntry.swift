/// One capacity-building module of the plan, with the gaps and findings that call for it.
///
/// The module's id and title are a ``FrameworkPart`` shared by every plan entry for that module;
/// priority, items and findings are the entry's own.
public struct PlanEntry: Sendable, Hashable {
    /// A capacity module's id and the title a plan entry shows.
    final class Module: FrameworkPart {
        struct Fields: Hashable, Sendable {
            let id: String
            let title: String
        }

        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private let module: Module
    /// The sum of the priorities of `items`.
    public var priority: Double
    /// Ids of the items with a gap > 0 that name the module, in document order.
    public var items: [String]
    /// Ids of the triggered findings that name the module, in rule order.
    public var findings: [String]

    /// The capacity-module id.
    public var capacity: String { module.fields.id }
    public var title: String { module.fields.title }

    public init(capacity: String, title: String, priority: Double, items: [String], findings: [String]) {
        self.init(
            module: Module(.init(id: capacity, title: title)), priority: priority, items: items, findings: findings)
    }

    /// An entry for `module`, shared with the other entries for it.
    init(module: Module, priority: Double, items: [String], findings: [String]) {
        self.module = module
        self.priority = priority
        self.items = items
        self.findings = findings
    }
}
