public import Foundation
public import Spreadsheet

/// Renders a gap report as a spreadsheet (.xlsx) to take away: a summary of the scores, and the item
/// table of the CSV (scores, gaps, priorities, evidence) with numbers as numbers, unrounded.
public enum ReportXLSX {
    /// The `.xlsx` file's bytes.
    ///
    /// - Parameter report: The report to write.
    /// - Returns: The bytes of the workbook, the same for the same report.
    /// - Throws: `SpreadsheetError` when the workbook cannot be zipped.
    public static func data(_ report: GapReport) throws(SpreadsheetError) -> Data {
        try XLSXWriter.data(workbook(report))
    }

    /// The file name: the report's other files' name, ending `.xlsx`.
    ///
    /// - Parameter report: The report the file holds.
    /// - Returns: A name such as `VLR-2026-iamm.xlsx`.
    public static func fileName(for report: GapReport) -> String {
        xlsxName(ReportFormat.csv.fileName(for: report))
    }

    /// The file name the report of `assessment`, scored against `framework`, will have.
    ///
    /// - Parameters:
    ///   - assessment: The assessment the report will be of.
    ///   - framework: The framework it answers.
    /// - Returns: A name such as `VLR-2026-iamm.xlsx`.
    public static func fileName(for assessment: Assessment, framework: Framework) -> String {
        xlsxName(ReportFormat.csv.fileName(for: assessment, framework: framework))
    }

    private static func xlsxName(_ csvName: String) -> String {
        String(csvName.dropLast(".csv".count)) + ".xlsx"
    }

    static func workbook(_ report: GapReport) -> Workbook {
        let card = report.scorecard
        var summary: [[Cell]] = [
            [
                .text(
                    "\(card.country.name) (\(card.country.code)) \(card.period): framework '\(card.framework.id)' \(card.framework.version)",
                    .title)
            ],
            ["Measure", "Id", "Score (0–100)", "Band"].map { .text($0, .header) },
            scoreRow("Overall", "", card.overall.score, card.overall.band),
            scoreRow("Coherence index", "", card.coherence.score, card.coherence.band),
        ]
        summary += card.dimensions.map { scoreRow("Dimension: \($0.title)", $0.id, $0.score, $0.band) }
        summary += card.sections.map {
            scoreRow("Section: " + String(repeating: "  ", count: $0.depth) + $0.title, $0.id, $0.score, $0.band)
        }
        let items =
            [ReportCSV.columns.map { Cell.text($0, .header) }]
            + ReportCSV.rows(report).map { fields in
                fields.map { field -> Cell in
                    if field.text.isEmpty { return .empty() }
                    if !field.isText, let number = Double(field.text) { return .number(number) }
                    return .text(field.text)
                }
            }
        let wide: Set<String> = ["question", "evidence", "note", "reason"]
        return Workbook(sheets: [
            Worksheet(name: "Summary", rows: summary, columnWidths: [60, 16, 14, 24], frozenRows: 2),
            Worksheet(
                name: "Items", rows: items, columnWidths: ReportCSV.columns.map { wide.contains($0) ? 48 : 14 },
                frozenRows: 1),
        ])
    }

    private static func scoreRow(_ name: String, _ id: String, _ score: Double?, _ band: String?) -> [Cell] {
        [
            .text(name), id.isEmpty ? .empty() : .text(id), score.map { .number($0) } ?? .text("not scored"),
            band.map { .text($0) } ?? .empty(),
        ]
    }
}
