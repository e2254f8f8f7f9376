/// Builds Markdown blocks separated by blank lines; callers pass text already escaped.
struct MarkdownWriter {
    private(set) var text = ""

    mutating func heading(_ level: Int, _ title: String) {
        block(String(repeating: "#", count: level) + " " + title)
    }

    mutating func paragraph(_ line: String) {
        block(line)
    }

    /// A bulleted (or numbered) list; nothing when `lines` is empty.
    mutating func list(_ lines: [String], numbered: Bool = false) {
        guard !lines.isEmpty else { return }
        block(lines.enumerated().map { (numbered ? "\($0.offset + 1). " : "- ") + $0.element }.joined(separator: "\n"))
    }

    /// A pipe table; columns whose index is in `right` are right-aligned. Empty cells print as a space.
    mutating func table(_ headers: [String], right: Set<Int>, _ rows: [[String]]) {
        // Appended into one string: no array of row strings, nor of cells per row, to join.
        var table = ""
        Self.appendRow(headers, to: &table)
        table += "\n"
        Self.appendRow(headers.indices.map { right.contains($0) ? "---:" : "---" }, to: &table)
        for row in rows {
            table += "\n"
            Self.appendRow(row, to: &table)
        }
        block(table)
    }

    /// `| a | b |`; `|  |` for no cells.
    private static func appendRow(_ cells: [String], to text: inout String) {
        guard !cells.isEmpty else {
            text += "|  |"
            return
        }
        text += "|"
        for cell in cells {
            text += " "
            text += cell.isEmpty ? " " : cell
            text += " |"
        }
    }

    private mutating func block(_ block: String) {
        if !text.isEmpty { text += "\n" }
        text += block + "\n"
    }
}
