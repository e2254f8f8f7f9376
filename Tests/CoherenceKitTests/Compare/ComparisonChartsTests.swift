import CoherenceKit
import FoundationEssentials
import Testing

/// The comparison pages' charts: dimensions side by side, the change between periods, and the
/// crosswalk grid, each an inline SVG whose title names every value (so it reads without the picture).
@Suite struct ComparisonChartsTests {
    /// Valoria 2025 (A 0, others unanswered) and 2026 (all at the top), and Kesmark 2026 (all at 2).
    func comparison() throws -> Comparison {
        let workspace = try Workspace()
        return try Comparer.compare([
            try workspace.assessment(
                "k.yaml", respondent: nil, country: "KSM", countryName: "Kesmark",
                answers: ["A: 2", "B: 2", "C: 2", "D: 50", "E: 2"]),
            try workspace.assessment("v5.yaml", respondent: nil, period: "2025", answers: ["A: 0", "D: n/a"]),
            try workspace.assessment("v6.yaml", respondent: nil, answers: ["A: 4", "B: 4", "C: 4", "D: 100", "E: 4"]),
        ])
    }

    @Test func theDimensionsOfEachAssessmentAreDrawnSideBySide() throws {
        let html = ComparisonHTML.render(try comparison())
        #expect(html.contains("<h2>Coherence dimensions side by side</h2>"))
        // National: items A, B, D (Kesmark 50 each → 50); interstate: B, C (50).
        #expect(
            html.contains(
                "Grouped bar chart of the coherence dimensions by assessment, out of 100: "
                    + "Kesmark (KSM) 2026: National coherence 50.0, Interstate coherence 50.0; "
                    + "Valoria (VLR) 2025: National coherence 0.0, Interstate coherence 0.0; "
                    + "Valoria (VLR) 2026: National coherence 100.0, Interstate coherence 100.0"))
        // One bar per assessment and dimension, the 100 bar as wide as the plot (520).
        #expect(html.contains("<rect x=\"300\" y=\"") && html.contains("width=\"520\" height=\"16\" fill=\"#1f5fa8\""))
    }

    @Test func theChangeBetweenPeriodsIsDrawnForEachScore() throws {
        let html = ComparisonHTML.render(try comparison())
        // Valoria 2025 → 2026: overall 0 → 100.
        #expect(html.contains("Change from 2025 to 2026, out of 100: overall 0.0 to 100.0; coherence 0.0 to 100.0;"))
        #expect(html.contains("font-weight=\"700\" fill=\"#2e8540\">+100.0</text>"))
    }

    @Test func theCrosswalkGridHasACellPerAssessmentAndTarget() throws {
        let crosswalk = try CrosswalkComparerTests.comparison()
        let html = ComparisonOutput.html.render(crosswalk)
        #expect(
            html.contains(
                "Grid of Goals by assessment: "
                    + "Kesmark (KSM) 2026, other: 1 58.3 (2 items), 2 100.0 (1 item), 3 not scored (1 item); "
                    + "Valoria (VLR) 2026, test: 1 62.5 (2 items), 2 32.5 (2 items), 3 not covered"))
        // Two rows of three cells.
        #expect(html.components(separatedBy: "stroke=\"#8795a6\"/><text").count - 1 == 6)
    }
}
