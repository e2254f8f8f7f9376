import CoherenceKit
import Foundation
import Testing

/// Each format of a comparison: CSV columns and quoting, the JSON schema, escaped and self-contained HTML.
@Suite struct ComparisonRenderingTests {
    static let hostileName = "<script>alert(\"x\")</script> & \"Kes|mark\", 'Ltd'\nsecond line"

    /// KSM (hostile name) 2026 and VLR 2025 and 2026.
    func comparison() throws -> Comparison {
        let workspace = try Workspace()
        let nameLiteral =
            "\""
            + Self.hostileName.replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
        return try Comparer.compare([
            try workspace.assessment(
                "k.yaml", respondent: nil, country: "KSM", countryName: nameLiteral,
                answers: ["A: 2", "B: 2", "C: 2", "D: 50", "E: 2"]),
            try workspace.assessment("v5.yaml", respondent: nil, period: "2025", answers: ["A: 0", "D: n/a"]),
            try workspace.assessment("v6.yaml", respondent: nil, answers: ["A: 4", "B: 4", "C: 4", "D: 100", "E: 4"]),
        ])
    }

    @Test func csvHasTheHeaderAndOneQuotedRowPerAssessment() throws {
        let csv = ComparisonCSV.render(try comparison())
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "country,name,period,overall,coherence,national,interstate,policy,data")
        // The name holds a quote, comma and line break: quoted, quotes doubled.
        #expect(
            rows[1]
                == "KSM,\"<script>alert(\"\"x\"\")</script> & \"\"Kes|mark\"\", 'Ltd'\nsecond line\",2026,50.0,50.0,50.0,50.0,50.0,50.0"
        )
        // VLR 2025: A 0, B, C, E unanswered (0), D n/a: policy 0, data 0, overall 0; national (A, B) 0.
        #expect(csv.contains("\r\nVLR,Valoria,2025,0.0,0.0,0.0,0.0,0.0,0.0\r\n"))
        #expect(csv.hasSuffix("VLR,Valoria,2026,100.0,100.0,100.0,100.0,100.0,100.0\r\n"))
    }

    @Test func jsonFollowsTheComparisonSchema() throws {
        let json = ComparisonJSON.render(try comparison())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "coherence.comparison/1")
        let assessments = try #require(object["assessments"] as? [[String: Any]])
        #expect(assessments.count == 3)
        let ksm = assessments[0]
        #expect(
            Set(ksm.keys).isSuperset(of: [
                "country", "name", "period", "overall", "coherence", "dimensions", "sections",
            ]))
        #expect(ksm["country"] as? String == "KSM")
        #expect(ksm["name"] as? String == Self.hostileName)
        #expect((ksm["dimensions"] as? [String: Any])?["national"] as? Double == 50)
        #expect((ksm["sections"] as? [String: Any])?.keys.sorted() == ["data", "policy"])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes[0]["from"] as? String == "2025")
        #expect((changes[0]["overall"] as? [String: Any])?["delta"] as? Double == 100)
        #expect(object["common_gaps"] is [[String: Any]])
        // VLR A: 0 → 4, written as integers like the scorecard's values.
        #expect(json.contains("\"value\": 4,") && !json.contains("\"value\": 4.0"))
    }

    @Test func htmlIsSelfContainedAndEscapesUserStrings() throws {
        let html = ComparisonHTML.render(try comparison())
        #expect(!html.contains("<script"))
        #expect(
            html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Kes|mark&quot;, &#39;Ltd&#39;")
        )
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
        #expect(html.contains("<style>") && html.contains("@media print"))
        // The heatmap: a table with a header per dimension and section, each cell a colour and a number.
        #expect(html.contains("<table class=\"heatmap\">"))
        #expect(html.contains("<th scope=\"col\" title=\"Interstate coherence\">Interstate coherence</th>"))
        #expect(html.contains("<td style=\"background:hsl(120,70%,82%)\">100.0 <span class=\"rank\">#1</span></td>"))
    }

    @Test func markdownEscapesTableCells() throws {
        let markdown = ComparisonMarkdown.render(try comparison())
        #expect(markdown.contains("Kes\\|mark"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("### Valoria (VLR): 2025 → 2026"))
    }

    @Test(arguments: ComparisonOutput.allCases)
    func renderingIsDeterministic(format: ComparisonOutput) throws {
        let comparison = try comparison()
        #expect(format.render(comparison) == format.render(comparison))
    }

    @Test(arguments: [
        ("md,html", [ComparisonOutput.md, .html]),
        ("json, csv,json", [.json, .csv]),
        ("text", [.text]),
    ])
    func formatLists(list: String, expected: [ComparisonOutput]) throws {
        #expect(try ComparisonOutput.parseList(list).get() == expected)
    }

    @Test func anUnknownFormatIsNamed() {
        guard case .failure(let error) = ComparisonOutput.parseList("md,pdf") else {
            Issue.record("expected a failure")
            return
        }
        #expect(
            error.description
                == "unknown format 'pdf': use a comma-separated list of text, md, html, csv, json, xlsx (with --output)"
        )
    }
}
