/// What changed for one country between two consecutive periods.
public struct PeriodChange: Sendable, Hashable {
    /// The country whose periods are compared.
    public var country: Country
    /// The earlier period.
    public var from: String
    /// The later period.
    public var to: String
    /// The overall score in both periods.
    public var overall: ScoreChange
    /// The coherence index in both periods.
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

    /// Creates a change from its parts.
    ///
    /// - Parameters:
    ///   - country: The country whose periods are compared.
    ///   - from: The earlier period.
    ///   - to: The later period.
    ///   - overall: The overall score in both periods.
    ///   - coherence: The coherence index in both periods.
    ///   - dimensions: One per dimension column, in column order.
    ///   - sections: One per top-level section column, in column order.
    ///   - improved: Shared items whose score went up, in document order.
    ///   - regressed: Shared items whose score went down, in document order.
    ///   - statusChanged: Shared items whose status changed with the same score (unknown → unanswered) or to or from
    ///     n/a.
    ///   - appeared: Rules triggered in the later period but not in the earlier one.
    ///   - resolved: Rules triggered in the earlier period and clear in the later one.
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
    /// The id of what is scored: `overall`, `coherence`, a dimension or a section.
    public var id: String
    /// The score in the earlier period; nil when not scored.
    public var from: Double?
    /// The score in the later period; nil when not scored.
    public var to: Double?
    /// `to − from`; nil unless both are scored.
    public var delta: Double?

    /// Creates the change of one score, computing `delta`.
    ///
    /// - Parameters:
    ///   - id: The id of what is scored: `overall`, `coherence`, a dimension or a section.
    ///   - from: The score in the earlier period; nil when not scored.
    ///   - to: The score in the later period; nil when not scored.
    public init(id: String, from: Double?, to: Double?) {
        self.id = id
        self.from = from
        self.to = to
        if let from, let to { delta = to - from } else { delta = nil }
    }
}
