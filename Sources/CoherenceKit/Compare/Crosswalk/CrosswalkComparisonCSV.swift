/// The crosswalk comparison as CSV (RFC 4180), one row per assessment and target, with the columns
/// `country`, `name`, `period`, `framework`, `framework_version`, `target`, `title`, `score`
/// (unrounded; empty when not scored), `items` (how many items carry the target) and `scored`.
/// Lines end with CRLF.
public enum CrosswalkComparisonCSV {
    /// The crosswalk comparison as CSV text: a header line, then one line per assessment and target.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: CrosswalkComparison) -> String {
        var rows = [
            [
                "country", "name", "period", "framework", "framework_version", "target", "title", "score", "items",
                "scored",
            ]
        ]
        for entry in comparison.entries {
            for (position, target) in comparison.targets.enumerated() {
                let cell = entry.cells[position]
                rows.append([
                    entry.country.code, entry.country.name, entry.period, entry.framework, entry.frameworkVersion,
                    target.id, target.title, cell.score.map { $0.description } ?? "", "\(cell.items)", "\(cell.scored)",
                ])
            }
        }
        return rows.map { $0.map { ReportText.csv($0) }.joined(separator: ",") + "\r\n" }.joined()
    }
}
