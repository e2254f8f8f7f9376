import Foundation
import Spreadsheet
import ZIPFoundation

/// Writes sheets the way Excel and LibreOffice save them, unlike the template's writer: every text in
/// a shared-string table, its own style sheet, document properties, a formula in a cell of its own,
/// and optionally a sheet the user added. What `coherence import` must read as the same answers.
struct ProgramWriter {
    let workbook: ReadWorkbook
    let extraSheet: Bool

    func data() throws -> Data {
        var strings: [String] = []
        var stringIndex: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let index = stringIndex[text] { return index }
            strings.append(text)
            stringIndex[text] = strings.count - 1
            return strings.count - 1
        }
        var sheets = workbook.sheets
        if extraSheet {
            sheets.insert(
                ReadSheet(
                    name: "My notes",
                    cells: [CellReference(row: 1, column: 1): CellContent(text: "to ask the minister", kind: .text)]),
                at: 0)
        }
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            var xml =
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>"#
            let rows = Dictionary(grouping: sheet.cells, by: { $0.key.row })
            for row in rows.keys.sorted() {
                xml += #"<row r="\#(row)" spans="1:12">"#
                for (reference, content) in rows[row]!.sorted(by: { $0.key.column < $1.key.column }) {
                    switch content.kind {
                    case .number: xml += #"<c r="\#(reference)" s="1"><v>\#(content.text)</v></c>"#
                    default: xml += #"<c r="\#(reference)" s="2" t="s"><v>\#(shared(content.text))</v></c>"#
                    }
                }
                if row == 1 {
                    // A formula in a cell nobody reads, as people leave sums and counts about.
                    xml += #"<c r="Z1" s="1"><f>COUNTA(A:A)</f><v>42</v></c>"#
                }
                xml += "</row>"
            }
            xml += "</sheetData></worksheet>"
            parts.append(("xl/worksheets/sheet\(index + 1).xml", xml))
        }
        let sst = strings.map { text in
            #"<si><t xml:space="preserve">\#(escape(text))</t></si>"#
        }.joined()
        parts.append(
            (
                "xl/sharedStrings.xml",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">\#(sst)</sst>"#
            ))
        let sheetEntries = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(escape(sheet.name))" sheetId="\#(index + 7)" r:id="rId\#(index + 3)"/>"#
        }.joined()
        parts.append(
            (
                "xl/workbook.xml",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetEntries)</sheets></workbook>"#
            ))
        let relationships =
            sheets.indices.map {
                #"<Relationship Id="rId\#($0 + 3)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet\#($0 + 1).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships)</Relationships>"#
            ))
        parts.append(
            (
                "xl/styles.xml",
                #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="3"><xf fontId="0" fillId="0" borderId="0"/><xf fontId="0" fillId="0" borderId="0"/><xf fontId="0" fillId="0" borderId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>"#
            ))
        parts.append(
            (
                "_rels/.rels",
                #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
            ))
        parts.append(
            (
                "docProps/core.xml",
                #"<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ministry of Labour</dc:creator></cp:coreProperties>"#
            ))
        let overrides =
            [
                ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                (
                    "/xl/sharedStrings.xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
                ),
                ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ]
            + sheets.indices.map {
                (
                    "/xl/worksheets/sheet\($0 + 1).xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
                )
            }
        let types = overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
        parts.append(
            (
                "[Content_Types].xml",
                #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>\#(types)</Types>"#
            ))
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
