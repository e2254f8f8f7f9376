/// A workbook to write: sheets of cells with a fixed set of styles, column widths, a frozen header,
/// drop-down lists and sheet protection. Only what answer sheets and report tables need.
public struct Workbook: Sendable, Equatable {
    /// The sheets, in tab order.
    public var sheets: [Worksheet]
    /// The position of the sheet shown when the file opens.
    public var activeSheet: Int

    /// Creates a workbook.
    ///
    /// - Parameters:
    ///   - sheets: The sheets, in tab order.
    ///   - activeSheet: The position of the sheet shown when the file opens.
    public init(sheets: [Worksheet], activeSheet: Int = 0) {
        self.sheets = sheets
        self.activeSheet = activeSheet
    }
}

/// One sheet of a workbook: rows from the top, each a list of cells from column A.
public struct Worksheet: Sendable, Equatable {
    /// The sheet's name on its tab.
    public var name: String
    /// The rows from the top, each a list of cells from column A.
    public var rows: [[Cell]]
    /// Column widths in characters, from column A; columns past the end keep the default width.
    public var columnWidths: [Double]
    /// How many rows at the top stay in view when scrolling.
    public var frozenRows: Int
    /// Whether locked cells are protected (without a password): people can type only in open cells.
    public var isProtected: Bool
    /// Whether the sheet's tab is hidden, as for a sheet that holds long drop-down lists.
    public var isHidden: Bool
    /// The sheet's drop-down lists.
    public var validations: [ListValidation]

    /// Creates a sheet.
    ///
    /// - Parameters:
    ///   - name: The sheet's name on its tab.
    ///   - rows: The rows from the top, each a list of cells from column A.
    ///   - columnWidths: Column widths in characters, from column A; columns past the end keep the default width.
    ///   - frozenRows: How many rows at the top stay in view when scrolling.
    ///   - isProtected: Whether locked cells are protected (without a password): people can type only in open cells.
    ///   - isHidden: Whether the sheet's tab is hidden, as for a sheet that holds long drop-down lists.
    ///   - validations: The sheet's drop-down lists.
    public init(
        name: String, rows: [[Cell]] = [], columnWidths: [Double] = [], frozenRows: Int = 0, isProtected: Bool = false,
        isHidden: Bool = false, validations: [ListValidation] = []
    ) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.isProtected = isProtected
        self.isHidden = isHidden
        self.validations = validations
    }
}

/// A cell to write: its value and its style.
public struct Cell: Sendable, Equatable {
    /// A cell's value.
    public enum Value: Sendable, Equatable {
        case empty
        case text(String)
        case number(Double)
    }

    /// The cell's value.
    public var value: Value
    /// The cell's style.
    public var style: CellStyle

    /// Creates a cell.
    ///
    /// - Parameters:
    ///   - value: The cell's value.
    ///   - style: The cell's style.
    public init(_ value: Value, style: CellStyle = .text) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - style: The cell's style.
    /// - Returns: The cell.
    public static func text(_ text: String, _ style: CellStyle = .text) -> Cell { Cell(.text(text), style: style) }

    /// A number cell.
    ///
    /// - Parameters:
    ///   - number: The number, written unrounded.
    ///   - style: The cell's style.
    /// - Returns: The cell.
    public static func number(_ number: Double, _ style: CellStyle = .text) -> Cell {
        Cell(.number(number), style: style)
    }

    /// An empty cell.
    ///
    /// - Parameter style: The cell's style, such as ``CellStyle/input`` for a cell to fill in.
    /// - Returns: The cell.
    public static func empty(_ style: CellStyle = .text) -> Cell { Cell(.empty, style: style) }
}

/// The styles a cell can have; each is one entry of the workbook's style sheet.
public enum CellStyle: Int, Sendable, CaseIterable {
    /// Locked, wrapped text aligned to the top.
    case text = 1
    /// A column heading: bold on grey, locked.
    case header
    /// A cell to fill in: unlocked, on a pale yellow fill.
    case input
    /// A section heading row: bold on pale blue, locked.
    case section
    /// A remark, such as an item that does not apply: grey italics, locked.
    case remark
    /// A title: bold and larger, locked.
    case title
}

/// A drop-down list on a set of cells.
public struct ListValidation: Sendable, Equatable {
    /// The cells, as references such as `E3` or ranges such as `E3:E9`.
    public var cells: [String]
    /// The choices the list offers, in order.
    public var choices: [String]
    /// Whether a value outside the list is refused (else the list only offers choices).
    public var isStrict: Bool
    /// Shown when the cell is selected.
    public var prompt: String?
    /// Where the writer put the choices when they do not fit in the cell rule: a range of a hidden sheet.
    var range: String?

    /// Creates a drop-down list.
    ///
    /// - Parameters:
    ///   - cells: The cells, as references such as `E3` or ranges such as `E3:E9`.
    ///   - choices: The choices the list offers, in order.
    ///   - isStrict: Whether a value outside the list is refused (else the list only offers choices).
    ///   - prompt: Shown when the cell is selected.
    public init(cells: [String], choices: [String], isStrict: Bool = true, prompt: String? = nil) {
        self.cells = cells
        self.choices = choices
        self.isStrict = isStrict
        self.prompt = prompt
    }
}

extension ListValidation {
    /// Whether `choices` can be written in the cell rule itself: spreadsheet programs allow 255
    /// characters there, and a comma would split a choice in two.
    ///
    /// - Parameter choices: A list's choices.
    /// - Returns: Whether they fit in the cell rule; when not, the writer puts them on a hidden sheet.
    public static func fitsInline(_ choices: [String]) -> Bool {
        !choices.contains { $0.contains(",") } && choices.joined(separator: ",").count + 2 <= 255
    }
}
