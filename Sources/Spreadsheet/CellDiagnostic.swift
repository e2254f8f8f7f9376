import Foundation

/// A message about a spreadsheet file, pointing at a cell: `SHEET.xlsx:Answers!D14: error: message`.
public struct CellDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether the diagnostic is an error or a note on another.
    public enum Severity: String, Sendable, Hashable {
        case error, note
    }

    /// An error, or a note on another diagnostic.
    public var severity: Severity
    /// What is wrong and what to do: lowercase, no trailing period.
    public var message: String
    /// The file, as the user named it.
    public var file: String
    /// The sheet, when the message concerns one.
    public var sheet: String?
    /// The cell, when the message concerns one.
    public var cell: CellReference?
    /// Related places, such as the first row of a duplicated item.
    public var notes: [CellDiagnostic]

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - message: What is wrong and what to do: lowercase, no trailing period.
    ///   - file: The file, as the user named it.
    ///   - sheet: The sheet, when the message concerns one.
    ///   - cell: The cell, when the message concerns one.
    ///   - notes: Related places, such as the first row of a duplicated item.
    ///   - severity: An error, or a note on another diagnostic.
    public init(
        _ message: String, file: String, sheet: String? = nil, cell: CellReference? = nil, notes: [CellDiagnostic] = [],
        severity: Severity = .error
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.notes = notes
    }

    /// `file:Sheet!D14`, `file:Sheet` or `file`.
    public var place: String {
        guard let sheet else { return file }
        let quoted =
            sheet.contains { !($0.isLetter || $0.isNumber || $0 == "_") }
            ? "'\(sheet.replacingOccurrences(of: "'", with: "''"))'" : sheet
        return "\(file):\(quoted)" + (cell.map { "!\($0)" } ?? "")
    }

    /// The diagnostic and its notes, one per line.
    public var description: String {
        ([self] + notes).map { "\($0.place): \($0.severity.rawValue): \($0.message)" }.joined(separator: "\n")
    }
}
