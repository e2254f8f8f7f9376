/// The answer a workshop room agreed on for one item, with why (written by `coherence-workshop`).
public struct Decision: Sendable, Hashable {
    public var item: String
    /// The agreed answer as written: a level value, `n/a` or `unknown`.
    public var answer: String
    public var rationale: String
    /// When it was decided, as written (an ISO 8601 time).
    public var at: String?
    /// Who disagreed, and why, if anyone did.
    public var dissent: String?

    public init(item: String, answer: String, rationale: String, at: String? = nil, dissent: String? = nil) {
        self.item = item
        self.answer = answer
        self.rationale = rationale
        self.at = at
        self.dissent = dissent
    }
}
