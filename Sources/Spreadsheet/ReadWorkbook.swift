/// A workbook as read from a file: each sheet's name and its non-empty cells.
public struct ReadWorkbook: Sendable {
    /// The sheets, in the workbook's order.
    public var sheets: [ReadSheet]

    /// Creates a workbook of sheets.
    ///
    /// - Parameter sheets: The sheets, in the workbook's order.
    public init(sheets: [ReadSheet]) {
        self.sheets = sheets
    }

    /// The sheet named `name`, compared ignoring case as spreadsheet programs do.
    ///
    /// - Parameter name: The sheet's name, in any case.
    /// - Returns: The first sheet of that name; nil when there is none.
    public func sheet(named name: String) -> ReadSheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// One sheet as read: its cells by place.
public struct ReadSheet: Sendable {
    /// The sheet's name, as its tab shows it.
    public var name: String
    /// The non-empty cells, by place.
    public var cells: [CellReference: CellContent]

    /// Creates a sheet.
    ///
    /// - Parameters:
    ///   - name: The sheet's name, as its tab shows it.
    ///   - cells: The non-empty cells, by place.
    public init(name: String, cells: [CellReference: CellContent]) {
        self.name = name
        self.cells = cells
    }

    /// The rows that hold at least one cell, in ascending order.
    public var rows: [Int] { Set(cells.keys.map(\.row)).sorted() }

    /// The cell at `row`, `column`, if it holds anything.
    public subscript(row: Int, column: Int) -> CellContent? { cells[CellReference(row: row, column: column)] }
}

/// What a cell holds, as text, and what kind of value it was stored as.
public struct CellContent: Sendable, Equatable {
    /// How a value was stored.
    public enum Kind: Sendable, Equatable {
        case text, number, bool, error
    }

    /// The value as written: a number in its XML form (`3`, `2.5`), a boolean as `TRUE` or `FALSE`.
    public var text: String
    /// How the value was stored.
    public var kind: Kind
    /// Whether the value was computed by a formula.
    public var isFormula: Bool

    /// Creates a cell's content.
    ///
    /// - Parameters:
    ///   - text: The value as written: a number in its XML form (`3`, `2.5`), a boolean as `TRUE` or `FALSE`.
    ///   - kind: How the value was stored.
    ///   - isFormula: Whether the value was computed by a formula.
    public init(text: String, kind: Kind, isFormula: Bool = false) {
        self.text = text
        self.kind = kind
        self.isFormula = isFormula
    }
}
