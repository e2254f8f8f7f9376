public import Foundation
import ZIPFoundation

/// Writes a workbook as an Office Open XML spreadsheet (`.xlsx`): the XML parts written here, zipped
/// by ZIPFoundation. The same workbook always gives the same bytes (the entries carry a fixed date).
public enum XLSXWriter {
    /// The `.xlsx` file's bytes.
    ///
    /// - Parameter workbook: The workbook to write.
    /// - Returns: The bytes, the same for the same workbook.
    /// - Throws: ``SpreadsheetError/cannotWrite(_:)`` when the archive cannot be made.
    public static func data(_ workbook: Workbook) throws(SpreadsheetError) -> Data {
        let workbook = placingLongLists(workbook)
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count)),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbookXML(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: workbook.sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(
                ("xl/worksheets/sheet\(index + 1).xml", SheetXML(sheet, isActive: index == workbook.activeSheet).xml))
        }
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw SpreadsheetError.cannotWrite("the archive has no data") }
            return data
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw .cannotWrite(String(describing: error))
        }
    }

    /// `workbook` with every drop-down list that does not fit in its cell rule (255 characters, no
    /// commas) written in a column of a hidden, locked sheet of lists, which the rule points to.
    static func placingLongLists(_ workbook: Workbook) -> Workbook {
        var workbook = workbook
        var name = "Lists"
        while workbook.sheets.contains(where: { $0.name.lowercased() == name.lowercased() }) { name += "_" }
        var columns: [[String]] = []
        for sheet in workbook.sheets.indices {
            for index in workbook.sheets[sheet].validations.indices {
                let choices = workbook.sheets[sheet].validations[index].choices
                guard !choices.isEmpty, !ListValidation.fitsInline(choices) else { continue }
                if !columns.contains(choices) { columns.append(choices) }
                let letters = CellReference.letters(ofColumn: columns.firstIndex(of: choices)! + 1)
                workbook.sheets[sheet].validations[index].range = "'\(name)'!$\(letters)$1:$\(letters)$\(choices.count)"
            }
        }
        guard !columns.isEmpty else { return workbook }
        let rows = (0..<(columns.map(\.count).max() ?? 0)).map { row in
            columns.map { row < $0.count ? Cell.text($0[row]) : Cell.empty() }
        }
        workbook.sheets.append(Worksheet(name: name, rows: rows, isProtected: true, isHidden: true))
        return workbook
    }

    /// 1 January 2000, 00:00 UTC: entries carry no time of writing, so outputs are reproducible.
    private static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    private static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + sheets.joined() + "</Types>"
    }

    private static let packageRelationships =
        declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbookXML(_ workbook: Workbook) -> String {
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(XMLText.escape(sheet.name))" sheetId="\#(index + 1)""#
                + (sheet.isHidden ? #" state="hidden""# : "") + #" r:id="rId\#(index + 1)"/>"#
        }
        return declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
            + #"<bookViews><workbookView activeTab="\#(workbook.activeSheet)"/></bookViews>"#
            + "<sheets>" + sheets.joined() + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var relationships = (0..<sheetCount).map { index in
            #"<Relationship Id="rId\#(index + 1)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        relationships.append(
            #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#)
        return declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + relationships.joined() + "</Relationships>"
    }

    /// The style sheet: entry 0 is the default, then one entry per `CellStyle` in order of raw value.
    private static let styles =
        declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="4">"#
        + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><i/><sz val="11"/><color rgb="FF666666"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>"#
        + "</fonts>"
        + #"<fills count="5">"#
        + #"<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF9DB"/><bgColor indexed="64"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>"#
        + "</fills>"
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right>"#
        + #"<top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>"#
        + "</borders>"
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="\#(CellStyle.allCases.count + 1)">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + CellStyle.allCases.map(xf).joined()
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    /// The `xf` entry of a style: which font, fill and border it uses, wrapping, and locking.
    private static func xf(_ style: CellStyle) -> String {
        let (font, fill, border): (Int, Int, Int) =
            switch style {
            case .text: (0, 0, 1)
            case .header: (1, 2, 1)
            case .input: (0, 3, 1)
            case .section: (1, 4, 1)
            case .remark: (2, 0, 1)
            case .title: (3, 0, 0)
            }
        // Cells to fill in hold text ("@"), so a typed "2026-10-14" or "1/2" stays as written.
        let (locked, format) = style == .input ? ("0", "49") : ("1", "0")
        return
            #"<xf numFmtId="\#(format)" fontId="\#(font)" fillId="\#(fill)" borderId="\#(border)" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1">"#
            + #"<alignment vertical="top" wrapText="1"/><protection locked="\#(locked)"/></xf>"#
    }
}
