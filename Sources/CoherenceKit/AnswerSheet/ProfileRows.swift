import Foundation
import Spreadsheet

/// The rows of an answer sheet's profile sheet by the key in their first column, with their values
/// from the second: the assessment header, the respondents and the profile fields.
struct ProfileRows {
    /// A value read from the sheet and where it was.
    struct Value {
        var content: CellContent
        var place: CellPlace
        /// The text without surrounding spaces.
        var text: String { content.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// A respondent written `id=Name` (or only `id`).
    struct RespondentEntry {
        var id: String
        var name: String
        var place: CellPlace
    }

    private var rows: [String: Int] = [:]
    private let sheet: ReadSheet
    private let file: String
    private(set) var respondents: [RespondentEntry] = []
    private(set) var problems: [CellDiagnostic] = []

    init(_ sheet: ReadSheet, file: String) {
        self.sheet = sheet
        self.file = file
        for row in sheet.rows {
            guard let key = sheet[row, 1]?.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(),
                !key.isEmpty
            else { continue }
            if key == AnswerSheetLayout.HeaderKey.respondent.rawValue {
                if let value = value(atRow: row) { respondents.append(Self.respondent(value)) }
                continue
            }
            if let first = rows[key] {
                let place = CellPlace(sheet: sheet.name, cell: CellReference(row: row, column: 1))
                problems.append(
                    place.error(
                        "'\(key)' appears twice: keep one row for it", file: file,
                        notes: [
                            CellPlace(sheet: sheet.name, cell: CellReference(row: first, column: 1)).note(
                                "first row of '\(key)'", file: file)
                        ]))
                continue
            }
            rows[key] = row
        }
    }

    /// The non-empty value of the row keyed `key` (keys compare ignoring case).
    func value(_ key: String) -> Value? {
        rows[key.lowercased()].flatMap(value(atRow:))
    }

    /// The value of the row keyed `key`, or nil with a problem saying the row or its value is missing.
    func required(_ key: String, into problems: inout [CellDiagnostic]) -> Value? {
        guard let row = rows[key.lowercased()] else {
            problems.append(
                CellDiagnostic(
                    "no row '\(key)' in column A: copy it back from a fresh template (`coherence template`)",
                    file: file, sheet: sheet.name,
                    cell: CellReference(row: 1, column: 1)))
            return nil
        }
        guard let value = value(atRow: row) else {
            problems.append(
                CellPlace(sheet: sheet.name, cell: CellReference(row: row, column: 2)).error(
                    "'\(key)' is empty: fill it in", file: file))
            return nil
        }
        return value
    }

    private func value(atRow row: Int) -> Value? {
        guard let content = sheet[row, 2], !content.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return nil
        }
        return Value(content: content, place: CellPlace(sheet: sheet.name, cell: CellReference(row: row, column: 2)))
    }

    private static func respondent(_ value: Value) -> RespondentEntry {
        let parts = value.text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let id = parts.first ?? ""
        return RespondentEntry(id: id, name: parts.count > 1 && !parts[1].isEmpty ? parts[1] : id, place: value.place)
    }
}
