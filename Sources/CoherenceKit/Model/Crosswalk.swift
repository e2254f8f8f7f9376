public import YAML

/// A map from items of frameworks to an outside list of targets, such as the Global Compact for
/// Migration's 23 objectives (DESIGN.md §13), so that assessments made with different frameworks
/// can be compared on what they share.
///
/// Built by `CrosswalkLoader`; every framework, item and target it names resolves.
public struct Crosswalk: Sendable {
    /// One entry of the outside list.
    public struct Target: Sendable, Hashable {
        public var id: String
        public var title: String
        public var location: Location

        public init(id: String, title: String, location: Location) {
            self.id = id
            self.title = title
            self.location = location
        }
    }

    /// One item of one framework and the targets it carries.
    public struct Link: Sendable, Hashable {
        public var framework: String
        public var item: String
        /// Target ids, in the order written, each once.
        public var targets: [String]
        public var location: Location

        public init(framework: String, item: String, targets: [String], location: Location) {
            self.framework = framework
            self.item = item
            self.targets = targets
            self.location = location
        }
    }

    public var id: String
    public var title: String
    public var description: String?
    public var source: String?
    /// Targets in document order.
    public var targets: [Target]
    /// Links in document order, framework by framework.
    public var links: [Link]
    public var location: Location

    public init(
        id: String, title: String, description: String? = nil, source: String? = nil, targets: [Target],
        links: [Link], location: Location
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.source = source
        self.targets = targets
        self.links = links
        self.location = location
    }

    /// The framework ids the crosswalk links, in document order.
    public var frameworks: [String] {
        var seen: [String] = []
        for link in links where seen.last != link.framework && !seen.contains(link.framework) {
            seen.append(link.framework)
        }
        return seen
    }

    /// The target ids each item of `framework` carries, by item id.
    public func targets(of framework: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for link in links where link.framework == framework { result[link.item] = link.targets }
        return result
    }
}
