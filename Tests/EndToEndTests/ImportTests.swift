import TestSupport
import Testing

/// The email round on the command line: answer sheets written, read back, consolidated.
@Suite struct ImportTests {
    static func sheet(_ respondent: String, in directory: TemporaryDirectory) throws -> Programs.Result {
        try Programs.run(
            "coherence",
            [
                "template", "mini", "--country", "KSM", "--name", "Kesmark", "--period", "2027", "--respondent",
                respondent,
                "--send-to", "ana@example.org", "--format", "xlsx", "-o", "\(respondent.prefix { $0 != "=" }).xlsx",
            ],
            in: directory.url)
    }

    @Test func aBlankSheetImportsToAnAssessmentThatValidates() throws {
        let directory = try Mini.workspace()
        let written = try Self.sheet("mol=Ministry of Labour", in: directory)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let printed = try Programs.run("coherence", ["import", "mol.xlsx"], in: directory.url)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(
            printed.stdout.hasPrefix(
                "# Imported by `coherence import` from mol.xlsx.\nassessment:\n  framework: mini\n"))
        let imported = try Programs.run("coherence", ["import", "mol.xlsx", "-o", "mol.yaml"], in: directory.url)
        #expect(imported.stdout == "wrote mol.yaml: 0 of 2 items answered\n")
        let checked = try Programs.run("coherence", ["validate", "mol.yaml"], in: directory.url)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(try directory.read("mol.yaml").contains("  respondent: mol\n"))
    }

    @Test func severalSheetsGoToAFolderAndConsolidate() throws {
        let directory = try Mini.workspace()
        for respondent in ["mol=Ministry of Labour", "moi=Ministry of Interior"] {
            #expect(try Self.sheet(respondent, in: directory).status == 0)
        }
        let unnamed = try Programs.run("coherence", ["import", "mol.xlsx", "moi.xlsx"], in: directory.url)
        #expect(unnamed.status == 64)
        #expect(
            unnamed.stderr == "error: several sheets give several assessments: name a folder for them with -o DIR\n")
        let imported = try Programs.run(
            "coherence", ["import", "mol.xlsx", "moi.xlsx", "-o", "responses"], in: directory.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout == """
                wrote responses/KSM-2027-mini-mol.yaml: 0 of 2 items answered
                wrote responses/KSM-2027-mini-moi.yaml: 0 of 2 items answered

                """)
        let consolidated = try Programs.run(
            "coherence", ["consolidate", "responses", "-o", "national.yaml"], in: directory.url)
        #expect(consolidated.status == 0, "\(consolidated.stderr)")
        let again = try Programs.run(
            "coherence", ["import", "mol.xlsx", "moi.xlsx", "-o", "responses"], in: directory.url)
        #expect(again.status == 73)
        #expect(
            again.stderr == "responses/KSM-2027-mini-mol.yaml: error: the file exists: pass --force to replace it\n")
    }

    @Test func aFileThatIsNotASpreadsheetIsInvalidInput() throws {
        let directory = try Mini.workspace()
        try directory.write("answers.xlsx", "item,answer\nLAW-01,Adopted\n")
        let result = try Programs.run("coherence", ["import", "answers.xlsx", "missing.xlsx"], in: directory.url)
        #expect(result.status == 66)
        #expect(
            result.stderr == """
                answers.xlsx: error: not a readable .xlsx spreadsheet: it is not a zip archive (an .xlsx file is one): was it saved as .xls, .ods or .csv?
                missing.xlsx: error: no such file or folder

                """)
        let invalid = try Programs.run("coherence", ["import", "answers.xlsx"], in: directory.url)
        #expect(invalid.status == 65)
    }

    @Test func anXlsxTemplateNeedsAnOutputFile() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run(
            "coherence",
            ["template", "mini", "--country", "KSM", "--name", "K", "--period", "1", "--format", "xlsx"],
            in: directory.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format xlsx writes a spreadsheet file: name it with -o SHEET.xlsx"))
    }
}
