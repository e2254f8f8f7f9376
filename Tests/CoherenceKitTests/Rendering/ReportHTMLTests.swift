import CoherenceKit
import Foundation
import Testing

/// The HTML report is self-contained, accessible and printable.
@Suite struct ReportHTMLTests {
    static let pages: [(String, String)] = {
        [("fixture", try! ReportFixture.report()), ("hostile", HostileReport.report())].map {
            ($0.0, ReportHTML.render($0.1))
        }
    }()

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range, in: text)!])
        }
    }

    @Test(arguments: [0, 1])
    func loadsNothingFromOutside(_ page: Int) {
        let html = Self.pages[page].1
        #expect(Self.matches(#"<script"#, in: html).isEmpty)
        #expect(Self.matches(#"<(link|iframe|object|embed|img)\b"#, in: html).isEmpty)
        #expect(Self.matches(#"\b(src|href|xlink:href)\s*="#, in: html).isEmpty, "the page references a resource")
        #expect(Self.matches(#"url\("#, in: html).isEmpty)
        #expect(Self.matches(#"@import"#, in: html).isEmpty)
        #expect(Self.matches(#"https?:"#, in: html).isEmpty)
    }

    @Test(arguments: [0, 1])
    func headingsDescendInOrder(_ page: Int) {
        let html = Self.pages[page].1
        let levels = Self.matches(#"<h[1-6]\b"#, in: html).map { Int(String($0.last!))! }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(levels.allSatisfy { $0 <= 3 })
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
    }

    @Test func documentDeclaresLanguageTitleAndCharset() {
        let html = Self.pages[0].1
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Valoria (VLR), 2026 — migration policy gap report</title>"))
    }

    @Test func everyChartIsLabelledAndHasATableBehindIt() {
        let html = Self.pages[0].1
        let figures = html.components(separatedBy: "<figure").dropFirst()
        #expect(figures.count == 3)  // radar, section bars, divergence heatmap
        for figure in figures {
            #expect(figure.contains("role=\"img\""))
            #expect(figure.contains("aria-labelledby="))
            #expect(figure.contains("<title id="))
            let after = figure.components(separatedBy: "</figure>").last ?? ""
            #expect(after.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<table"))
        }
    }

    @Test func printStylesKeepRowsAndFiguresWhole() {
        let html = Self.pages[0].1
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("section.major { break-before: page; }"))
        #expect(html.contains("tr, figure, .card, .finding, li { break-inside: avoid; }"))
        #expect(html.contains("thead { display: table-header-group; }"))
    }

    @Test func nullScoresShowAsNotScored() throws {
        var report = try ReportFixture.report()
        report.scorecard.overall = BandedScore(score: nil, band: nil)
        report.scorecard.dimensions[0].score = nil
        report.scorecard.dimensions[0].band = nil
        let html = ReportHTML.render(report)
        #expect(html.contains("<span class=\"card-value\">—</span><span class=\"card-band\">not scored</span>"))
        #expect(html.contains("<td class=\"num\">—</td><td>not scored</td>"))
        #expect(ReportMarkdown.render(report).contains("| — | not scored |"))
    }
}
