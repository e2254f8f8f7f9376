/// An item gapped in several assessments.
public struct CommonGap: Sendable, Hashable {
    /// The item's id.
    public var item: String
    /// The item's question.
    public var question: String
    /// Assessments where the item's gap is greater than 0.
    public var gapped: Int
    /// Assessments where the item is scored (not n/a).
    public var scored: Int
    /// The mean gap (0–100) over the assessments where the item is gapped.
    public var meanGap: Double

    /// Creates a common gap from its parts.
    ///
    /// - Parameters:
    ///   - item: The item's id.
    ///   - question: The item's question.
    ///   - gapped: Assessments where the item's gap is greater than 0.
    ///   - scored: Assessments where the item is scored (not n/a).
    ///   - meanGap: The mean gap (0–100) over the assessments where the item is gapped.
    public init(item: String, question: String, gapped: Int, scored: Int, meanGap: Double) {
        self.item = item
        self.question = question
        self.gapped = gapped
        self.scored = scored
        self.meanGap = meanGap
    }
}
