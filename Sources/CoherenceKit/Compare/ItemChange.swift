/// An item's status, value and score in two periods.
public struct ItemChange: Sendable, Hashable {
    /// The item's id.
    public var item: String
    /// The item's state in the earlier period.
    public var fromStatus: ItemStatus
    /// The item's state in the later period.
    public var toStatus: ItemStatus
    /// The answered value in the earlier period; nil without one.
    public var fromValue: Double?
    /// The answered value in the later period; nil without one.
    public var toValue: Double?
    /// The 0–100 score in the earlier period; nil when not scored.
    public var fromScore: Double?
    /// The 0–100 score in the later period; nil when not scored.
    public var toScore: Double?

    /// Creates an item's change from its parts.
    ///
    /// - Parameters:
    ///   - item: The item's id.
    ///   - fromStatus: The item's state in the earlier period.
    ///   - toStatus: The item's state in the later period.
    ///   - fromValue: The answered value in the earlier period; nil without one.
    ///   - toValue: The answered value in the later period; nil without one.
    ///   - fromScore: The 0–100 score in the earlier period; nil when not scored.
    ///   - toScore: The 0–100 score in the later period; nil when not scored.
    public init(
        item: String, fromStatus: ItemStatus, toStatus: ItemStatus, fromValue: Double?, toValue: Double?,
        fromScore: Double?, toScore: Double?
    ) {
        self.item = item
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.fromValue = fromValue
        self.toValue = toValue
        self.fromScore = fromScore
        self.toScore = toScore
    }
}

/// A finding that appeared or was resolved.
public struct FindingChange: Sendable, Hashable {
    /// The rule's id.
    public var rule: String
    /// The rule's title.
    public var title: String
    /// The rule's severity.
    public var severity: Severity

    /// Creates a finding change.
    ///
    /// - Parameters:
    ///   - rule: The rule's id.
    ///   - title: The rule's title.
    ///   - severity: The rule's severity.
    public init(rule: String, title: String, severity: Severity) {
        self.rule = rule
        self.title = title
        self.severity = severity
    }
}
