public import YAML

/// A section of a framework: a titled group of items and sub-sections.
public struct Section: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    /// Weight among its siblings (> 0).
    public var weight: Double
    public var aggregate: Aggregation
    /// Whether an unknown or unanswered item leaves the section without a score.
    public var incomplete: IncompleteAnswers
    public var reference: String?
    public var items: [Item]
    public var sections: [Section]
    public var location: Location

    public init(
        id: String, title: String, description: String? = nil, weight: Double = 1,
        aggregate: Aggregation = .mean, incomplete: IncompleteAnswers = .zero, reference: String? = nil,
        items: [Item] = [],
        sections: [Section] = [], location: Location
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.aggregate = aggregate
        self.incomplete = incomplete
        self.reference = reference
        self.items = items
        self.sections = sections
        self.location = location
    }
}
