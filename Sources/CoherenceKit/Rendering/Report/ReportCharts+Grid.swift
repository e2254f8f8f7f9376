/// A grid of targets (the GCM objectives), one tile each, coloured by score.
extension ReportCharts {
    /// One tile of a target grid.
    struct Tile {
        var id: String
        var title: String
        var cell: CrosswalkComparison.Cell
    }

    /// Tiles in rows of `columns`, each with the target's id and score, or "not covered" / "not
    /// scored" on grey; the table beside it gives every title and number.
    static func grid(_ tiles: [Tile], columns: Int = 8, title: String, chartId: String) -> String {
        let (tileWidth, tileHeight, gap) = (112.0, 76.0, 6.0)
        let rows = (tiles.count + columns - 1) / columns
        let width = Double(columns) * (tileWidth + gap)
        let height = Double(rows) * (tileHeight + gap)
        let summary = tiles.map { "\($0.id) \(label($0.cell))" }
        var svg = open(chartId, width: width, height: height, title: "\(title): " + summary.joined(separator: "; "))
        for (k, tile) in tiles.enumerated() {
            let x = Double(k % columns) * (tileWidth + gap)
            let y = Double(k / columns) * (tileHeight + gap)
            let fill = tile.cell.score.map { ComparisonHTML.colour($0) } ?? "#e4e6e9"
            svg +=
                "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(tileWidth))\" height=\"\(n(tileHeight))\" fill=\"\(fill)\" stroke=\"#8795a6\">"
                + "<title>\(e(tile.id)). \(e(tile.title)): \(label(tile.cell))</title></rect>\n"
            svg +=
                "<text x=\"\(n(x + 8))\" y=\"\(n(y + 24))\" font-size=\"18\" font-weight=\"700\" fill=\"\(ink)\">\(e(truncated(tile.id, to: 8)))</text>\n"
            let value =
                tile.cell.score == nil
                ? (tile.cell.items == 0 ? "not covered" : "not scored") : ReportText.score(tile.cell.score)
            let size = tile.cell.score == nil ? 14 : 22
            svg +=
                "<text x=\"\(n(x + tileWidth / 2))\" y=\"\(n(y + 56))\" text-anchor=\"middle\" font-size=\"\(size)\" fill=\"\(ink)\">\(value)</text>\n"
        }
        return svg
            + close(
                caption:
                    "\(e(title)); each tile is a target with its score out of 100, grey where no item of the framework carries it or none is scored."
            )
    }

    private static func label(_ cell: CrosswalkComparison.Cell) -> String {
        cell.items == 0 ? "not covered" : cell.score == nil ? "not scored" : ReportText.score(cell.score)
    }
}
