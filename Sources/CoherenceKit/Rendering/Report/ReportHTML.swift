/// Renders a gap report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts.
///
/// Readable on a projector (large type, strong contrast), printable to A4 (page breaks before major
/// sections, rows and figures kept whole), and accessible (headings in order, a table behind every
/// chart, charts labelled for screen readers). Every user string goes through `ReportText.html`.
public enum ReportHTML {
    /// The report as an HTML document, ending with a newline.
    ///
    /// - Parameter report: The report to render.
    /// - Returns: The text of the report's file.
    public static func render(_ report: GapReport) -> String {
        let title = report.subject + " — migration policy gap report"
        var body = header(report, title: title)
        body += "<main>\n"
        body += summary(report)
        body += dimensions(report)
        body += sections(report)
        body += crosswalkProfile(report)
        body += findings(report)
        body += undetermined(report)
        body += gaps(report)
        body += plan(report)
        body += nextBand(report)
        body += evidence(report)
        body += unresolved(report)
        body += divergence(report)
        body += warnings(report)
        body += appendix(report)
        body += "</main>\n"
        return head(title: title, css: "\n" + ReportStyle.css) + body + "</body>\n</html>\n"
    }

    /// The start of a page, to its `<body>` line: the head with the page's `title` and its `css`.
    /// Gap reports and comparisons begin alike.
    static func head(title: String, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>\(css)</style>
        </head>
        <body>

        """
    }

    static func e(_ text: String) -> String { ReportText.html(text) }

    private static func header(_ r: GapReport, title: String) -> String {
        var facts = [
            "Framework: <strong>\(e(r.frameworkTitle))</strong> (\(e(r.scorecard.framework.id)) version \(e(r.scorecard.framework.version)))"
        ]
        if let date = r.date { facts.append("Date: \(e(date))") }
        facts.append("Status: \(r.scorecard.status.rawValue)")
        if let respondent = r.respondent { facts.append("Respondent: \(e(respondent))") }
        return "<header>\n<h1>\(e(title))</h1>\n<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n</header>\n"
    }

    private static func summary(_ r: GapReport) -> String {
        let card = r.scorecard
        var html = open("summary", "Summary")
        html += "<div class=\"cards\">\n"
        html += figureCard("Overall", card.overall)
        html += figureCard("Coherence index", card.coherence)
        let c = card.coverage
        html +=
            "<div class=\"card\"><span class=\"card-label\">Answered</span><span class=\"card-value\">\(c.answered)/\(c.applicable)</span>"
            + "<span class=\"card-band\">applicable items</span></div>\n"
        html += "</div>\n"
        html += list(r.summarySentences.map(e))
        html += "<h3>Most important findings</h3>\n"
        html +=
            r.findingSentences.isEmpty
            ? para("No coherence finding is triggered.") : list(r.findingSentences.map(e), numbered: true)
        html += "<h3>Largest gaps</h3>\n"
        html +=
            r.gapSentences.isEmpty
            ? para("No item falls short of its target.") : list(r.gapSentences.map(e), numbered: true)
        return html + "</section>\n"
    }

    private static func figureCard(_ label: String, _ score: BandedScore) -> String {
        "<div class=\"card\"><span class=\"card-label\">\(label)</span><span class=\"card-value\">\(ReportText.score(score.score))</span>"
            + "<span class=\"card-band\">\(e(score.band ?? (score.score == nil ? "not scored" : "")))</span></div>\n"
    }

    private static func dimensions(_ r: GapReport) -> String {
        var html = open("dimensions", "Coherence dimensions")
        let dims = r.scorecard.dimensions
        guard !dims.isEmpty else {
            return html + para("The framework defines no coherence dimension.") + "</section>\n"
        }
        html +=
            dims.count >= 3
            ? ReportCharts.radar(dims)
            : ReportCharts.bars(
                dims.map { .init(label: $0.title, depth: 0, score: $0.score) }, bands: r.bandMinimums,
                title: "Coherence dimension scores")
        html += table(
            ["Dimension", "Score", "Band", "Weight"], numeric: [1, 3], text: [0],
            dims.map { d in
                [
                    e(d.title), ReportText.score(d.score), e(d.band ?? (d.score == nil ? "not scored" : "—")),
                    ReportText.plain(d.weight),
                ]
            })
        return html + "</section>\n"
    }

    private static func sections(_ r: GapReport) -> String {
        var html = open("sections", "Sections")
        let sections = r.scorecard.sections
        html += ReportCharts.bars(
            sections.map { .init(label: $0.title, depth: $0.depth, score: $0.score) }, bands: r.bandMinimums,
            title: "Section scores")
        html += table(
            ["Section", "Score", "Band", "Weight", "Combined by"], numeric: [1, 3], text: [0],
            sections.map { s in
                [
                    "<span class=\"indent-\(min(s.depth, 4))\">\(e(s.title))</span>", ReportText.score(s.score),
                    e(s.band ?? (s.score == nil ? "not scored" : "—")), ReportText.plain(s.weight),
                    s.aggregate.rawValue,
                ]
            })
        return html + "</section>\n"
    }

    // MARK: - Building blocks

    /// Opens a section with its id and h2 heading; printing starts a new page before a major one.
    static func open(_ id: String, _ title: String) -> String {
        let major = ["dimensions", "sections", "findings", "gaps", "plan", "divergence", "appendix"].contains(id)
        return "<section id=\"\(id)\"" + (major ? " class=\"major\"" : "") + ">\n<h2>\(title)</h2>\n"
    }

    static func para(_ html: String, class name: String? = nil) -> String {
        "<p" + (name.map { " class=\"\($0)\"" } ?? "") + ">\(html)</p>\n"
    }

    static func list(_ items: [String], numbered: Bool = false) -> String {
        guard !items.isEmpty else { return "" }
        let tag = numbered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</\(tag)>\n"
    }

    /// A table with column headers; cells are HTML already escaped; columns in `numeric` align right.
    /// Columns in `text` hold long prose (questions, evidence, notes) and may break anywhere to fit the
    /// page; other columns (ids, labels, numbers) keep their words whole.
    static func table(
        _ headers: [String], numeric: Set<Int> = [], text: Set<Int> = [], class name: String? = nil, _ rows: [[String]]
    ) -> String {
        func cls(_ i: Int) -> String {
            numeric.contains(i) ? " class=\"num\"" : text.contains(i) ? " class=\"text\"" : ""
        }
        // Appended piece by piece into one string: no array of cell strings per row to join.
        var html = "<table" + (name.map { " class=\"\($0)\"" } ?? "") + ">\n<thead><tr>"
        /// One row's cells, each opened with `open` and its column's class, closed with `close`.
        func append(_ cells: [String], open: String, close: String) {
            for (index, cell) in cells.enumerated() {
                html += open
                html += cls(index)
                html += ">"
                html += cell
                html += close
            }
        }
        append(headers, open: "<th scope=\"col\"", close: "</th>")
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            append(row, open: "<td", close: "</td>")
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}

extension GapReport {
    /// The band thresholds above 0 with their labels, for chart guide lines; empty without bands.
    var bandMinimums: [(min: Double, label: String)] { bands.filter { $0.min > 0 }.map { ($0.min, $0.label) } }
}
