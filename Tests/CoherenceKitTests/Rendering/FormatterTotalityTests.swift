import Testing

@testable import CoherenceKit

/// Every number formatter is total (issue 14): inputs are bounded to 10^12, but a formatter given
/// any double, however large, prints something instead of trapping in a conversion to Int.
@Suite struct FormatterTotalityTests {
    static let extremes: [Double] = [
        1e15, 9.3e15, 1e16, 1e19, -1e19, 1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
    ]

    @Test(arguments: extremes)
    func everyFormatterPrintsAnyFiniteDouble(_ value: Double) {
        #expect(ScorecardText.decimal(value) == LevelText.format(value))
        #expect(ScorecardText.decimal(value, places: 2) == LevelText.format(value))
        #expect(ReportText.plain(value) == LevelText.format(value))
        #expect(LevelText.format(value) == value.description)
    }

    /// Up to the bound of inputs, numbers print in full, as before.
    @Test func numbersAtTheBoundPrintInFull() {
        #expect(ScorecardText.decimal(1e12, places: 2) == "1000000000000.00")
        #expect(ScorecardText.decimal(-1e12) == "-1000000000000.0")
        #expect(ReportText.plain(1e12 + 0.25) == "1000000000000.25")
        #expect(LevelText.format(1e12) == "1000000000000")
    }
}
