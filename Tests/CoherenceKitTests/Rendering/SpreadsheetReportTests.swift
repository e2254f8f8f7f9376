import Foundation
import Spreadsheet
import Testing

@testable import CoherenceKit

/// The spreadsheet report and comparison hold the same table as their CSV, numbers as numbers.
@Suite struct SpreadsheetReportTests {
    /// The cells of `sheet` as rows of texts, empty cells as "".
    static func table(_ sheet: ReadSheet) -> [[String]] {
        let rows = sheet.cells.keys.map(\.row).max() ?? 0
        let columns = sheet.cells.keys.map(\.column).max() ?? 0
        return (0..<rows).map { row in (0..<columns).map { sheet[row + 1, $0 + 1]?.text ?? "" } }
    }

    @Test func theItemsSheetIsTheCSVTable() throws {
        let report = try ReportFixture.report()
        let workbook = try XLSXReader.read(try ReportXLSX.data(report))
        #expect(workbook.sheets.map(\.name) == ["Summary", "Items"])
        let items = try #require(workbook.sheet(named: "Items"))
        let csv = try CSVReader.records(ReportCSV.render(report))
        let table = Self.table(items)
        #expect(table.count == csv.count && table.count == report.items.count + 1)
        for (row, record) in zip(table, csv) {
            for (cell, field) in zip(row, record) {
                // Numbers come back in XML's shortest form (50 for 50.0); compare them as numbers.
                if let a = Double(cell), let b = Double(field) { #expect(a == b) } else { #expect(cell == field) }
            }
        }
        let priority = try #require(ReportCSV.columns.firstIndex(of: "priority"))
        #expect(items.cells.contains { $0.key.column == priority + 1 && $0.key.row > 1 && $0.value.kind == .number })
    }

    @Test func theSummaryGivesOverallCoherenceDimensionsAndSections() throws {
        let report = try ReportFixture.report()
        let summary = try #require(try XLSXReader.read(try ReportXLSX.data(report)).sheet(named: "Summary"))
        let table = Self.table(summary)
        let card = report.scorecard
        #expect(table.count == 4 + card.dimensions.count + card.sections.count)
        #expect(table[2][0] == "Overall")
        #expect(table[2][2] == card.overall.score.map { SheetNumber.text($0) } ?? "not scored")
        #expect(
            ReportXLSX.fileName(for: report)
                == ReportFormat.csv.fileName(for: report).replacingOccurrences(of: ".csv", with: ".xlsx"))
    }

    @Test func theComparisonSheetIsTheCSVTableWithRanks() throws {
        let comparison = try ComparisonRenderingTests().comparison()
        let workbook = try XLSXReader.read(try ComparisonXLSX.data(comparison))
        #expect(workbook.sheets.map(\.name) == ["Scores", "Ranks"])
        let scores = Self.table(try #require(workbook.sheet(named: "Scores")))
        let csv = try CSVReader.records(ComparisonCSV.render(comparison))
        #expect(scores.count == csv.count)
        for (row, record) in zip(scores, csv) {
            for (cell, field) in zip(row, record) {
                if let a = Double(cell), let b = Double(field) { #expect(a == b) } else { #expect(cell == field) }
            }
        }
        let ranks = Self.table(try #require(workbook.sheet(named: "Ranks")))
        #expect(ranks.dropFirst().map { $0[3] } == comparison.entries.map { $0.overall.rank.map(String.init) ?? "" })
    }
}

/// Numbers as the spreadsheet writer writes them.
private enum SheetNumber {
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : value.description
    }
}
