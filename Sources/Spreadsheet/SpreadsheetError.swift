/// Why a spreadsheet could not be read or written; `description` says what is wrong and what to do.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a spreadsheet this reader understands (not a zip, a part missing, bad XML).
    case unreadable(String)
    /// The file breaks a limit or holds something refused on principle (a DTD, a path out of the archive).
    case refused(String)
    /// The workbook could not be written.
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): "not a readable .xlsx spreadsheet: \(reason)"
        case .refused(let reason): "refused: \(reason)"
        case .cannotWrite(let reason): "cannot write the spreadsheet: \(reason)"
        }
    }
}

/// Bounds on what reading a spreadsheet may cost, so a hostile file is refused rather than obeyed.
public struct SpreadsheetLimits: Sendable {
    /// The largest `.xlsx` file, and the most its parts may hold once uncompressed, together (16 MiB).
    public var maxBytes: Int
    /// The most entries the archive may list.
    public var maxEntries: Int
    /// The most XML elements one part may hold.
    public var maxElements: Int
    /// The most non-empty cells one sheet may hold.
    public var maxCells: Int

    /// Creates limits; the defaults are those of DESIGN.md §9.
    ///
    /// - Parameters:
    ///   - maxBytes: The largest `.xlsx` file, and the most its parts may hold once uncompressed, together.
    ///   - maxEntries: The most entries the archive may list.
    ///   - maxElements: The most XML elements one part may hold.
    ///   - maxCells: The most non-empty cells one sheet may hold.
    public init(
        maxBytes: Int = 16 << 20, maxEntries: Int = 1_000, maxElements: Int = 1_000_000, maxCells: Int = 200_000
    ) {
        self.maxBytes = maxBytes
        self.maxEntries = maxEntries
        self.maxElements = maxElements
        self.maxCells = maxCells
    }

    /// The limits of DESIGN.md §9.
    public static let `default` = SpreadsheetLimits()
}
