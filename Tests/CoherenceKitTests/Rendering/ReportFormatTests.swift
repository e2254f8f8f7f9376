import FoundationEssentials
import Testing
import YAML

@testable import CoherenceKit

/// Format names, file names, and reports of frameworks with little in them.
@Suite struct ReportFormatTests {
    @Test(arguments: [
        ("md,html,json,csv", [ReportFormat.markdown, .html, .json, .csv]),
        ("html", [.html]),
        (" HTML , markdown,html", [.html, .markdown]),
    ])
    func parsesFormatLists(_ text: String, _ expected: [ReportFormat]) throws {
        #expect(try ReportFormat.list(text).get() == expected)
    }

    @Test(arguments: ["pdf", "md,,html", "", "md;html"])
    func refusesUnknownFormats(_ text: String) {
        #expect((try? ReportFormat.list(text).get()) == nil)
    }

    @Test(arguments: [
        ("2026", "2026"), ("2026/27", "2026-27"), ("2026 Q1", "2026-Q1"), ("../../etc", "etc"), ("..", "x"),
        ("", "x"), ("Année 2026", "Ann-e-2026"), ("v1.2_final", "v1.2_final"),
    ])
    func fileNamePartsAreSafe(_ text: String, _ expected: String) {
        #expect(ReportFormat.safe(text) == expected)
    }

    /// `ReportText.plain` builds its text from integers; it must read exactly as the three-decimal
    /// rounding of `ScorecardText.decimal` with its trailing zeros trimmed.
    @Test(arguments: [
        0.0, -0.0, 1, 2, 10, 100, 1000, -2, 0.5, 0.25, 55.5, 0.05, 0.005, 0.0005, 0.0004, -0.0004, -0.0005,
        1.0005, 12.345, 12.3456, -12.3456, 99.9995, 0.1 + 0.2, 1e9 + 0.125, 123.07, -0.07, 7.001, 1.2e-7,
    ])
    func plainNumbersReadAsTrimmedDecimals(_ value: Double) {
        var expected = ScorecardText.decimal(value, places: 3)
        while expected.hasSuffix("0") { expected.removeLast() }
        if expected.hasSuffix(".") { expected.removeLast() }
        if expected == "-0" { expected = "0" }
        #expect(ReportText.plain(value) == expected)
        #expect(ReportText.coordinate(value * 7.3) == ReportText.plain((value * 73).rounded() / 10))
    }

    /// A framework with two dimensions, no bands, no rules and an empty section still reports in every format.
    @Test func sparseFrameworkStillReports() throws {
        let here = Location(file: "sparse.yaml", line: 1, column: 1)
        let scale = Scale(
            id: "yes-no", kind: .levels([Level(value: 0, label: "No"), Level(value: 1, label: "Yes")]),
            location: here)
        let framework = Framework(
            id: "sparse", version: "1", title: "Sparse", defaultScale: "yes-no", scales: [scale],
            dimensions: [
                Dimension(id: "a", title: "A", location: here), Dimension(id: "b", title: "B", location: here),
            ],
            sections: [
                Section(
                    id: "s", title: "S",
                    items: [
                        Item(
                            id: "I-1", question: "One?", scale: "yes-no", dimensions: [Membership(dimension: "a")],
                            location: here)
                    ], location: here), Section(id: "empty", title: "Empty", location: here),
            ],
            location: here)
        let assessment = Assessment(
            framework: "sparse", frameworkVersion: "1", country: Country(code: "SPR", name: "Sparsia"),
            period: "2026", location: here)
        let report = GapReport(
            scorecard: Scorer.score(assessment, against: framework), framework: framework,
            assessment: assessment)
        let html = ReportHTML.render(report)
        #expect(!html.contains("aria-labelledby=\"radar-title\""))  // two dimensions: bars, not a radar
        #expect(html.contains("Bar chart, coherence dimension scores out of 100: A 0.0; B not scored"))
        #expect(html.contains("Every coherence rule could be evaluated."))
        let md = ReportMarkdown.render(report)
        #expect(md.contains("| B | — | not scored | 1 |"))
        #expect(md.contains("Answered: 0 of 1 applicable item (1 unanswered, counted as 0); 0 answers cite evidence."))
        #expect(ReportCSV.render(report).components(separatedBy: "\r\n").count == 3)
        #expect(ReportJSON.render(report).contains("\"divergence\": null"))
    }
}
