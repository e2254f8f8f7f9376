import Testing

@testable import CoherenceKit

/// Hostile strings in every user-supplied field come out escaped in HTML, Markdown and CSV.
@Suite struct ReportEscapingTests {
    static let report = HostileReport.report()

    /// The hostile text as HTML must show it: every metacharacter an entity.
    static func htmlEscaped(_ tag: String) -> String {
        "&lt;script&gt;alert(1)&lt;/script&gt;\(tag) &quot;q&quot; &#39;a&#39; &amp; &lt;/td&gt; | x\ny, &quot;c,d&quot;"
    }

    @Test func htmlHasNoRawMarkupFromUsers() {
        let html = ReportHTML.render(Self.report)
        #expect(!html.contains("<script"))
        #expect(!html.contains("</td> |"))
        #expect(!html.contains("'a'"))
        #expect(!html.contains("\"q\""))
        #expect(!html.contains("\"c,d\""))
    }

    @Test(arguments: HostileReport.tags + ["date", "capacity-description", "undetermined-title", "divergent-answer"])
    func htmlShowsEachFieldEscaped(_ tag: String) {
        #expect(ReportHTML.render(Self.report).contains(Self.htmlEscaped(tag)))
    }

    @Test(arguments: HostileReport.tags)
    func markdownShowsEachFieldEscaped(_ tag: String) {
        let md = ReportMarkdown.render(Self.report)
        #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;\(tag) \"q\" 'a' &amp; &lt;/td&gt; \\| x"))
    }

    @Test func markdownTablesKeepTheirShape() {
        let md = ReportMarkdown.render(Self.report)
        #expect(!md.contains("<script"))
        var columns: Int?
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                // A table ends only at a blank line; anything else means a cell broke the row.
                if columns != nil { #expect(line.isEmpty, "a table row was broken: \(line)") }
                columns = nil
                continue
            }
            let pipes = Self.unescapedPipes(line)
            if let columns {
                #expect(pipes == columns, "row with \(pipes - 1) cells in a table of \(columns - 1): \(line)")
            }
            columns = columns ?? pipes
        }
    }

    @Test func csvQuotesEveryFieldThatNeedsIt() throws {
        let csv = ReportCSV.render(Self.report)
        let records = try CSVReader.records(csv)
        #expect(records.count == 1 + Self.report.items.count)
        #expect(records.allSatisfy { $0.count == ReportCSV.columns.count })
        let header = records[0]
        let row = Dictionary(uniqueKeysWithValues: zip(header, records[1]))
        #expect(row["question"] == HostileReport.text("question"))
        #expect(row["country_name"] == HostileReport.text("country"))
        #expect(row["label"] == HostileReport.text("level-label") + " (1)")
        #expect(row["evidence"] == HostileReport.text("evidence"))
        #expect(row["note"] == HostileReport.text("note"))
        #expect(row["by"] == HostileReport.text("respondent"))
    }

    @Test func csvDefusesSpreadsheetFormulas() {
        #expect(ReportText.csv("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(ReportText.csv("+1") == "'+1")
        #expect(ReportText.csv("plain") == "plain")
    }

    @Test func fileNamesKeepOnlySafeCharacters() {
        #expect(ReportFormat.html.fileName(for: Self.report) == "HST-2026-27-hostile.html")
    }

    /// The number of `|` not preceded by a backslash.
    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if c == "|" && !escaped { count += 1 }
            escaped = c == "\\" && !escaped
        }
        return count
    }
}
