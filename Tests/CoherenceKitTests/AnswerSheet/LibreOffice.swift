import Foundation
import Spreadsheet

/// LibreOffice run headless (`soffice`, Debian's libreoffice-calc-nogui, which .ci/run installs):
/// a real spreadsheet program opening, converting and saving answer sheets.
enum LibreOffice {
    /// The `soffice` found on PATH, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    static var isInstalled: Bool { executable != nil }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Converts `file` to `format` (an extension, with an optional filter such as `csv:...`) into
    /// `folder`, with a profile of its own so that conversions may run side by side; returns what it printed.
    @discardableResult
    static func convert(_ file: URL, to format: String, into folder: URL) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: try executable ?? { throw Failure(description: "soffice is not installed") }())
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", format,
            "--outdir", folder.path, file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, !printed.lowercased().contains("error") else {
            throw Failure(description: "soffice exited with \(process.terminationStatus): \(printed)")
        }
        return printed
    }
}

/// A filled sheet written as a flat OpenDocument spreadsheet (.fods), for LibreOffice to turn into
/// .xlsx itself: cells typed as a person types them (numbers as numbers, the date as a date).
struct FlatODS {
    let workbook: ReadWorkbook

    var xml: String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>"#
        for sheet in workbook.sheets {
            xml += #"<table:table table:name="\#(escape(sheet.name))">"#
            let lastRow = sheet.cells.keys.map(\.row).max() ?? 0
            let lastColumn = sheet.cells.keys.map(\.column).max() ?? 0
            for row in 1...max(1, lastRow) {
                xml += "<table:table-row>"
                for column in 1...max(1, lastColumn) {
                    xml += cell(
                        sheet[row, column],
                        isDate: sheet.name == "Profile" && column == 2 && sheet[row, 1]?.text == "date")
                }
                xml += "</table:table-row>"
            }
            xml += "</table:table>"
        }
        return xml + "</office:spreadsheet></office:body></office:document>"
    }

    private func cell(_ content: CellContent?, isDate: Bool) -> String {
        guard let content, !content.text.isEmpty else { return "<table:table-cell/>" }
        let paragraphs = content.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<text:p>\(escape(String($0)))</text:p>" }.joined()
        if isDate {
            return
                #"<table:table-cell office:value-type="date" office:date-value="\#(content.text)">\#(paragraphs)</table:table-cell>"#
        }
        if content.kind == .number {
            return
                #"<table:table-cell office:value-type="float" office:value="\#(content.text)">\#(paragraphs)</table:table-cell>"#
        }
        return #"<table:table-cell office:value-type="string">\#(paragraphs)</table:table-cell>"#
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
