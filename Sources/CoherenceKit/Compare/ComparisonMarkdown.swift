/// The comparison as Markdown: a score table with ranks, the common gaps, and the changes per country.
public enum ComparisonMarkdown {
    /// The comparison as Markdown.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: Comparison) -> String {
        var lines = ["# Comparison: \(escape(comparison.framework))", ""]
        lines += [escape(ComparisonFormat.scope(comparison)) + ".", ""]
        let headers =
            ["Assessment", "Overall", "Coherence"] + comparison.dimensions.map { escape($0.title) }
            + comparison.sections.map { escape($0.title) }
        lines.append(row(headers))
        lines.append("|" + headers.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined())
        for entry in comparison.entries {
            let cells = entry.cells(comparison).map { cell in
                ComparisonFormat.score(cell.score) + (cell.rank.map { " (#\($0))" } ?? "")
            }
            lines.append(row([escape(ComparisonFormat.label(entry, in: comparison))] + cells))
        }
        lines += [
            "",
            "Scores on 0–100; (#n) is the rank: 1 = highest, equal scores share a rank and the next rank "
                + "skips (1, 2, 2, 4).", "",
        ]
        lines += ["## Most commonly gapped items", ""]
        if comparison.commonGaps.isEmpty {
            lines.append("No item is gapped in any assessment.")
        } else {
            lines += ["| Item | Gapped in | Mean gap | Question |", "| --- | ---: | ---: | --- |"]
            for gap in comparison.commonGaps.prefix(ComparisonFormat.commonGapLimit) {
                lines.append(
                    row([
                        escape(gap.item), "\(gap.gapped) of \(gap.scored)", ComparisonFormat.score(gap.meanGap),
                        escape(gap.question),
                    ]))
            }
        }
        if !comparison.changes.isEmpty {
            lines += ["", "## Changes between periods"]
        }
        for change in comparison.changes {
            let country = "\(escape(change.country.name)) (\(escape(change.country.code)))"
            lines += ["", "### \(country): \(escape(change.from)) → \(escape(change.to))", ""]
            lines += [
                row(["Score", escape(change.from), escape(change.to), "Change"]), "| --- | ---: | ---: | ---: |",
            ]
            for score in [change.overall, change.coherence] + change.dimensions + change.sections {
                lines.append(
                    row([
                        escape(score.id), ComparisonFormat.score(score.from), ComparisonFormat.score(score.to),
                        ComparisonFormat.delta(score.delta),
                    ]))
            }
            lines.append("")
            for (title, items) in ComparisonFormat.changeGroups(change) {
                lines.append("- **\(title):** " + (items.isEmpty ? "none" : items.map(escape).joined(separator: "; ")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table row of cells already escaped.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Text safe in a Markdown table cell: markup characters escaped, line breaks as `<br>`.
    static func escape(_ text: String) -> String { ReportText.markdown(text, inCell: true) }
}
