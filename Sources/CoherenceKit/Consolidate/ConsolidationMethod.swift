/// The statistic that turns several respondents' answered values into one.
public enum ConsolidationMethod: String, Sendable, CaseIterable {
    /// The lower median: with an even count, the smaller of the two middle values, so the result is
    /// always one of the answers and stays a level of the scale.
    case median
    /// The lowest answer: the most cautious reading.
    case min
    /// The highest answer.
    case max

    /// The statistic of `values`; nil when there are none.
    public func apply(to values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        switch self {
        case .min: return values.min()
        case .max: return values.max()
        case .median:
            let sorted = values.sorted()
            return sorted[(sorted.count - 1) / 2]
        }
    }
}
