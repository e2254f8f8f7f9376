import Foundation
import Spreadsheet
import Testing

@testable import CoherenceKit

/// An answer sheet as a person leaves it: the template's cells read back, edited cell by cell, and
/// written out again the way a spreadsheet program saves (see `ProgramWriter`).
struct FilledSheet {
    var workbook: ReadWorkbook

    init(template: Data) throws {
        workbook = try XLSXReader.read(template)
    }

    /// The template of `framework` filled with `assessment`'s header, profile and answers, as a
    /// ministry would fill it: labels chosen from the drop-down, evidence one per line.
    init(template: Data, filledWith assessment: Assessment, framework: Framework) throws {
        try self.init(template: template)
        let header: [(String, String)] = [
            ("country", assessment.country.code), ("country_name", assessment.country.name),
            ("period", assessment.period),
            ("date", assessment.date ?? ""), ("status", assessment.status.rawValue),
        ]
        for (key, value) in header { setProfile(key, .text(value)) }
        for (id, value) in assessment.profile {
            let text: String =
                switch value {
                case .bool(let b): b ? "true" : "false"
                case .number(let n): LevelText.format(n)
                case .string(let s): s
                case .list(let items): items.joined(separator: "\n")
                }
            setProfile("profile.\(id)", .text(text))
        }
        // The respondent rows: as many as the assessment lists.
        let respondentRows = rows(in: "Profile") { $0[1]?.text == "respondent" }
        for (index, respondent) in assessment.respondents.enumerated() {
            let row = index < respondentRows.count ? respondentRows[index] : appendRow(in: "Profile")
            set("Profile", row, 1, .text("respondent"))
            set("Profile", row, 2, .text("\(respondent.id)=\(respondent.name)"))
        }
        for answer in assessment.answers {
            let item = try #require(framework.item(answer.item))
            let row = try #require(itemRow(answer.item))
            switch answer.response {
            case .level(let value):
                if let level = framework.scale(of: item).level(valued: value) {
                    set("Answers", row, 5, .text(level.label))
                } else {
                    set("Answers", row, 5, .number(value))
                }
            case .notApplicable(let reason):
                set("Answers", row, 5, .text("n/a"))
                if let reason { set("Answers", row, 6, .text(reason)) }
            case .unknown:
                set("Answers", row, 5, .text("unknown"))
            }
            if !answer.evidence.isEmpty { set("Answers", row, 7, .text(answer.evidence.joined(separator: "\n"))) }
            if let note = answer.note { set("Answers", row, 8, .text(note)) }
            if let by = answer.by { set("Answers", row, 9, .text(by)) }
        }
    }

    enum Value {
        case text(String)
        case number(Double)
    }

    /// Sets (or, with nil, clears) the cell at `row`, `column` of sheet `sheet`.
    mutating func set(_ sheet: String, _ row: Int, _ column: Int, _ value: Value?) {
        let index = workbook.sheets.firstIndex { $0.name == sheet }!
        let reference = CellReference(row: row, column: column)
        switch value {
        case .text(let text)?: workbook.sheets[index].cells[reference] = CellContent(text: text, kind: .text)
        case .number(let number)?:
            workbook.sheets[index].cells[reference] = CellContent(text: LevelText.format(number), kind: .number)
        case nil: workbook.sheets[index].cells[reference] = nil
        }
    }

    /// Sets the value (column B) of the profile row keyed `key`.
    mutating func setProfile(_ key: String, _ value: Value) {
        guard let row = rows(in: "Profile", where: { $0[1]?.text == key }).first else { return }
        set("Profile", row, 2, value)
    }

    /// The row of item `id` on the answers sheet.
    func itemRow(_ id: String) -> Int? {
        rows(in: "Answers") { $0[1]?.text == id }.first
    }

    /// The rows of `sheet` whose cells (by column) satisfy `test`.
    func rows(in sheet: String, where test: ([Int: CellContent]) -> Bool) -> [Int] {
        let cells = workbook.sheet(named: sheet)!.cells
        var byRow: [Int: [Int: CellContent]] = [:]
        for (reference, content) in cells { byRow[reference.row, default: [:]][reference.column] = content }
        return byRow.keys.sorted().filter { test(byRow[$0]!) }
    }

    /// A new row at the bottom of `sheet`.
    func appendRow(in sheet: String) -> Int {
        (workbook.sheet(named: sheet)!.cells.keys.map(\.row).max() ?? 0) + 1
    }

    /// Moves every row of `sheet` below the heading to another place (reversing their order).
    mutating func reverseRows(in sheet: String) {
        let index = workbook.sheets.firstIndex { $0.name == sheet }!
        let last = workbook.sheets[index].cells.keys.map(\.row).max() ?? 1
        var moved: [CellReference: CellContent] = [:]
        for (reference, content) in workbook.sheets[index].cells {
            let row = reference.row == 1 ? 1 : last + 2 - reference.row
            moved[CellReference(row: row, column: reference.column)] = content
        }
        workbook.sheets[index].cells = moved
    }

    /// Inserts an empty column before `column` of `sheet`, headed `heading`, as a person adds one.
    mutating func insertColumn(_ column: Int, in sheet: String, heading: String) {
        let index = workbook.sheets.firstIndex { $0.name == sheet }!
        var shifted: [CellReference: CellContent] = [:]
        for (reference, content) in workbook.sheets[index].cells {
            let moved = reference.column >= column ? reference.column + 1 : reference.column
            shifted[CellReference(row: reference.row, column: moved)] = content
        }
        shifted[CellReference(row: 1, column: column)] = CellContent(text: heading, kind: .text)
        workbook.sheets[index].cells = shifted
    }

    mutating func renameSheet(_ name: String, to newName: String) {
        let index = workbook.sheets.firstIndex { $0.name == name }!
        workbook.sheets[index].name = newName
    }

    /// The sheet saved as a spreadsheet program saves it.
    func xlsx(extraSheet: Bool = false) throws -> Data {
        try ProgramWriter(workbook: workbook, extraSheet: extraSheet).data()
    }
}
