/// The comparison as one self-contained HTML page: inline CSS, no scripts, nothing fetched, every user
/// string escaped. The heatmap is a table whose cells carry both a colour and the number, so it reads
/// without colour and prints.
public enum ComparisonHTML {
    /// The comparison as one self-contained HTML document.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: Comparison) -> String {
        var html = page(title: "Comparison: " + comparison.framework, scope: ComparisonFormat.scope(comparison))
        html += heatmap(comparison)
        if !comparison.dimensions.isEmpty {
            html += "<h2>Coherence dimensions side by side</h2>\n" + ComparisonCharts.dimensions(comparison)
        }
        html += commonGaps(comparison)
        if !comparison.changes.isEmpty { html += "<h2>Changes between periods</h2>\n" }
        for (index, change) in comparison.changes.enumerated() {
            html += self.change(change, chartId: "change-\(index + 1)")
        }
        return html + "</body>\n</html>\n"
    }

    /// The document's head, the page heading and the scope sentence; `extraStyle` is appended to the CSS.
    static func page(title: String, scope: String, extraStyle: String = "") -> String {
        ReportHTML.head(title: title, css: style + extraStyle) + "<h1>\(escape(title))</h1>\n<p>\(escape(scope)).</p>\n"
    }

    static let style = """

        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4}
        table{border-collapse:collapse;margin:1rem 0}
        th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:right}
        th[scope=row],td.text{text-align:left}
        thead th{background:#f0f0f0;vertical-align:bottom;max-width:9rem}
        tbody th[scope=row]{white-space:nowrap}
        .scroll{overflow-x:auto}
        td.none{background:#eee;color:#555}
        .rank{font-size:.8em;color:#333}
        caption{text-align:left;font-weight:600;padding-bottom:.3rem}
        .legend span{display:inline-block;padding:.1rem .5rem;margin-right:.3rem;border:1px solid #bbb}
        figure.chart{margin:1rem 0;max-width:100%;overflow-x:auto}figure.chart svg{max-width:100%;height:auto}
        figcaption{font-size:.9em;color:#333}
        @media print{body{margin:0}.scroll{overflow:visible}table.heatmap{font-size:7pt}table{page-break-inside:avoid}td,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}

        """

    static func heatmap(_ comparison: Comparison) -> String {
        var html =
            "<div class=\"scroll\"><table class=\"heatmap\">\n<caption>Scores (0–100) by assessment: overall, coherence, "
            + "dimensions and sections; #n is the rank (1 = highest, ties share a rank)</caption>\n<thead><tr>"
            + "<th scope=\"col\">Assessment</th><th scope=\"col\">Overall</th><th scope=\"col\">Coherence</th>"
        for column in comparison.dimensions + comparison.sections {
            // Long titles lose their parenthetical so the table fits a projector; the tooltip keeps it whole.
            html +=
                "<th scope=\"col\" title=\"\(escape(column.title))\">"
                + "\(escape(ReportCharts.chartLabel(column.title, fits: 24)))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for entry in comparison.entries {
            html += "<tr><th scope=\"row\">\(escape(ComparisonFormat.label(entry, in: comparison)))</th>"
            html += entry.cells(comparison).map(cell).joined()
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n<p class=\"legend\">Colour: "
        html += [0.0, 25, 50, 75, 100].map { "<span style=\"background:\(colour($0))\">\(Int($0))</span>" }.joined()
        return html + "<span class=\"none\" style=\"background:#eee\">— not scored</span></p>\n"
    }

    static func cell(_ score: RankedScore) -> String {
        guard let value = score.score else { return "<td class=\"none\">—</td>" }
        let rank = score.rank.map { " <span class=\"rank\">#\($0)</span>" } ?? ""
        let band = score.band.map { " title=\"\(escape($0))\"" } ?? ""
        return "<td style=\"background:\(colour(value))\"\(band)>\(ComparisonFormat.score(value))\(rank)</td>"
    }

    /// A light colour from red (0) through yellow to green (100), dark text stays readable on it.
    static func colour(_ score: Double) -> String {
        let hue = Int((min(max(score, 0), 100) * 1.2).rounded())
        return "hsl(\(hue),70%,82%)"
    }

    static func commonGaps(_ comparison: Comparison) -> String {
        var html = "<h2>Most commonly gapped items</h2>\n"
        guard !comparison.commonGaps.isEmpty else { return html + "<p>No item is gapped in any assessment.</p>\n" }
        html +=
            "<table>\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Gapped in</th>"
            + "<th scope=\"col\">Mean gap</th><th scope=\"col\">Question</th></tr></thead>\n<tbody>\n"
        for gap in comparison.commonGaps.prefix(ComparisonFormat.commonGapLimit) {
            html +=
                "<tr><th scope=\"row\">\(escape(gap.item))</th><td>\(gap.gapped) of \(gap.scored)</td>"
                + "<td>\(ComparisonFormat.score(gap.meanGap))</td><td class=\"text\">\(escape(gap.question))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    static func change(_ change: PeriodChange, chartId: String) -> String {
        var html =
            "<h3>\(escape(change.country.name)) (\(escape(change.country.code))): "
            + "\(escape(change.from)) → \(escape(change.to))</h3>\n" + ComparisonCharts.change(change, chartId: chartId)
            + "<table>\n<thead><tr><th scope=\"col\">Score</th>"
            + "<th scope=\"col\">\(escape(change.from))</th><th scope=\"col\">\(escape(change.to))</th>"
            + "<th scope=\"col\">Change</th></tr></thead>\n<tbody>\n"
        for score in [change.overall, change.coherence] + change.dimensions + change.sections {
            html +=
                "<tr><th scope=\"row\">\(escape(score.id))</th><td>\(ComparisonFormat.score(score.from))</td>"
                + "<td>\(ComparisonFormat.score(score.to))</td><td>\(ComparisonFormat.delta(score.delta))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<ul>\n"
        for (title, items) in ComparisonFormat.changeGroups(change) {
            html +=
                "<li><strong>\(title):</strong> " + (items.isEmpty ? "none" : items.map(escape).joined(separator: "; "))
                + "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities.
    static func escape(_ text: String) -> String { ReportText.html(text) }
}
