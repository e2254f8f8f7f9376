/// The comparison as plain text for a terminal.
public enum ComparisonText {
    /// The comparison as plain text for a terminal.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: Comparison) -> String {
        var lines = ["Comparison: " + ComparisonFormat.scope(comparison), ""]
        let headers =
            ["Assessment", "Overall", "Coherence"] + comparison.dimensions.map(\.id) + comparison.sections.map(\.id)
        var rows = [headers]
        for entry in comparison.entries {
            rows.append(
                [ComparisonFormat.label(entry, in: comparison)]
                    + entry.cells(comparison).map {
                        ComparisonFormat.score($0.score) + ($0.rank.map { " (#\($0))" } ?? "")
                    })
        }
        lines += table(rows)
        lines.append("")
        lines.append("Ranks: 1 = highest; equal scores share a rank and the next rank skips (1, 2, 2, 4).")
        lines.append("")
        lines.append("Most commonly gapped items:")
        if comparison.commonGaps.isEmpty { lines.append("  none") }
        for gap in comparison.commonGaps.prefix(ComparisonFormat.commonGapLimit) {
            lines.append(
                "  \(gap.item): gapped in \(gap.gapped) of \(gap.scored) assessments, mean gap "
                    + "\(ComparisonFormat.score(gap.meanGap)) — \(gap.question)")
        }
        for change in comparison.changes {
            lines.append("")
            lines += Self.lines(change)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func lines(_ change: PeriodChange) -> [String] {
        var lines = ["\(change.country.name) (\(change.country.code)) \(change.from) → \(change.to):"]
        for score in [change.overall, change.coherence] + change.dimensions + change.sections {
            lines.append(
                "  \(score.id): \(ComparisonFormat.score(score.from)) → \(ComparisonFormat.score(score.to)) "
                    + "(\(ComparisonFormat.delta(score.delta)))")
        }
        let groups: [(String, [String])] = [
            ("improved", change.improved.map(ComparisonFormat.itemChange)),
            ("regressed", change.regressed.map(ComparisonFormat.itemChange)),
            ("status changed", change.statusChanged.map(ComparisonFormat.itemChange)),
            ("findings appeared", change.appeared.map { "\($0.rule) (\($0.severity.rawValue)) \($0.title)" }),
            ("findings resolved", change.resolved.map { "\($0.rule) (\($0.severity.rawValue)) \($0.title)" }),
        ]
        for (title, items) in groups {
            lines.append("  \(title): " + (items.isEmpty ? "none" : items.joined(separator: "; ")))
        }
        return lines
    }

    /// Rows padded into aligned columns (the first left-aligned, the others right-aligned).
    static func table(_ rows: [[String]]) -> [String] {
        guard let width = rows.first?.count else { return [] }
        let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }
}
