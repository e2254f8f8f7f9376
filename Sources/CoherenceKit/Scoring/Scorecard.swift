/// The result of scoring one assessment against its framework (DESIGN.md §5).
///
/// A pure value: every number a report shows is here, already computed, so renderers only format.
/// Scores are on 0–100 and unrounded; `nil` where nothing is scored. Lists keep document order,
/// except `plan`, which is ordered by priority (highest first), then capacity id.
public struct Scorecard: Sendable, Hashable {
    /// The framework id and version the assessment was scored against.
    public var framework: FrameworkReference
    public var country: Country
    public var period: String
    public var status: Assessment.Status
    /// The framework's `aggregate` over the top-level sections.
    public var overall: BandedScore
    /// The weighted mean of the dimension scores that exist.
    public var coherence: BandedScore
    /// One entry per framework dimension, in document order.
    public var dimensions: [DimensionScore]
    /// Every section, flat, in document order (parents before their children).
    public var sections: [SectionScore]
    /// Every item, in document order.
    public var items: [ItemScore]
    /// One finding per rule, in document order.
    public var findings: [Finding]
    public var coverage: Coverage
    /// The capacity-building plan, highest priority first, then by capacity id.
    public var plan: [PlanEntry]
    /// Problems met while scoring that did not stop it, such as an `applies_if` that failed.
    public var warnings: [ScoringWarning]
    /// The code of each band label, when the framework's bands have codes (SDG 10.7.2's 1–4); empty otherwise.
    public var bandCodes: [String: Double] = [:]

    public init(
        framework: FrameworkReference, country: Country, period: String, status: Assessment.Status,
        overall: BandedScore, coherence: BandedScore, dimensions: [DimensionScore], sections: [SectionScore],
        items: [ItemScore], findings: [Finding], coverage: Coverage, plan: [PlanEntry], warnings: [ScoringWarning]
    ) {
        self.framework = framework
        self.country = country
        self.period = period
        self.status = status
        self.overall = overall
        self.coherence = coherence
        self.dimensions = dimensions
        self.sections = sections
        self.items = items
        self.findings = findings
        self.coverage = coverage
        self.plan = plan
        self.warnings = warnings
    }

    /// The score of the section with id `id`.
    public func section(_ id: String) -> SectionScore? { sections.first { $0.id == id } }

    /// The score of the item with id `id`.
    public func item(_ id: String) -> ItemScore? { items.first { $0.id == id } }

    /// The score of the dimension with id `id`.
    public func dimension(_ id: String) -> DimensionScore? { dimensions.first { $0.id == id } }

    /// The finding of the rule with id `id`.
    public func finding(_ rule: String) -> Finding? { findings.first { $0.rule == rule } }
}

/// A 0–100 score and the label of its band; both nil when nothing is scored.
public struct BandedScore: Sendable, Hashable {
    public var score: Double?
    /// nil when there is no score or the framework defines no bands.
    public var band: String?

    public init(score: Double?, band: String?) {
        self.score = score
        self.band = band
    }
}
