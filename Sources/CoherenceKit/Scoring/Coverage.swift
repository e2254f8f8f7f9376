/// How much of a framework an assessment covers.
public struct Coverage: Sendable, Hashable {
    /// Every item of the framework.
    public var items: Int
    /// Items that are not not-applicable (answered + unknown + unanswered).
    public var applicable: Int
    public var answered: Int
    public var unknown: Int
    public var unanswered: Int
    public var notApplicable: Int
    /// Answered items with at least one piece of evidence.
    public var withEvidence: Int

    public init(
        items: Int, applicable: Int, answered: Int, unknown: Int, unanswered: Int, notApplicable: Int,
        withEvidence: Int
    ) {
        self.items = items
        self.applicable = applicable
        self.answered = answered
        self.unknown = unknown
        self.unanswered = unanswered
        self.notApplicable = notApplicable
        self.withEvidence = withEvidence
    }
}
