/// An item's status, value and score in two periods.
public struct ItemChange: Sendable, Hashable {
    public var item: String
    public var fromStatus: ItemStatus
    public var toStatus: ItemStatus
    public var fromValue: Double?
    public var toValue: Double?
    public var fromScore: Double?
    public var toScore: Double?

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
    public var rule: String
    public var title: String
    public var severity: Severity

    public init(rule: String, title: String, severity: Severity) {
        self.rule = rule
        self.title = title
        self.severity = severity
    }
}
