/// Assessments of any frameworks a crosswalk links, side by side on its targets (DESIGN.md §13).
///
/// A pure value: every number a renderer shows is here, so renderers only format.
public struct CrosswalkComparison: Sendable, Hashable {
    /// One target of one assessment.
    public struct Cell: Sendable, Hashable {
        /// The weighted mean of the scores of the linked items that have one; nil when none has.
        public var score: Double?
        /// How many items of the assessment's framework carry the target (its coverage).
        public var items: Int
        /// How many of those have a score (the others are not applicable).
        public var scored: Int

        /// Creates a cell.
        ///
        /// - Parameters:
        ///   - score: The weighted mean of the scores of the linked items that have one; nil when none has.
        ///   - items: How many items of the assessment's framework carry the target (its coverage).
        ///   - scored: How many of those have a score (the others are not applicable).
        public init(score: Double?, items: Int, scored: Int) {
            self.score = score
            self.items = items
            self.scored = scored
        }
    }

    /// One assessment's row.
    public struct Entry: Sendable, Hashable {
        /// The assessed country.
        public var country: Country
        /// The review period.
        public var period: String
        /// The id of the framework the assessment answers.
        public var framework: String
        /// The framework version the assessment answers.
        public var frameworkVersion: String
        /// One cell per target, in the crosswalk's order.
        public var cells: [Cell]

        /// Creates an entry from its parts.
        ///
        /// - Parameters:
        ///   - country: The assessed country.
        ///   - period: The review period.
        ///   - framework: The id of the framework the assessment answers.
        ///   - frameworkVersion: The framework version the assessment answers.
        ///   - cells: One cell per target, in the crosswalk's order.
        public init(country: Country, period: String, framework: String, frameworkVersion: String, cells: [Cell]) {
            self.country = country
            self.period = period
            self.framework = framework
            self.frameworkVersion = frameworkVersion
            self.cells = cells
        }

        /// `Valoria (VLR) 2026, iamm`.
        public var label: String {
            "\(country.name) (\(country.code)) \(period), \(framework)"
        }
    }

    /// The crosswalk's id.
    public var crosswalk: String
    /// The crosswalk's title.
    public var title: String
    /// The crosswalk's targets, in its order.
    public var targets: [Column]
    /// One entry per assessment, ordered by country code, then period, then framework id.
    public var entries: [Entry]

    /// Creates a crosswalk comparison from its parts; ``CrosswalkComparer`` builds it from assessments.
    ///
    /// - Parameters:
    ///   - crosswalk: The crosswalk's id.
    ///   - title: The crosswalk's title.
    ///   - targets: The crosswalk's targets, in its order.
    ///   - entries: One entry per assessment, ordered by country code, then period, then framework id.
    public init(crosswalk: String, title: String, targets: [Column], entries: [Entry]) {
        self.crosswalk = crosswalk
        self.title = title
        self.targets = targets
        self.entries = entries
    }
}
