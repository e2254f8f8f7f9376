import Foundation

/// Inline SVG charts for the HTML report: a radar of the dimensions, horizontal bars, a heatmap.
///
/// Each chart is a `<figure>` whose SVG has `role="img"`, a `<title>` naming every value, and the
/// same numbers in the table the report prints beside it. Coordinates have one decimal, so the
/// output is byte-identical from run to run.
public enum ReportCharts {
    /// One bar of a bar chart.
    struct Bar {
        var label: String
        var depth: Int
        var score: Double?
    }

    static let ink = "#1a1a1a"
    static let accent = "#1f5fa8"
    static let grid = "#8795a6"

    static func e(_ text: String) -> String { ReportText.html(text) }
    static func n(_ value: Double) -> String { ReportText.coordinate(value) }

    /// Opens a chart: `<figure>`, the labelled `<svg>` and its `<title>`.
    static func open(_ id: String, width: Double, height: Double, title: String) -> String {
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title\" "
            + "font-family=\"inherit\">\n<title id=\"\(id)-title\">\(e(title))</title>\n"
    }

    static func close(caption: String) -> String {
        "</svg>\n<figcaption>\(caption)</figcaption>\n</figure>\n"
    }

    /// A radar (spider) chart of three or more dimension scores on 0–100.
    ///
    /// - Parameter dimensions: The dimension scores, in the framework's order.
    /// - Returns: An inline SVG element, labelled for screen readers.
    public static func radar(_ dimensions: [DimensionScore]) -> String {
        let (width, height, cx, cy, radius) = (920.0, 640.0, 460.0, 320.0, 200.0)
        let count = Double(dimensions.count)
        func point(_ k: Int, _ r: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(k) / count
            return (cx + r * cos(angle), cy + r * sin(angle))
        }
        func polygon(_ radii: [Double]) -> String {
            radii.enumerated().map {
                let p = point($0.offset, $0.element)
                return "\(n(p.x)),\(n(p.y))"
            }
            .joined(separator: " ")
        }
        let summary = dimensions.map { "\($0.title) \($0.score == nil ? "not scored" : ReportText.score($0.score))" }
        var svg = open(
            "radar", width: width, height: height,
            title: "Radar chart of the coherence dimension scores out of 100: " + summary.joined(separator: "; "))
        for level in [25.0, 50, 75, 100] {
            let ring = polygon(Array(repeating: radius * level / 100, count: dimensions.count))
            svg +=
                "<polygon points=\"\(ring)\" fill=\"none\" stroke=\"\(grid)\" stroke-width=\"\(level == 100 ? 2 : 1)\"/>\n"
            // Ring values sit midway between the first two axes, where no data point can cover them.
            let middle = -Double.pi / 2 + Double.pi / count
            let along = radius * level / 100 * cos(Double.pi / count)
            svg +=
                "<text x=\"\(n(cx + along * cos(middle) + 4))\" y=\"\(n(cy + along * sin(middle) + 5))\" "
                + "font-size=\"15\" fill=\"#3d4650\">\(Int(level))</text>\n"
        }
        for k in dimensions.indices {
            let end = point(k, radius)
            svg +=
                "<line x1=\"\(n(cx))\" y1=\"\(n(cy))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\" stroke=\"\(grid)\" stroke-width=\"1\"/>\n"
        }
        let radii = dimensions.map { radius * min(max($0.score ?? 0, 0), 100) / 100 }
        svg +=
            "<polygon points=\"\(polygon(radii))\" fill=\"\(accent)\" fill-opacity=\"0.25\" stroke=\"\(accent)\" stroke-width=\"4\"/>\n"
        for (k, dimension) in dimensions.enumerated() {
            let p = point(k, radii[k])
            svg += "<circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"7\" fill=\"\(accent)\"/>\n"
            svg += radarLabel(
                dimension, at: point(k, radius + 28), angle: -Double.pi / 2 + 2 * Double.pi * Double(k) / count)
        }
        return svg + close(caption: "Coherence dimensions, 0–100 (the table gives each score and band).")
    }

    /// A dimension's title (wrapped) and score beside the end of its axis.
    private static func radarLabel(_ d: DimensionScore, at p: (x: Double, y: Double), angle: Double) -> String {
        let c = cos(angle)
        let anchor = c > 0.3 ? "start" : c < -0.3 ? "end" : "middle"
        let lines =
            wrap(chartLabel(d.title, fits: 48), width: 24, maxLines: 3) + [
                d.score == nil ? "not scored" : ReportText.score(d.score)
            ]
        let lineHeight = 22.0
        let s = sin(angle)
        let top =
            s < -0.3
            ? p.y - lineHeight * Double(lines.count - 1)
            : s > 0.3 ? p.y + 14 : p.y - lineHeight * Double(lines.count - 1) / 2 + 6
        var svg = "<text text-anchor=\"\(anchor)\" font-size=\"18\" fill=\"\(ink)\">"
        for (i, line) in lines.enumerated() {
            let weight = i == lines.count - 1 ? " font-weight=\"700\"" : ""
            svg += "<tspan x=\"\(n(p.x))\" y=\"\(n(top + lineHeight * Double(i)))\"\(weight)>\(e(line))</tspan>"
        }
        return svg + "</text>\n"
    }

    /// Horizontal bars on 0–100, indented by depth, with dashed guide lines at the band thresholds.
    static func bars(_ bars: [Bar], bands: [(min: Double, label: String)], title: String) -> String {
        let (labelWidth, barWidth, rowHeight, top) = (440.0, 440.0, 40.0, bands.isEmpty ? 10.0 : 60.0)
        let width = labelWidth + barWidth + 90
        let height = top + rowHeight * Double(bars.count) + 10
        let summary = bars.map { "\($0.label) \($0.score == nil ? "not scored" : ReportText.score($0.score))" }
        var svg = open(
            "bars-\(title.lowercased().replacingOccurrences(of: " ", with: "-"))", width: width, height: height,
            title: "Bar chart, \(title.lowercased()) out of 100: " + summary.joined(separator: "; "))
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let indent = 8 + 22 * Double(min(bar.depth, 4))
            let weight = bar.depth == 0 ? " font-weight=\"700\"" : ""
            // About 10.5 px a character at 18px, 11.5 in bold.
            let room = Int((labelWidth - indent - 12) / (bar.depth == 0 ? 11.5 : 10.5))
            let label = truncated(chartLabel(bar.label, fits: room), to: room)
            svg +=
                "<text x=\"\(n(indent))\" y=\"\(n(y + 26))\" font-size=\"18\" fill=\"\(ink)\"\(weight)>\(e(label))</text>\n"
            svg +=
                "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 8))\" width=\"\(n(barWidth))\" height=\"24\" fill=\"#e6ebf1\"/>\n"
            if let score = bar.score {
                let w = barWidth * min(max(score, 0), 100) / 100
                svg +=
                    "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 8))\" width=\"\(n(w))\" height=\"24\" fill=\"\(accent)\"/>\n"
                svg +=
                    "<text x=\"\(n(labelWidth + barWidth + 10))\" y=\"\(n(y + 26))\" font-size=\"18\" font-weight=\"700\" fill=\"\(ink)\">\(ReportText.score(score))</text>\n"
            } else {
                svg +=
                    "<text x=\"\(n(labelWidth + 10))\" y=\"\(n(y + 26))\" font-size=\"16\" fill=\"#3d4650\">not scored</text>\n"
            }
        }
        // Labels alternate between two rows so that close thresholds do not overlap.
        for (k, band) in bands.enumerated() where band.min < 100 {
            let x = labelWidth + barWidth * band.min / 100
            let labelY = k % 2 == 0 ? top - 34 : top - 12
            svg +=
                "<line x1=\"\(n(x))\" y1=\"\(n(k % 2 == 0 ? top - 28 : top - 6))\" x2=\"\(n(x))\" y2=\"\(n(height - 6))\" stroke=\"#3d4650\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>\n"
            svg +=
                "<text x=\"\(n(x))\" y=\"\(n(labelY))\" text-anchor=\"middle\" font-size=\"14\" fill=\"#3d4650\">\(e(truncated(band.label, to: 18))) ≥ \(ReportText.plain(band.min))</text>\n"
        }
        return svg
            + close(
                caption: "\(title), 0–100; dashed lines mark the band thresholds (the table gives each score and band)."
            )
    }

    /// The divergence heatmap: items (rows, most disputed first) × respondents (columns).
    ///
    /// - Parameter table: The divergence between the respondents' answers.
    /// - Returns: An inline SVG element, labelled for screen readers.
    public static func heatmap(_ table: DivergenceTable) -> String {
        let (itemWidth, cellWidth, spreadWidth, headHeight, rowHeight) = (150.0, 180.0, 110.0, 64.0, 38.0)
        let width = itemWidth + cellWidth * Double(table.respondents.count) + spreadWidth
        let height = headHeight + rowHeight * Double(table.rows.count) + 4
        var svg = open(
            "heatmap", width: width, height: height,
            title:
                "Heatmap of the answers of \(table.respondents.count) respondents to \(table.rows.count) disputed items; the table below lists every answer"
        )
        for (j, respondent) in table.respondents.enumerated() {
            let x = itemWidth + cellWidth * (Double(j) + 0.5)
            let lines = wrap(respondent.name, width: 18, maxLines: 2)
            svg += "<text text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\" fill=\"\(ink)\">"
            for (i, line) in lines.enumerated() {
                svg +=
                    "<tspan x=\"\(n(x))\" y=\"\(n(headHeight - 12 - 20 * Double(lines.count - 1 - i)))\">\(e(line))</tspan>"
            }
            svg += "</text>\n"
        }
        svg +=
            "<text x=\"\(n(width - spreadWidth / 2))\" y=\"\(n(headHeight - 12))\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"700\" fill=\"\(ink)\">Spread</text>\n"
        for (i, row) in table.rows.enumerated() {
            let y = headHeight + rowHeight * Double(i)
            svg +=
                "<text x=\"6\" y=\"\(n(y + 25))\" font-size=\"17\" fill=\"\(ink)\">\(e(truncated(row.item, to: 14)))</text>\n"
            for (j, cell) in row.cells.enumerated() {
                let x = itemWidth + cellWidth * Double(j)
                let (fill, text) = colors(cell.position, answered: cell.answer != nil)
                svg +=
                    "<rect x=\"\(n(x + 2))\" y=\"\(n(y + 2))\" width=\"\(n(cellWidth - 4))\" height=\"\(n(rowHeight - 4))\" fill=\"\(fill)\" stroke=\"#8795a6\"/>\n"
                svg +=
                    "<text x=\"\(n(x + cellWidth / 2))\" y=\"\(n(y + 25))\" text-anchor=\"middle\" font-size=\"16\" fill=\"\(text)\">\(e(truncated(cell.answer ?? "—", to: 18)))</text>\n"
            }
            svg +=
                "<text x=\"\(n(width - spreadWidth / 2))\" y=\"\(n(y + 25))\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"700\" fill=\"\(ink)\">\(ReportText.score(row.spread * 100))%</text>\n"
        }
        return svg
            + close(caption: "Answers by respondent; grey cells are answers off the scale (not applicable, unknown).")
    }

    /// Cell fill and text colours for a position on the scale: light blue (low) to dark blue (high).
    static func colors(_ position: Double?, answered: Bool) -> (fill: String, text: String) {
        guard answered else { return ("#ffffff", ink) }
        guard let position else { return ("#d4d8dd", ink) }
        let t = min(max(position, 0), 1)
        let (low, high) = ((222.0, 235.0, 247.0), (8.0, 48.0, 107.0))
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * t).rounded())
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        let fill = "#" + channel(low.0, high.0) + channel(low.1, high.1) + channel(low.2, high.2)
        // Dark text up to 0.62 and white beyond keeps both above a 4.5:1 contrast ratio.
        return (fill, t > 0.62 ? "#ffffff" : ink)
    }

    /// A title short enough for a chart: a long title loses its parenthetical ("Cross-domain coherence
    /// (development, trade, …)" becomes "Cross-domain coherence"); the table beside the chart has it whole.
    static func chartLabel(_ title: String, fits count: Int) -> String {
        guard title.count > count, let open = title.range(of: " ("), open.lowerBound > title.startIndex else {
            return title
        }
        return String(title[..<open.lowerBound])
    }

    /// `text` cut to `count` characters with an ellipsis; the table beside the chart has it whole.
    static func truncated(_ text: String, to count: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= count ? flat : String(flat.prefix(max(count - 1, 1))) + "…"
    }

    /// `text` broken at spaces into lines of at most `width` characters; the last line is truncated.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines - 1)) + [lines[(maxLines - 1)...].joined(separator: " ")]
        }
        return lines.map { truncated($0, to: width) }
    }
}
