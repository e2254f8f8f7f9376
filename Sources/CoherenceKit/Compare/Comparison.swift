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

    /// Creates a comparison from its parts; ``Comparer`` builds it from assessments.
    ///
    /// - Parameters:
    ///   - framework: The framework id every assessment answers.
    ///   - versions: The framework versions compared, in order of first appearance.
    ///   - sharedItems: Item ids every compared version has, in the document order of the first version.
    ///   - allItemCount: How many distinct item ids the compared versions have together.
    ///   - dimensions: Dimension columns, in order of first appearance.
    ///   - sections: Top-level section columns, in order of first appearance.
    ///   - entries: One entry per assessment, ordered by country code, then period.
    ///   - commonGaps: Items gapped in at least one assessment (shared items only): most often gapped first, then the
    ///     greater mean gap, then id.
    ///   - changes: For each country seen in several periods, the change between consecutive periods (periods ordered
    ///     by string comparison), ordered by country code, then period.
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
    /// The dimension's or section's id.
    public var id: String
    /// The title shown as the column heading.
    public var title: String

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - id: The dimension's or section's id.
    ///   - title: The title shown as the column heading.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
