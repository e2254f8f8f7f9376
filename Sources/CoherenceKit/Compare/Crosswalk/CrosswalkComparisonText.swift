/// The crosswalk comparison as plain text: one row per target, one column per assessment.
public enum CrosswalkComparisonText {
    /// The crosswalk comparison as plain text.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: CrosswalkComparison) -> String {
        var lines = ["\(comparison.title): " + CrosswalkFormat.scope(comparison), ""]
        for (number, entry) in comparison.entries.enumerated() {
            lines.append("  [\(number + 1)] \(entry.label) \(entry.frameworkVersion)")
        }
        lines.append("")
        var rows = [["Target"] + comparison.entries.indices.map { "[\($0 + 1)]" }]
        for (position, target) in comparison.targets.enumerated() {
            rows.append([target.id] + comparison.entries.map { CrosswalkFormat.cell($0.cells[position]) })
        }
        lines += ComparisonText.table(rows)
        lines += ["", CrosswalkFormat.method, "", "Targets:"]
        lines += comparison.targets.map { "  \($0.id)  \($0.title)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
