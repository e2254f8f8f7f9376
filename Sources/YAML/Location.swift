/// A place in a source file: 1-based line and column, columns counted in characters.
///
/// Every node of a parsed tree has one. It carries its file's name itself, so a location stays
/// valid and self-contained for as long as it lives, and nothing outlives the tree it belongs to.
public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The name of the file, as it was given to the parser (usually a path).
    public var file: String
    public var line: Int
    public var column: Int

    /// A location at `line` and `column`, both 1-based, in the file named `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals link to.
    public var description: String { "\(file):\(line):\(column)" }

    /// Locations in order of file name, then line, then column.
    public static func < (a: Location, b: Location) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
