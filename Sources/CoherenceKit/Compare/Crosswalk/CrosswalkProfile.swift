/// One assessment on every target of a crosswalk, such as a country's GCM profile: each target
/// scored, not scored, or not covered by any item of the framework, as `compare --by` computes it.
public struct CrosswalkProfile: Sendable, Hashable {
    /// The crosswalk's id.
    public var crosswalk: String
    /// The crosswalk's title.
    public var title: String
    /// The crosswalk's targets, in its order.
    public var targets: [Column]
    /// One cell per target, in the crosswalk's order.
    public var cells: [CrosswalkComparison.Cell]

    /// The profile of `scorecard` on `crosswalk`; nil when the crosswalk links no item of its framework.
    ///
    /// - Parameters:
    ///   - crosswalk: The crosswalk whose targets the profile shows.
    ///   - scorecard: The scorecard of one assessment of one of the crosswalk's frameworks.
    public init?(crosswalk: Crosswalk, scorecard: Scorecard) {
        guard crosswalk.frameworks.contains(scorecard.framework.id) else { return nil }
        let links = crosswalk.targets(of: scorecard.framework.id)
        self.crosswalk = crosswalk.id
        title = crosswalk.title
        targets = crosswalk.targets.map { Column(id: $0.id, title: $0.title) }
        cells = crosswalk.targets.map { CrosswalkComparer.cell(for: $0.id, items: scorecard.items, links: links) }
    }

    /// "14 of 23 targets scored, 1 not covered".
    public var summary: String {
        let scored = cells.filter { $0.score != nil }.count
        let uncovered = cells.filter { $0.items == 0 }.count
        return "\(scored) of \(cells.count) targets scored, \(uncovered) not covered by any item of this framework"
    }
}
