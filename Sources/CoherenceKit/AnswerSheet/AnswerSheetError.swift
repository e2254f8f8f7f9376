public import Spreadsheet

/// Why an answer sheet could not be imported; the command line maps each case to its exit code.
public enum AnswerSheetError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read (missing, or an I/O failure).
    case input(InputError)
    /// The file was read and is not an answer sheet that imports: every problem found, by cell.
    case invalid([CellDiagnostic])

    public var description: String {
        switch self {
        case .input(let error): error.description
        case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
