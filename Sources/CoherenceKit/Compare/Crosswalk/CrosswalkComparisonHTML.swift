/// The crosswalk comparison as one self-contained HTML page: a grid of targets (rows) by
/// assessments (columns), each cell coloured by its score and carrying the number and the item
/// count, so it reads without colour and prints. Every user string is escaped.
public enum CrosswalkComparisonHTML {
    /// The crosswalk comparison as an HTML document.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: CrosswalkComparison) -> String {
        let escape = ComparisonHTML.escape
        var html = ComparisonHTML.page(
            title: "Comparison by " + comparison.title, scope: CrosswalkFormat.scope(comparison),
            extraStyle:
                "td .items{font-size:.8em;color:#333}tbody th.text{white-space:normal;min-width:14rem;max-width:26rem;font-weight:normal}\n"
        )
        html += ComparisonCharts.grid(comparison)
        html +=
            "<div class=\"scroll\"><table class=\"heatmap\">\n<caption>Score (0–100) on each target; "
            + "(n) is how many items of the assessment's framework carry it</caption>\n<thead><tr><th scope=\"col\">Target</th>"
        for entry in comparison.entries {
            html += "<th scope=\"col\">\(escape(entry.label))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (position, target) in comparison.targets.enumerated() {
            html +=
                "<tr><th scope=\"row\" class=\"text\" title=\"\(escape(target.title))\">"
                + "\(escape(target.id)). \(escape(ReportCharts.chartLabel(target.title, fits: 60)))</th>"
            html += comparison.entries.map { cell($0.cells[position]) }.joined()
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n<p class=\"legend\">Colour: "
        html += [0.0, 25, 50, 75, 100].map {
            "<span style=\"background:\(ComparisonHTML.colour($0))\">\(Int($0))</span>"
        }.joined()
        html += "<span style=\"background:#eee\">not covered or not scored</span></p>\n"
        html += "<p>\(escape(CrosswalkFormat.method))</p>\n"
        return html + "</body>\n</html>\n"
    }

    static func cell(_ cell: CrosswalkComparison.Cell) -> String {
        guard let score = cell.score else {
            return
                "<td class=\"none\">\(cell.items == 0 ? "not covered" : "not scored <span class=\"items\">(\(cell.items))</span>")</td>"
        }
        return "<td style=\"background:\(ComparisonHTML.colour(score))\">\(ComparisonFormat.score(score)) "
            + "<span class=\"items\">(\(cell.items))</span></td>"
    }
}
