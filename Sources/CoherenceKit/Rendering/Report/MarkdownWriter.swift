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
        var lines = [row(headers)]
        lines.append(row(headers.indices.map { right.contains($0) ? "---:" : "---" }))
        lines += rows.map(row)
        block(lines.joined(separator: "\n"))
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
    }

    private mutating func block(_ block: String) {
        if !text.isEmpty { text += "\n" }
        text += block + "\n"
    }
}
