import Foundation
import Spreadsheet
import YAML

/// The assessment file an answer sheet stands for, written line by line with the cell each line
/// came from, so that the assessment loader's diagnostics (`file:line:column`) can be told by cell.
struct SheetYAML {
    private(set) var lines: [String] = []
    /// The cell each line came from, by 1-based line number.
    private var origins: [Int: CellPlace] = [:]

    /// Appends `line`, read from `place` when it came from a cell.
    mutating func append(_ line: String, from place: CellPlace? = nil) {
        lines.append(line)
        if let place { origins[lines.count] = place }
    }

    /// The line number the next `append` writes.
    var nextLine: Int { lines.count + 1 }

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// `diagnostic` told by cell: at the cell its line came from, or at the sheet file when the line
    /// came from none. Notes in other files (a framework) keep their `file:line:column`.
    func cellDiagnostic(_ diagnostic: Diagnostic, file: String) -> CellDiagnostic {
        let severity: CellDiagnostic.Severity = diagnostic.severity == .note ? .note : .error
        let notes = diagnostic.notes.map { cellDiagnostic($0, file: file) }
        guard diagnostic.location.file == file else {
            return CellDiagnostic(
                diagnostic.message, file: diagnostic.location.description, notes: notes, severity: severity)
        }
        let place = origins[diagnostic.location.line]
        return CellDiagnostic(
            diagnostic.message, file: file, sheet: place?.sheet, cell: place?.cell, notes: notes, severity: severity)
    }

    /// A scalar that reads back as the text `text`.
    static func quoted(_ text: String) -> String { YAMLWriter.doubleQuoted(text) }

    /// A cell's value as a YAML scalar of the type it holds: numbers and booleans as such, text quoted,
    /// except text that is a number, which a spreadsheet program may keep as text ("3" in a text cell).
    static func scalar(_ content: CellContent) -> String {
        let trimmed = content.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch content.kind {
        case .number where Double(trimmed)?.isFinite == true: return trimmed
        case .bool: return trimmed == "TRUE" ? "true" : "false"
        case .text where Double(trimmed)?.isFinite == true && !trimmed.contains(where: { $0.isLetter }): return trimmed
        default: return quoted(trimmed)
        }
    }
}
