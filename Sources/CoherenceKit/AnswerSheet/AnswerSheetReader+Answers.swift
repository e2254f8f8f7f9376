import Foundation
import Spreadsheet

/// Reading the answers sheet: its columns found by their headings, one row per item.
extension AnswerSheetReader {
    /// The columns the importer reads, by key, found in the heading row.
    private struct Columns {
        var headingRow: Int
        var byKey: [String: Int]

        /// Finds the heading row: the first of the top 20 rows with a cell reading `Item`.
        init?(_ sheet: ReadSheet) {
            for row in sheet.rows.prefix(20) {
                var found: [String: Int] = [:]
                for (reference, content) in sheet.cells where reference.row == row {
                    let word = content.text.lowercased().prefix { $0.isLetter }
                    if AnswerSheetLayout.answerColumns.contains(where: { $0.key == word }), found[String(word)] == nil {
                        found[String(word)] = reference.column
                    }
                }
                if found[AnswerSheetLayout.item.key] != nil {
                    headingRow = row
                    byKey = found
                    return
                }
            }
            return nil
        }
    }

    mutating func readAnswers(_ sheet: ReadSheet, framework: Framework) {
        guard let columns = Columns(sheet), let answerColumn = columns.byKey[AnswerSheetLayout.answer.key] else {
            problems.append(
                CellDiagnostic(
                    "no heading row with 'Item' and 'Answer' columns: copy the headings back from a fresh template",
                    file: file,
                    sheet: sheet.name, cell: CellReference(row: 1, column: 1)))
            return
        }
        let itemColumn = columns.byKey[AnswerSheetLayout.item.key]!
        func place(_ row: Int, _ column: Int) -> CellPlace {
            CellPlace(sheet: sheet.name, cell: CellReference(row: row, column: column))
        }
        func content(_ row: Int, _ key: String) -> (content: CellContent, place: CellPlace)? {
            guard let column = columns.byKey[key], let content = sheet[row, column],
                !content.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else { return nil }
            return (content, place(row, column))
        }
        /// `    key: "…"`, the trimmed text of the row's cell in the column `column`, when it is filled.
        func appendText(_ key: String, row: Int, column: String) {
            guard let cell = content(row, column) else { return }
            let text = cell.content.text.trimmingCharacters(in: .whitespacesAndNewlines)
            yaml.append("    \(key): \(SheetYAML.quoted(text))", from: cell.place)
        }
        let filled = [
            AnswerSheetLayout.answer, AnswerSheetLayout.reason, AnswerSheetLayout.evidence, AnswerSheetLayout.note,
            AnswerSheetLayout.respondent,
        ].map(\.key)
        var rows: [String: Int] = [:]
        for row in sheet.rows where row > columns.headingRow {
            let id = sheet[row, itemColumn]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if id.isEmpty {
                if let stray = filled.lazy.compactMap({ content(row, $0) }).first {
                    problems.append(
                        stray.place.error(
                            "row \(row) holds an answer but no item id in column \(CellReference.letters(ofColumn: itemColumn)): "
                                + "write the item id back, or clear the row", file: file))
                }
                continue
            }
            guard framework.item(id) != nil else {
                problems.append(
                    place(row, itemColumn).error(
                        "unknown item '\(id)'\(Suggestion.hint(for: id, in: framework.sortedItemIDs)): framework '\(framework.id)' "
                            + "\(framework.version) has no such item (was the Item cell changed?)", file: file))
                continue
            }
            if let first = rows[id] {
                problems.append(
                    place(row, itemColumn).error(
                        "item '\(id)' has a second row: keep one row per item, and delete the copy", file: file,
                        notes: [place(first, itemColumn).note("first row of '\(id)'", file: file)]))
                continue
            }
            rows[id] = row
        }
        missingItems(
            framework.allItems.map(\.id).filter { rows[$0] == nil }, sheet: sheet, framework: framework,
            at: place(columns.headingRow, itemColumn))
        let answered = framework.allItems.compactMap { item in rows[item.id].map { (item.id, $0) } }
            .filter { _, row in filled.contains { content(row, $0) != nil } }
        guard !answered.isEmpty else { return }
        yaml.append("answers:")
        for (id, row) in answered {
            yaml.append("  \(SheetYAML.quoted(id)):", from: place(row, itemColumn))
            guard let answer = content(row, AnswerSheetLayout.answer.key) else {
                problems.append(
                    place(row, answerColumn).error(
                        "'\(id)' has a reason, evidence, a note or a respondent but no answer: choose an answer, or clear those cells",
                        file: file))
                yaml.append("    status: unknown")
                continue
            }
            let word = answer.content.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if word == AnswerSheetLayout.notApplicable {
                yaml.append("    status: n/a", from: answer.place)
                if content(row, AnswerSheetLayout.reason.key) == nil {
                    let reasonPlace = columns.byKey[AnswerSheetLayout.reason.key].map { place(row, $0) } ?? answer.place
                    problems.append(
                        reasonPlace.error(
                            "'\(id)' is answered n/a without a reason: say why the item does not apply to the country",
                            file: file))
                }
            } else if word == AnswerSheetLayout.unknown {
                yaml.append("    status: unknown", from: answer.place)
            } else {
                yaml.append("    level: \(SheetYAML.scalar(answer.content))", from: answer.place)
            }
            appendText("reason", row: row, column: AnswerSheetLayout.reason.key)
            if let evidence = content(row, AnswerSheetLayout.evidence.key) {
                yaml.append("    evidence:", from: evidence.place)
                for line in SheetText.lines(evidence.content.text) {
                    yaml.append("      - \(SheetYAML.quoted(line))", from: evidence.place)
                }
            }
            appendText("note", row: row, column: AnswerSheetLayout.note.key)
            appendText("by", row: row, column: AnswerSheetLayout.respondent.key)
        }
    }

    /// Reports items of the framework that have no row: a few by name, many as a mismatch of versions.
    private mutating func missingItems(_ missing: [String], sheet: ReadSheet, framework: Framework, at place: CellPlace)
    {
        guard !missing.isEmpty else { return }
        if missing.count <= 5 {
            for id in missing {
                problems.append(
                    place.error(
                        "item '\(id)' of framework '\(framework.id)' \(framework.version) has no row: was it deleted? "
                            + "Copy its row back from a fresh template (`coherence template`)", file: file))
            }
        } else {
            problems.append(
                place.error(
                    "\(missing.count) items of framework '\(framework.id)' \(framework.version) have no row (\(missing.prefix(5).joined(separator: ", ")), …): "
                        + "the sheet's item list does not match the framework; answer a fresh template of this version",
                    file: file))
        }
    }
}
