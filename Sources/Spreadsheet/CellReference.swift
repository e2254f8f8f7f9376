/// A cell's place: 1-based row and column, written `D14`.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The row, from 1.
    public var row: Int
    /// The column, from 1 (`A`).
    public var column: Int

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - row: The row, from 1.
    ///   - column: The column, from 1 (`A`).
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The largest row and column a spreadsheet has (Excel's limits).
    public static let maxRow = 1_048_576
    /// The largest column, `XFD`.
    public static let maxColumn = 16_384

    /// Parses `D14` (letters then digits, within the limits); nil for anything else.
    ///
    /// - Parameter text: A reference such as `D14`, letters in upper case.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                guard column <= Self.maxColumn else { return nil }
            case "0"..."9" where column > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                guard row <= Self.maxRow else { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    ///
    /// - Parameter column: A column number, from 1.
    /// - Returns: The column's name as spreadsheet programs write it.
    public static func letters(ofColumn column: Int) -> String {
        var column = column
        var letters: [Character] = []
        while column > 0 {
            let remainder = (column - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            column = (column - 1) / 26
        }
        return String(letters.reversed())
    }

    public var description: String { Self.letters(ofColumn: column) + String(row) }

    /// Orders references row by row.
    ///
    /// - Parameters:
    ///   - a: A reference.
    ///   - b: Another reference.
    /// - Returns: Whether `a` comes first in reading order: by row, then by column.
    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}
