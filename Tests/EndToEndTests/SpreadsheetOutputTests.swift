import Foundation
import TestSupport
import Testing

/// `report` and `compare` write spreadsheets on request, beside their other formats.
@Suite struct SpreadsheetOutputTests {
    @Test func reportWritesAnXlsxBesideTheOtherFormats() throws {
        let directory = try TemporaryDirectory()
        let result = try Programs.run(
            "coherence",
            ["report", "Assessments/valoria-2026-iamm.yaml", "--format", "csv,xlsx", "--output", directory.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "wrote \(directory.url.path)/VLR-2026-iamm.csv\nwrote \(directory.url.path)/VLR-2026-iamm.xlsx\n")
        let bytes = try Data(contentsOf: directory.url.appendingPathComponent("VLR-2026-iamm.xlsx"))
        #expect(bytes.starts(with: [0x50, 0x4B]))
        let unknown = try Programs.run(
            "coherence", ["report", "Assessments/valoria-2026-iamm.yaml", "--format", "xls"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown format 'xls' in --format: choose from md, html, json, csv, xlsx"))
    }

    @Test func compareWritesAnXlsxIntoAFolderOnly() throws {
        let directory = try TemporaryDirectory()
        let inputs = ["Assessments/valoria-2025-iamm.yaml", "Assessments/valoria-2026-iamm.yaml"]
        let written = try Programs.run(
            "coherence", ["compare"] + inputs + ["--format", "xlsx", "--output", directory.url.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "\(directory.url.path)/comparison.xlsx: 2 assessments (xlsx)\n")
        let printed = try Programs.run("coherence", ["compare"] + inputs + ["--format", "xlsx"])
        #expect(printed.status == 64)
        #expect(printed.stderr.contains("--format xlsx writes a spreadsheet file: name a folder with --output DIR"))
        let byCrosswalk = try Programs.run(
            "coherence",
            ["compare", "--by", "gcm"] + inputs + ["--format", "xlsx", "--output", directory.url.path])
        #expect(byCrosswalk.status == 64)
        #expect(
            byCrosswalk.stderr.contains(
                "--format xlsx is not available with --by: use csv for a spreadsheet of the targets"))
    }
}
