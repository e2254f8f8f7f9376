public import Foundation

/// Reads the sheets of an `.xlsx` file, as Excel, LibreOffice or this package wrote them: shared or
/// inline strings, any styles, formulas (their last computed value), rows and cells with or without
/// explicit references. Hostile files are refused within `SpreadsheetLimits`.
public struct XLSXReader {
    private var archive: XLSXArchive
    private let limits: SpreadsheetLimits

    /// Reads every sheet of the workbook in `data`.
    ///
    /// - Parameters:
    ///   - data: The bytes of an `.xlsx` file.
    ///   - limits: Bounds on size, entries, elements and cells (DESIGN.md §9).
    /// - Returns: Each sheet with its non-empty cells, formulas by their last computed value.
    /// - Throws: ``SpreadsheetError/unreadable(_:)`` when the file is not a spreadsheet this reader understands;
    ///   ``SpreadsheetError/refused(_:)`` when it breaks a limit or holds a DTD or a path out of the archive.
    public static func read(_ data: Data, limits: SpreadsheetLimits = .default) throws(SpreadsheetError) -> ReadWorkbook
    {
        var reader = XLSXReader(archive: try XLSXArchive(data, limits: limits), limits: limits)
        return try reader.workbook()
    }

    private init(archive: XLSXArchive, limits: SpreadsheetLimits) {
        self.archive = archive
        self.limits = limits
    }

    private mutating func workbook() throws(SpreadsheetError) -> ReadWorkbook {
        let workbookPath =
            try relationships(of: "")
            .first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbook = try xml(workbookPath, required: true)!
        let related = try relationships(of: workbookPath)
        let strings =
            try related.first { $0.type.hasSuffix("/sharedStrings") }
            .map { relationship throws(SpreadsheetError) in try sharedStrings(relationship.target) } ?? []
        var sheets: [ReadSheet] = []
        for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
            guard let name = sheet.attributes["name"] else { continue }
            let id = sheet.attributes["id"]
            guard let target = related.first(where: { $0.id == id })?.target else {
                throw .unreadable("sheet '\(name)' points to no part of the archive")
            }
            guard let tree = try xml(target, required: false) else {
                // A chart sheet or a dialog sheet has no cells to read.
                continue
            }
            sheets.append(
                ReadSheet(
                    name: name, cells: try SheetCells(tree, sharedStrings: strings, limits: limits, name: name).cells))
        }
        guard !sheets.isEmpty else { throw .unreadable("the workbook has no sheets") }
        return ReadWorkbook(sheets: sheets)
    }

    /// A relationship of an OPC part: its id, its type (a URI) and the path of the part it points to.
    private struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of the part at `path` ("" for the package), with targets resolved to archive paths.
    private mutating func relationships(of path: String) throws(SpreadsheetError) -> [Relationship] {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let tree = try xml(relsPath, required: false) else { return [] }
        return tree.children("Relationship").compactMap { element in
            guard let id = element.attributes["Id"], let type = element.attributes["Type"],
                let target = element.attributes["Target"], element.attributes["TargetMode"] != "External"
            else { return nil }
            let resolved =
                target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? "" : folder + "/") + target
            return Relationship(id: id, type: type, target: resolved)
        }
    }

    /// The shared-string table: each entry's text, rich-text runs joined, phonetic guides left out.
    private mutating func sharedStrings(_ path: String) throws(SpreadsheetError) -> [String] {
        guard let tree = try xml(path, required: false) else { return [] }
        return tree.children("si").map(Self.richText)
    }

    /// The text of a string item (`si` or `is`): its `t`, or its runs' `t`s in order.
    static func richText(_ item: XMLTree) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    private mutating func xml(_ path: String, required: Bool) throws(SpreadsheetError) -> XMLTree? {
        guard let data = try archive.part(path) else {
            if required { throw .unreadable("the archive has no part '\(path)'") }
            return nil
        }
        return try XMLTree.parse(data, part: path, maxElements: limits.maxElements)
    }
}
