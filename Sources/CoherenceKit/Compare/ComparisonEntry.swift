/// A score with its rank among the compared assessments (1 = highest; ties share a rank); both nil
/// when nothing is scored, or the column does not exist in the assessment's framework version.
public struct RankedScore: Sendable, Hashable {
    public var score: Double?
    public var band: String?
    public var rank: Int?

    public init(score: Double?, band: String? = nil, rank: Int? = nil) {
        self.score = score
        self.band = band
        self.rank = rank
    }
}

/// One assessment's scores in a comparison.
public struct ComparisonEntry: Sendable, Hashable {
    public var country: Country
    public var period: String
    public var frameworkVersion: String
    public var status: Assessment.Status
    public var overall: RankedScore
    public var coherence: RankedScore
    /// By dimension id.
    public var dimensions: [String: RankedScore]
    /// By top-level section id.
    public var sections: [String: RankedScore]
    public var coverage: Coverage

    public init(
        country: Country, period: String, frameworkVersion: String, status: Assessment.Status, overall: RankedScore,
        coherence: RankedScore, dimensions: [String: RankedScore], sections: [String: RankedScore], coverage: Coverage
    ) {
        self.country = country
        self.period = period
        self.frameworkVersion = frameworkVersion
        self.status = status
        self.overall = overall
        self.coherence = coherence
        self.dimensions = dimensions
        self.sections = sections
        self.coverage = coverage
    }

    /// The score in dimension or section column `id`.
    public func score(in column: String) -> RankedScore {
        dimensions[column] ?? sections[column] ?? RankedScore(score: nil)
    }
}

extension ComparisonEntry {
    /// The entry's scores in column order: overall, coherence, each dimension, each top-level section.
    public func cells(_ comparison: Comparison) -> [RankedScore] {
        [overall, coherence] + comparison.dimensions.map { dimensions[$0.id] ?? RankedScore(score: nil) }
            + comparison.sections.map { sections[$0.id] ?? RankedScore(score: nil) }
    }
}
