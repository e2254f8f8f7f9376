/// The cells of one worksheet part, each resolved to its text and kind.
struct SheetCells {
    private(set) var cells: [CellReference: CellContent] = [:]

    init(
        _ worksheet: XMLTree, sharedStrings: [String], limits: SpreadsheetLimits, name: String
    ) throws(SpreadsheetError) {
        var rowNumber = 0
        for row in worksheet.child("sheetData")?.children("row") ?? [] {
            // A row without `r` follows the one before it.
            rowNumber = row.attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            guard (1...CellReference.maxRow).contains(rowNumber) else {
                throw .unreadable("sheet '\(name)' has a row numbered \(row.attributes["r"] ?? "?")")
            }
            var column = 0
            for cell in row.children("c") {
                if let reference = cell.attributes["r"] {
                    guard let parsed = CellReference(reference), parsed.row == rowNumber else {
                        throw .unreadable(
                            "sheet '\(name)' has a cell with a bad reference '\(reference)' in row \(rowNumber)")
                    }
                    column = parsed.column
                } else {
                    column += 1
                }
                guard let content = try Self.content(of: cell, sharedStrings: sharedStrings, sheet: name) else {
                    continue
                }
                guard cells.count < limits.maxCells else {
                    throw .refused("sheet '\(name)' holds more than \(limits.maxCells) cells")
                }
                cells[CellReference(row: rowNumber, column: column)] = content
            }
        }
    }

    /// A cell's value by its type attribute; nil when it holds nothing (a styled empty cell).
    private static func content(
        of cell: XMLTree, sharedStrings: [String], sheet: String
    ) throws(SpreadsheetError) -> CellContent? {
        let isFormula = cell.child("f") != nil
        let value = cell.child("v")?.text
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let value else { return nil }
            guard let index = Int(value.trimmingSpaces), sharedStrings.indices.contains(index) else {
                throw .unreadable("sheet '\(sheet)' refers to shared string '\(value)', which the file does not hold")
            }
            return CellContent(text: sharedStrings[index], kind: .text, isFormula: isFormula)
        case "inlineStr":
            guard let item = cell.child("is") else {
                return value.map { CellContent(text: $0, kind: .text, isFormula: isFormula) }
            }
            return CellContent(text: XLSXReader.richText(item), kind: .text, isFormula: isFormula)
        case "str":
            return value.map { CellContent(text: $0, kind: .text, isFormula: isFormula) }
        case "b":
            return value.map {
                CellContent(text: $0.trimmingSpaces == "1" ? "TRUE" : "FALSE", kind: .bool, isFormula: isFormula)
            }
        case "e":
            return value.map { CellContent(text: $0, kind: .error, isFormula: isFormula) }
        default:
            guard let value, !value.trimmingSpaces.isEmpty else { return nil }
            return CellContent(text: value.trimmingSpaces, kind: .number, isFormula: isFormula)
        }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
