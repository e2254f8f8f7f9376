/// The crosswalk comparison as Markdown: one table row per target, one column per assessment.
public enum CrosswalkComparisonMarkdown {
    /// The crosswalk comparison as Markdown.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: CrosswalkComparison) -> String {
        let escape = ComparisonMarkdown.escape
        var lines = ["# Comparison by \(escape(comparison.title))", ""]
        lines += [escape(CrosswalkFormat.scope(comparison)) + ".", ""]
        let headers = ["Target"] + comparison.entries.map { escape("\($0.label) \($0.frameworkVersion)") }
        lines.append(ComparisonMarkdown.row(headers))
        lines.append("|" + headers.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined())
        for (position, target) in comparison.targets.enumerated() {
            lines.append(
                ComparisonMarkdown.row(
                    ["\(escape(target.id)). \(escape(target.title))"]
                        + comparison.entries.map { CrosswalkFormat.cell($0.cells[position]) }))
        }
        lines += ["", escape(CrosswalkFormat.method)]
        return lines.joined(separator: "\n") + "\n"
    }
}
