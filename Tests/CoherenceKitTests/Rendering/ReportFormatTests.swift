@testable import CoherenceKit
import Testing
import YAML

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

    /// A framework with two dimensions, no bands, no rules and an empty section still reports in every format.
    @Test func sparseFrameworkStillReports() throws {
        let here = Location(file: "sparse.yaml", line: 1, column: 1)
        let scale = Scale(id: "yes-no", kind: .levels([Level(value: 0, label: "No"), Level(value: 1, label: "Yes")]),
                          location: here)
        let framework = Framework(
            id: "sparse", version: "1", title: "Sparse", defaultScale: "yes-no", scales: [scale],
            dimensions: [Dimension(id: "a", title: "A", location: here), Dimension(id: "b", title: "B", location: here)],
            sections: [Section(id: "s", title: "S", items: [
                Item(id: "I-1", question: "One?", scale: "yes-no", dimensions: [Membership(dimension: "a")], location: here),
            ], location: here), Section(id: "empty", title: "Empty", location: here)],
            location: here)
        let assessment = Assessment(framework: "sparse", frameworkVersion: "1", country: Country(code: "SPR", name: "Sparsia"),
                                    period: "2026", location: here)
        let report = GapReport(scorecard: Scorer.score(assessment, against: framework), framework: framework,
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
