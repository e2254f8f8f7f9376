/// Describes a character offset in an expression for a message: `column 14`, or
/// `line 2, column 3` when the expression spans several lines.
enum SourcePosition {
    static func describe(_ offset: Int, in source: String) -> String {
        var line = 1
        var column = 1
        for (i, c) in source.enumerated() {
            if i == offset { break }
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return line == 1 ? "column \(column)" : "line \(line), column \(column)"
    }
}
