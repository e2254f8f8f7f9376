import Spreadsheet

/// A cell of a named sheet: where a value read from an answer sheet came from.
struct CellPlace: Sendable, Hashable {
    var sheet: String
    var cell: CellReference

    /// An error at this cell of `file`.
    func error(_ message: String, file: String, notes: [CellDiagnostic] = []) -> CellDiagnostic {
        CellDiagnostic(message, file: file, sheet: sheet, cell: cell, notes: notes)
    }

    func note(_ message: String, file: String) -> CellDiagnostic {
        CellDiagnostic(message, file: file, sheet: sheet, cell: cell, severity: .note)
    }
}
