import Foundation
import Testing

@testable import Spreadsheet

/// What the writer writes, the reader reads back the same; references read and write alike.
@Suite struct WriterReaderTests {
    @Test func textAndNumbersComeBackAsWritten() throws {
        let texts = [
            "plain", "a < b & c > \"d\" 'e'", "two\nlines", "tab\there", "emoji 🇻🇪 ü", "bell\u{7}gone", "  spaced  ",
        ]
        let workbook = Workbook(sheets: [
            Worksheet(
                name: "A & B", rows: texts.map { [.text($0), .number(2.5), .number(-3)] }, frozenRows: 1,
                isProtected: true,
                validations: [ListValidation(cells: ["A1:A3"], choices: ["Yes", "No", "n/a"])]),
            Worksheet(name: "Hidden", rows: [[.empty(), .text("x")]], isHidden: true),
        ])
        let read = try XLSXReader.read(try XLSXWriter.data(workbook))
        #expect(read.sheets.map(\.name) == ["A & B", "Hidden"])
        let sheet = try #require(read.sheet(named: "a & b"))
        #expect(
            (1...texts.count).map { sheet[$0, 1]?.text } == texts.map { $0.replacingOccurrences(of: "\u{7}", with: "") }
        )
        #expect(sheet[2, 2] == CellContent(text: "2.5", kind: .number))
        #expect(sheet[2, 3] == CellContent(text: "-3", kind: .number))
        #expect(read.sheets[1][1, 1] == nil)
        #expect(read.sheets[1][1, 2]?.text == "x")
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "S", rows: [[.text("x")]])])
        #expect(try XLSXWriter.data(workbook) == XLSXWriter.data(workbook))
    }

    @Test(arguments: [("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("XFD1048576", 1_048_576, 16_384)])
    func references(text: String, row: Int, column: Int) {
        #expect(CellReference(text) == CellReference(row: row, column: column))
        #expect(CellReference(row: row, column: column).description == text)
    }

    @Test(arguments: ["", "A", "1", "A0", "a1", "1A", "XFE1", "A1048577", "A1B"])
    func notReferences(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func longListsGoToAHiddenSheetOfLists() throws {
        let long = (1...60).map { "Level \($0), in words" }
        let workbook = Workbook(sheets: [
            Worksheet(
                name: "Answers", rows: [[.empty(.input)]], validations: [ListValidation(cells: ["A1"], choices: long)])
        ])
        let read = try XLSXReader.read(try XLSXWriter.data(workbook))
        #expect(read.sheets.map(\.name) == ["Answers", "Lists"])
        #expect((1...60).map { read.sheets[1][$0, 1]?.text } == long)
        let placed = XLSXWriter.placingLongLists(workbook)
        #expect(placed.sheets[1].isHidden && placed.sheets[1].isProtected)
        #expect(placed.sheets[0].validations[0].range == "'Lists'!$A$1:$A$60")
    }

    @Test func listsThatDoNotFitInACellRuleAreToldApart() {
        #expect(ListValidation.fitsInline(["Absent", "Initiated", "n/a"]))
        #expect(!ListValidation.fitsInline(["Yes, fully", "No"]))
        #expect(!ListValidation.fitsInline((1...60).map { "Level \($0)" }))
    }
}
