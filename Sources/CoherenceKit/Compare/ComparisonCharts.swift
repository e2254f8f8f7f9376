/// Inline SVG charts for the comparison pages, in the gap reports' style (`ReportCharts`): each a
/// labelled `<figure>` whose `<title>` names every value, beside a table with the same numbers.
enum ComparisonCharts {
    /// Fills for up to six series; further series reuse them in order.
    static let palette = ["#1f5fa8", "#c2571a", "#2e8540", "#7b3fa0", "#8a6d00", "#3d4650"]

    private static func e(_ text: String) -> String { ReportText.html(text) }
    private static func n(_ value: Double) -> String { ReportText.coordinate(value) }

    /// Dashed vertical guides at 0, 25, 50, 75 and 100 on a plot from `x` over `width`, labelled above `top`.
    private static func ticks(from x: Double, width: Double, top: Double, bottom: Double) -> String {
        [0.0, 25, 50, 75, 100].map { tick in
            let at = x + width * tick / 100
            return
                "<line x1=\"\(n(at))\" y1=\"\(n(top))\" x2=\"\(n(at))\" y2=\"\(n(bottom))\" stroke=\"\(ReportCharts.grid)\" stroke-width=\"1\" stroke-dasharray=\"3 4\"/>"
                + "<text x=\"\(n(at))\" y=\"\(n(top - 5))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#3d4650\">\(Int(tick))</text>\n"
        }.joined()
    }

    /// Each assessment's dimension scores side by side: one group of bars per assessment, one bar per
    /// dimension, on a shared 0–100 axis.
    static func dimensions(_ comparison: Comparison) -> String {
        let dimensions = comparison.dimensions
        guard !dimensions.isEmpty, !comparison.entries.isEmpty else { return "" }
        let (labelWidth, plotWidth, barHeight, groupGap, legendHeight) = (
            300.0, 520.0, 18.0, 16.0, 34.0 * Double((dimensions.count + 1) / 2)
        )
        let groupHeight = barHeight * Double(dimensions.count) + groupGap
        let height = legendHeight + 30 + groupHeight * Double(comparison.entries.count)
        let width = labelWidth + plotWidth + 70
        let summary = comparison.entries.map { entry in
            ComparisonFormat.label(entry, in: comparison) + ": "
                + dimensions.map {
                    "\($0.title) \(ComparisonFormat.score(entry.dimensions[$0.id]?.score ?? nil))"
                }.joined(separator: ", ")
        }
        var svg = ReportCharts.open(
            "comparison-dimensions", width: width, height: height,
            title: "Grouped bar chart of the coherence dimensions by assessment, out of 100: "
                + summary.joined(separator: "; "))
        for (k, dimension) in dimensions.enumerated() {
            let x = Double(k % 2) * (width / 2) + 8
            let y = 24 + 34 * Double(k / 2)
            svg +=
                "<rect x=\"\(n(x))\" y=\"\(n(y - 14))\" width=\"16\" height=\"16\" fill=\"\(palette[k % palette.count])\"/>"
                + "<text x=\"\(n(x + 24))\" y=\"\(n(y))\" font-size=\"16\" fill=\"\(ReportCharts.ink)\">\(e(ReportCharts.truncated(ReportCharts.chartLabel(dimension.title, fits: 40), to: 44)))</text>\n"
        }
        let top = legendHeight + 20
        svg += ticks(from: labelWidth, width: plotWidth, top: top - 6, bottom: height)
        for (i, entry) in comparison.entries.enumerated() {
            let y = top + groupHeight * Double(i)
            let label = ReportCharts.truncated(ComparisonFormat.label(entry, in: comparison), to: 30)
            svg +=
                "<text x=\"8\" y=\"\(n(y + barHeight * Double(dimensions.count) / 2 + 6))\" font-size=\"16\" font-weight=\"700\" fill=\"\(ReportCharts.ink)\">\(e(label))</text>\n"
            for (k, dimension) in dimensions.enumerated() {
                let barY = y + barHeight * Double(k)
                guard let score = entry.dimensions[dimension.id]?.score else {
                    svg +=
                        "<text x=\"\(n(labelWidth + 6))\" y=\"\(n(barY + 14))\" font-size=\"13\" fill=\"#3d4650\">not scored</text>\n"
                    continue
                }
                let w = plotWidth * min(max(score, 0), 100) / 100
                svg +=
                    "<rect x=\"\(n(labelWidth))\" y=\"\(n(barY + 1))\" width=\"\(n(w))\" height=\"\(n(barHeight - 2))\" fill=\"\(palette[k % palette.count])\"/>"
                    + "<text x=\"\(n(labelWidth + w + 6))\" y=\"\(n(barY + 14))\" font-size=\"13\" fill=\"\(ReportCharts.ink)\">\(ComparisonFormat.score(score))</text>\n"
            }
        }
        return svg
            + ReportCharts.close(
                caption:
                    "The coherence dimensions of each assessment side by side, 0–100 (the table above gives every score and rank)."
            )
    }

    /// A country's change between two periods: for each score a line from the earlier value (hollow
    /// dot) to the later one (filled dot), green when it rose and red when it fell.
    static func change(_ change: PeriodChange, chartId: String) -> String {
        let scores = [change.overall, change.coherence] + change.dimensions + change.sections
        let (labelWidth, plotWidth, rowHeight, top) = (300.0, 520.0, 32.0, 36.0)
        let width = labelWidth + plotWidth + 110
        let height = top + rowHeight * Double(scores.count) + 8
        let summary = scores.map { "\($0.id) \(ComparisonFormat.score($0.from)) to \(ComparisonFormat.score($0.to))" }
        var svg = ReportCharts.open(
            chartId, width: width, height: height,
            title: "Change from \(change.from) to \(change.to), out of 100: " + summary.joined(separator: "; "))
        svg += ticks(from: labelWidth, width: plotWidth, top: top - 8, bottom: height)
        for (i, score) in scores.enumerated() {
            let y = top + rowHeight * Double(i) + rowHeight / 2
            svg +=
                "<text x=\"8\" y=\"\(n(y + 5))\" font-size=\"16\" fill=\"\(ReportCharts.ink)\">\(e(ReportCharts.truncated(score.id, to: 30)))</text>\n"
            guard let from = score.from, let to = score.to else {
                svg +=
                    "<text x=\"\(n(labelWidth + 6))\" y=\"\(n(y + 5))\" font-size=\"13\" fill=\"#3d4650\">not scored in both periods</text>\n"
                continue
            }
            let (x1, x2) = (
                labelWidth + plotWidth * min(max(from, 0), 100) / 100,
                labelWidth + plotWidth * min(max(to, 0), 100) / 100
            )
            let colour = to > from ? "#2e8540" : to < from ? "#b3261e" : "#3d4650"
            svg +=
                "<line x1=\"\(n(x1))\" y1=\"\(n(y))\" x2=\"\(n(x2))\" y2=\"\(n(y))\" stroke=\"\(colour)\" stroke-width=\"4\"/>"
                + "<circle cx=\"\(n(x1))\" cy=\"\(n(y))\" r=\"6\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
                + "<circle cx=\"\(n(x2))\" cy=\"\(n(y))\" r=\"7\" fill=\"\(colour)\"/>"
                + "<text x=\"\(n(labelWidth + plotWidth + 12))\" y=\"\(n(y + 5))\" font-size=\"15\" font-weight=\"700\" fill=\"\(colour)\">\(ComparisonFormat.delta(score.delta))</text>\n"
        }
        return svg
            + ReportCharts.close(
                caption:
                    "From \(e(change.from)) (hollow dot) to \(e(change.to)) (filled dot); green rose, red fell (the table gives every value)."
            )
    }

    /// Assessments (rows) by crosswalk targets (columns), each cell coloured by its score.
    static func grid(_ comparison: CrosswalkComparison) -> String {
        guard !comparison.entries.isEmpty, !comparison.targets.isEmpty else { return "" }
        let (labelWidth, cellWidth, cellHeight, headHeight) = (300.0, 46.0, 38.0, 34.0)
        let width = labelWidth + cellWidth * Double(comparison.targets.count) + 4
        let height = headHeight + cellHeight * Double(comparison.entries.count) + 4
        let summary = comparison.entries.map { entry in
            entry.label + ": "
                + zip(comparison.targets, entry.cells).map { "\($0.id) \(CrosswalkFormat.cell($1))" }.joined(
                    separator: ", ")
        }
        var svg = ReportCharts.open(
            "crosswalk-grid", width: width, height: height,
            title: "Grid of \(comparison.title) by assessment: " + summary.joined(separator: "; "))
        for (j, target) in comparison.targets.enumerated() {
            svg +=
                "<text x=\"\(n(labelWidth + cellWidth * (Double(j) + 0.5)))\" y=\"\(n(headHeight - 10))\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"\(ReportCharts.ink)\">\(e(ReportCharts.truncated(target.id, to: 4)))</text>\n"
        }
        for (i, entry) in comparison.entries.enumerated() {
            let y = headHeight + cellHeight * Double(i)
            svg +=
                "<text x=\"6\" y=\"\(n(y + 24))\" font-size=\"15\" fill=\"\(ReportCharts.ink)\">\(e(ReportCharts.truncated(entry.label, to: 34)))</text>\n"
            for (j, cell) in entry.cells.enumerated() {
                let x = labelWidth + cellWidth * Double(j)
                let fill = cell.score.map { ComparisonHTML.colour($0) } ?? "#e4e6e9"
                let text = cell.score.map { String(Int($0.rounded())) } ?? (cell.items == 0 ? "·" : "–")
                svg +=
                    "<rect x=\"\(n(x + 1))\" y=\"\(n(y + 1))\" width=\"\(n(cellWidth - 2))\" height=\"\(n(cellHeight - 2))\" fill=\"\(fill)\" stroke=\"#8795a6\"/>"
                    + "<text x=\"\(n(x + cellWidth / 2))\" y=\"\(n(y + 24))\" text-anchor=\"middle\" font-size=\"14\" fill=\"\(ReportCharts.ink)\">\(text)</text>\n"
            }
        }
        return svg
            + ReportCharts.close(
                caption:
                    "Each cell is a target's score rounded to a whole number; · where no item of the framework carries the target, – where none of its items is scored (the table gives every value)."
            )
    }
}
