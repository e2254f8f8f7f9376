/// The state of an item in an assessment (DESIGN.md §5).
public enum ItemStatus: String, Sendable, Hashable, CaseIterable {
    case answered
    case notApplicable = "not-applicable"
    case unknown
    case unanswered

    /// Whether the item takes part in aggregates (every state but not applicable; unknown and
    /// unanswered items score 0).
    public var isScored: Bool { self != .notApplicable }
}
