public import Foundation
public import Spreadsheet

/// The comparison as a spreadsheet (.xlsx): the table of `ComparisonCSV` (one row per assessment,
/// overall, coherence, each dimension and each top-level section), then each score's rank.
public enum ComparisonXLSX {
    /// The file name under `--output DIR`.
    public static let fileName = "comparison.xlsx"

    /// The `.xlsx` file's bytes.
    ///
    /// - Parameter comparison: The comparison to write.
    /// - Returns: The bytes of a workbook with the score table, numbers as numbers, unrounded.
    /// - Throws: `SpreadsheetError` when the workbook cannot be zipped.
    public static func data(_ comparison: Comparison) throws(SpreadsheetError) -> Data {
        try XLSXWriter.data(workbook(comparison))
    }

    static func workbook(_ comparison: Comparison) -> Workbook {
        let measures = ["overall", "coherence"] + comparison.dimensions.map(\.id) + comparison.sections.map(\.id)
        let header = (["country", "name", "period"] + measures).map { Cell.text($0, .header) }
        let scores = comparison.entries.map { entry in
            [.text(entry.country.code), .text(entry.country.name), .text(entry.period)]
                + entry.cells(comparison).map { $0.score.map { Cell.number($0) } ?? .empty() }
        }
        let ranks = comparison.entries.map { entry in
            [.text(entry.country.code), .text(entry.country.name), .text(entry.period)]
                + entry.cells(comparison).map { $0.rank.map { Cell.number(Double($0)) } ?? .empty() }
        }
        let widths = [10, 24, 10] + measures.map { _ in 14.0 }
        return Workbook(sheets: [
            Worksheet(name: "Scores", rows: [header] + scores, columnWidths: widths, frozenRows: 1),
            Worksheet(name: "Ranks", rows: [header] + ranks, columnWidths: widths, frozenRows: 1),
        ])
    }
}
