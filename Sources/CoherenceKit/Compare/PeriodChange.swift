/// What changed for one country between two consecutive periods.
public struct PeriodChange: Sendable, Hashable {
    public var country: Country
    public var from: String
    public var to: String
    public var overall: ScoreChange
    public var coherence: ScoreChange
    /// One per dimension column, in column order.
    public var dimensions: [ScoreChange]
    /// One per top-level section column, in column order.
    public var sections: [ScoreChange]
    /// Shared items whose score went up, in document order.
    public var improved: [ItemChange]
    /// Shared items whose score went down, in document order.
    public var regressed: [ItemChange]
    /// Shared items whose status changed with the same score (unknown → unanswered) or to or from n/a.
    public var statusChanged: [ItemChange]
    /// Rules triggered in the later period but not in the earlier one.
    public var appeared: [FindingChange]
    /// Rules triggered in the earlier period and clear in the later one.
    public var resolved: [FindingChange]

    public init(
        country: Country, from: String, to: String, overall: ScoreChange, coherence: ScoreChange,
        dimensions: [ScoreChange], sections: [ScoreChange], improved: [ItemChange], regressed: [ItemChange],
        statusChanged: [ItemChange], appeared: [FindingChange], resolved: [FindingChange]
    ) {
        self.country = country
        self.from = from
        self.to = to
        self.overall = overall
        self.coherence = coherence
        self.dimensions = dimensions
        self.sections = sections
        self.improved = improved
        self.regressed = regressed
        self.statusChanged = statusChanged
        self.appeared = appeared
        self.resolved = resolved
    }
}

/// A score in two periods and the difference; `delta` is nil unless both are scored.
public struct ScoreChange: Sendable, Hashable {
    public var id: String
    public var from: Double?
    public var to: Double?
    public var delta: Double?

    public init(id: String, from: Double?, to: Double?) {
        self.id = id
        self.from = from
        self.to = to
        if let from, let to { delta = to - from } else { delta = nil }
    }
}
