import Foundation

/// The XML of one worksheet, its elements in the order the schema requires (Excel refuses others).
struct SheetXML {
    let sheet: Worksheet
    let isActive: Bool

    init(_ sheet: Worksheet, isActive: Bool) {
        self.sheet = sheet
        self.isActive = isActive
    }

    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="\#(XLSXWriter.mainNamespace)" xmlns:r="\#(XLSXWriter.relationshipNamespace)">"#
        let width = sheet.rows.map(\.count).max() ?? 0
        if width > 0, !sheet.rows.isEmpty {
            xml += #"<dimension ref="A1:\#(CellReference(row: sheet.rows.count, column: width))"/>"#
        }
        xml += sheetView
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, cells) in sheet.rows.enumerated() {
            let lines = cells.enumerated().map { Self.lines(of: $1, width: columnWidth($0)) }.max() ?? 1
            // Spreadsheet programs do not grow a row for wrapped text when they open a file, so
            // rows of several lines carry their height (15 points a line, at most Excel's 409).
            xml +=
                lines > 1
                ? #"<row r="\#(rowIndex + 1)" ht="\#(min(409, 15 * lines))" customHeight="1">"#
                : #"<row r="\#(rowIndex + 1)">"#
            for (columnIndex, cell) in cells.enumerated() {
                xml += Self.cell(cell, at: CellReference(row: rowIndex + 1, column: columnIndex + 1))
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.isProtected {
            // No password: the lock guards against slips, and anyone may lift it. Resizing stays allowed.
            xml += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>"#
        }
        if !sheet.validations.isEmpty {
            xml += #"<dataValidations count="\#(sheet.validations.count)">"#
            xml += sheet.validations.map(Self.validation).joined()
            xml += "</dataValidations>"
        }
        xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        return xml + "</worksheet>"
    }

    private var sheetView: String {
        var view = #"<sheetViews><sheetView workbookViewId="0""# + (isActive ? #" tabSelected="1""# : "") + ">"
        if sheet.frozenRows > 0 {
            let topLeft = CellReference(row: sheet.frozenRows + 1, column: 1)
            view +=
                #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(topLeft)" activePane="bottomLeft" state="frozen"/>"#
            view += #"<selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#
        }
        return view + "</sheetView></sheetViews>"
    }

    /// The width of column `index` (0-based) in characters.
    private func columnWidth(_ index: Int) -> Double {
        index < sheet.columnWidths.count ? sheet.columnWidths[index] : 8.43
    }

    /// About how many lines `cell` takes in a column `width` characters wide, its text wrapped.
    static func lines(of cell: Cell, width: Double) -> Int {
        guard case .text(let text) = cell.value else { return 1 }
        // Text runs about 1.2 characters to a unit of column width (the width of a digit).
        let perLine = max(1, Int(width * 1.2))
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
    }

    private static func cell(_ cell: Cell, at reference: CellReference) -> String {
        let start = #"<c r="\#(reference)" s="\#(cell.style.rawValue)""#
        switch cell.value {
        case .empty:
            return start + "/>"
        case .number(let number):
            return start + "><v>\(numberText(number))</v></c>"
        case .text(let text):
            return start + #" t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
        }
    }

    /// A number as XML writes it: whole numbers without a fraction, others in Swift's shortest form.
    static func numberText(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return number.description
    }

    private static func validation(_ validation: ListValidation) -> String {
        let list = validation.choices.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
        var xml = #"<dataValidation type="list" allowBlank="1" showInputMessage="1""#
        xml +=
            validation.isStrict
            ? #" showErrorMessage="1" errorStyle="stop" errorTitle="Not an answer" error="Choose one of the values in the list.""#
            : #" showErrorMessage="0""#
        if let prompt = validation.prompt {
            xml += #" prompt="\#(XMLText.escape(String(prompt.prefix(255))))""#
        }
        xml += #" sqref="\#(validation.cells.joined(separator: " "))">"#
        return xml + "<formula1>\(XMLText.escape(validation.range ?? "\"" + list + "\""))</formula1></dataValidation>"
    }
}
