/// Assessments of one framework side by side (DESIGN.md §7): scores, ranks, common gaps, and the
/// change between consecutive periods of each country.
///
/// A pure value: every number a renderer shows is here, so renderers only format.
public struct Comparison: Sendable, Hashable {
    /// The framework id every assessment answers.
    public var framework: String
    /// The framework versions compared, in order of first appearance.
    public var versions: [String]
    /// Item ids every compared version has, in the document order of the first version.
    public var sharedItems: [String]
    /// How many distinct item ids the compared versions have together.
    public var allItemCount: Int
    /// Dimension columns, in order of first appearance.
    public var dimensions: [Column]
    /// Top-level section columns, in order of first appearance.
    public var sections: [Column]
    /// One entry per assessment, ordered by country code, then period.
    public var entries: [ComparisonEntry]
    /// Items gapped in at least one assessment (shared items only): most often gapped first, then the
    /// greater mean gap, then id.
    public var commonGaps: [CommonGap]
    /// For each country seen in several periods, the change between consecutive periods (periods
    /// ordered by string comparison), ordered by country code, then period.
    public var changes: [PeriodChange]

    public init(
        framework: String, versions: [String], sharedItems: [String], allItemCount: Int, dimensions: [Column],
        sections: [Column], entries: [ComparisonEntry], commonGaps: [CommonGap], changes: [PeriodChange]
    ) {
        self.framework = framework
        self.versions = versions
        self.sharedItems = sharedItems
        self.allItemCount = allItemCount
        self.dimensions = dimensions
        self.sections = sections
        self.entries = entries
        self.commonGaps = commonGaps
        self.changes = changes
    }

    /// Whether assessments of different framework versions are compared on their shared items.
    public var mixesVersions: Bool { versions.count > 1 }

    /// "compared on 58 of 62 items (94%)", or every item when there is one version.
    public var sharedItemsSummary: String {
        let percent = allItemCount > 0 ? Int((100 * Double(sharedItems.count) / Double(allItemCount)).rounded()) : 100
        return "compared on \(sharedItems.count) of \(allItemCount) items (\(percent)%)"
    }
}

/// A dimension or top-level section shown as a column.
public struct Column: Sendable, Hashable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

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

/// An item gapped in several assessments.
public struct CommonGap: Sendable, Hashable {
    public var item: String
    public var question: String
    /// Assessments where the item's gap is greater than 0.
    public var gapped: Int
    /// Assessments where the item is scored (not n/a).
    public var scored: Int
    /// The mean gap (0–100) over the assessments where the item is gapped.
    public var meanGap: Double

    public init(item: String, question: String, gapped: Int, scored: Int, meanGap: Double) {
        self.item = item
        self.question = question
        self.gapped = gapped
        self.scored = scored
        self.meanGap = meanGap
    }
}

extension ComparisonEntry {
    /// The entry's scores in column order: overall, coherence, each dimension, each top-level section.
    public func cells(_ comparison: Comparison) -> [RankedScore] {
        [overall, coherence] + comparison.dimensions.map { dimensions[$0.id] ?? RankedScore(score: nil) }
            + comparison.sections.map { sections[$0.id] ?? RankedScore(score: nil) }
    }
}
