/// A score with its rank among the compared assessments (1 = highest; ties share a rank); both nil
/// when nothing is scored, or the column does not exist in the assessment's framework version.
public struct RankedScore: Sendable, Hashable {
    /// The score on 0–100; nil when nothing is scored.
    public var score: Double?
    /// The label of the score's band; nil without a score or without bands.
    public var band: String?
    /// The rank among the compared assessments, 1 for the highest; ties share a rank.
    public var rank: Int?

    /// Creates a ranked score.
    ///
    /// - Parameters:
    ///   - score: The score on 0–100; nil when nothing is scored.
    ///   - band: The label of the score's band; nil without a score or without bands.
    ///   - rank: The rank among the compared assessments, 1 for the highest; ties share a rank.
    public init(score: Double?, band: String? = nil, rank: Int? = nil) {
        self.score = score
        self.band = band
        self.rank = rank
    }
}

/// One assessment's scores in a comparison.
public struct ComparisonEntry: Sendable, Hashable {
    /// The assessed country.
    public var country: Country
    /// The review period, such as "2026".
    public var period: String
    /// The framework version the assessment answers.
    public var frameworkVersion: String
    /// Whether the assessment is a draft or final.
    public var status: Assessment.Status
    /// The overall score and its rank.
    public var overall: RankedScore
    /// The coherence index and its rank.
    public var coherence: RankedScore
    /// By dimension id.
    public var dimensions: [String: RankedScore]
    /// By top-level section id.
    public var sections: [String: RankedScore]
    /// How many items are answered, unknown, unanswered and not applicable.
    public var coverage: Coverage

    /// Creates an entry from its parts.
    ///
    /// - Parameters:
    ///   - country: The assessed country.
    ///   - period: The review period, such as "2026".
    ///   - frameworkVersion: The framework version the assessment answers.
    ///   - status: Whether the assessment is a draft or final.
    ///   - overall: The overall score and its rank.
    ///   - coherence: The coherence index and its rank.
    ///   - dimensions: By dimension id.
    ///   - sections: By top-level section id.
    ///   - coverage: How many items are answered, unknown, unanswered and not applicable.
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
    ///
    /// - Parameter column: A dimension or top-level section id, as in ``Comparison/dimensions`` and
    ///   ``Comparison/sections``.
    /// - Returns: The ranked score; an empty one when the entry's framework version lacks the column.
    public func score(in column: String) -> RankedScore {
        dimensions[column] ?? sections[column] ?? RankedScore(score: nil)
    }
}

extension ComparisonEntry {
    /// The entry's scores in column order: overall, coherence, each dimension, each top-level section.
    ///
    /// - Parameter comparison: The comparison the entry belongs to, whose columns give the order.
    /// - Returns: One ranked score per column.
    public func cells(_ comparison: Comparison) -> [RankedScore] {
        [overall, coherence] + comparison.dimensions.map { dimensions[$0.id] ?? RankedScore(score: nil) }
            + comparison.sections.map { sections[$0.id] ?? RankedScore(score: nil) }
    }
}
