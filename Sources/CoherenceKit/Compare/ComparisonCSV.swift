import Foundation

/// The comparison as CSV (RFC 4180): a header row, then one row per assessment with `country`, `name`,
/// `period`, `overall`, `coherence`, one column per dimension id and one per top-level section id.
///
/// Scores are unrounded; an empty cell is a score that does not exist. Lines end with CRLF.
public enum ComparisonCSV {
    /// The comparison as CSV text: a header line, then one line per assessment.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: Comparison) -> String {
        let header =
            ["country", "name", "period", "overall", "coherence"]
            + comparison.dimensions.map(\.id) + comparison.sections.map(\.id)
        var rows = [header]
        for entry in comparison.entries {
            rows.append(
                [entry.country.code, entry.country.name, entry.period]
                    + entry.cells(comparison).map { $0.score.map { $0.description } ?? "" })
        }
        return rows.map { $0.map { ReportText.csv($0) }.joined(separator: ",") + "\r\n" }.joined()
    }
}
