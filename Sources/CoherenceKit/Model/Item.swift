public import YAML

/// One question of a framework.
public struct Item: Sendable {
    public enum Evidence: String, Sendable {
        case required, optional
    }

    public var id: String
    public var question: String
    public var guidance: String?
    /// The id of the item's scale (the framework's default scale when the file names none).
    public var scale: String
    /// What each level means for this item, by level value.
    public var rubric: [Double: String]
    /// Weight among its siblings (> 0).
    public var weight: Double
    /// What one step up the item's scale costs in a reform plan (> 0; default 1; DESIGN.md §12).
    public var effort: Double
    /// The target as written on the item, a value of its scale; see `Framework.target(of:)`.
    public var target: Double?
    /// Membership weights (> 0) by dimension id, in document order.
    public var dimensions: [Membership]
    public var appliesIf: SourceExpression?
    /// Whether an assessment may answer the item `n/a` (`allow_na`, default true): false where the
    /// method asks every country the question.
    public var allowsNotApplicable: Bool
    public var evidence: Evidence
    /// Capacity-module ids.
    public var capacity: [String]
    public var references: [String]
    public var location: Location

    public init(
        id: String, question: String, guidance: String? = nil, scale: String, rubric: [Double: String] = [:],
        weight: Double = 1, effort: Double = 1, target: Double? = nil, dimensions: [Membership] = [],
        appliesIf: SourceExpression? = nil,
        allowsNotApplicable: Bool = true, evidence: Evidence = .optional, capacity: [String] = [],
        references: [String] = [], location: Location
    ) {
        self.id = id
        self.question = question
        self.guidance = guidance
        self.scale = scale
        self.rubric = rubric
        self.weight = weight
        self.effort = effort
        self.target = target
        self.dimensions = dimensions
        self.appliesIf = appliesIf
        self.allowsNotApplicable = allowsNotApplicable
        self.evidence = evidence
        self.capacity = capacity
        self.references = references
        self.location = location
    }
}

/// An item's membership in a coherence dimension.
public struct Membership: Sendable, Hashable {
    public var dimension: String
    public var weight: Double

    public init(dimension: String, weight: Double = 1) {
        self.dimension = dimension
        self.weight = weight
    }
}
