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

        public init(score: Double?, items: Int, scored: Int) {
            self.score = score
            self.items = items
            self.scored = scored
        }
    }

    /// One assessment's row.
    public struct Entry: Sendable, Hashable {
        public var country: Country
        public var period: String
        public var framework: String
        public var frameworkVersion: String
        /// One cell per target, in the crosswalk's order.
        public var cells: [Cell]

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

    public var crosswalk: String
    public var title: String
    /// The crosswalk's targets, in its order.
    public var targets: [Column]
    /// One entry per assessment, ordered by country code, then period, then framework id.
    public var entries: [Entry]

    public init(crosswalk: String, title: String, targets: [Column], entries: [Entry]) {
        self.crosswalk = crosswalk
        self.title = title
        self.targets = targets
        self.entries = entries
    }
}
