import Foundation
import Spreadsheet
import Testing

@testable import CoherenceKit

/// Every mistake a person makes in a spreadsheet is reported at its cell, all of them in one run.
@Suite struct AnswerSheetErrorTests {
    /// A ministry's filled sheet (Valoria's Ministry of Labour, 2026), ready to be spoilt.
    struct Case {
        var sheet: FilledSheet
        var library: FrameworkLibrary
        var framework: Framework

        init() throws {
            library = FrameworkLibrary(directory: ShippedContentTests.root.appendingPathComponent("Frameworks").path)
            let (assessment, framework) = try AnswerSheetRoundTripTests.load(
                "valoria-2026-responses/valoria-2026-iamm-mol.yaml", library: &library)
            self.framework = framework
            sheet = try AnswerSheetRoundTripTests.filled(with: assessment, framework: framework)
        }

        /// The messages of importing the sheet, one line each (notes included).
        mutating func errors() throws -> [String] {
            do {
                _ = try AnswerSheetImport.read(try sheet.xlsx(), file: "SHEET.xlsx", library: &library)
                return []
            } catch let error as AnswerSheetError {
                guard case .invalid(let diagnostics) = error else { return ["unexpected: \(error)"] }
                return diagnostics.flatMap { $0.description.split(separator: "\n").map(String.init) }
            }
        }

        func row(_ item: String) throws -> Int {
            guard let row = sheet.itemRow(item) else { throw NoRow(item: item) }
            return row
        }

        struct NoRow: Error {
            var item: String
        }
    }

    @Test func aMisspeltLabelIsNamedWithTheNearestLabel() throws {
        var test = try Case()
        let row = try test.row("LAB-02")
        test.sheet.set("Answers", row, 5, .text("Implemnted"))
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Answers!E\(row): error: 'Implemnted' is not an answer to 'LAB-02' (did you mean 'Implemented'?): "
                    + "use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored, n/a or unknown"
            ])
    }

    @Test func aNumberOutsideTheScale() throws {
        var test = try Case()
        let row = try test.row("LAB-02")
        test.sheet.set("Answers", row, 5, .number(7))
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Answers!E\(row): error: 7 is outside the scale of the answer to 'LAB-02': "
                    + "use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored"
            ])
    }

    @Test func textWhereANumberBelongs() throws {
        var test = try Case()
        let row = try test.row("LAB-06")
        test.sheet.set("Answers", row, 5, .text("about half"))
        test.sheet.setProfile("profile.remittances_gdp", .text("high"))
        let profileRows = test.sheet.rows(in: "Profile") { $0[1]?.text == "profile.remittances_gdp" }
        let profileRow = try #require(profileRows.first)
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Profile!B\(profileRow): error: expected a number for profile field 'remittances_gdp', found a string",
                "SHEET.xlsx:Answers!E\(row): error: 'about half' is not an answer to 'LAB-06': use a number from 0 to 100, n/a or unknown",
            ])
    }

    @Test func notApplicableWithoutAReason() throws {
        var test = try Case()
        let row = try test.row("LAB-02")
        test.sheet.set("Answers", row, 5, .text("n/a"))
        test.sheet.set("Answers", row, 6, nil)
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Answers!F\(row): error: 'LAB-02' is answered n/a without a reason: say why the item does not apply to the country"
            ])
    }

    @Test func aDeletedRow() throws {
        var test = try Case()
        let row = try test.row("LAB-02")
        for column in 1...10 { test.sheet.set("Answers", row, column, nil) }
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Answers!A1: error: item 'LAB-02' of framework 'iamm' 2026.1 has no row: was it deleted? "
                    + "Copy its row back from a fresh template (`coherence template`)"
            ])
    }

    @Test func aDuplicatedRow() throws {
        var test = try Case()
        let row = try test.row("LAB-02")
        let copy = test.sheet.appendRow(in: "Answers")
        test.sheet.set("Answers", copy, 1, .text("LAB-02"))
        test.sheet.set("Answers", copy, 5, .text("Adopted"))
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Answers!A\(copy): error: item 'LAB-02' has a second row: keep one row per item, and delete the copy",
                "SHEET.xlsx:Answers!A\(row): note: first row of 'LAB-02'",
            ])
    }

    @Test func aRenamedSheet() throws {
        var test = try Case()
        test.sheet.renameSheet("Answers", to: "Answer")
        #expect(
            try test.errors() == [
                "SHEET.xlsx: error: no sheet named 'Answers' (did you mean 'Answer'?): the file has 'Instructions', 'Profile', 'Answer'; "
                    + "give the sheet its name 'Answers' back (sheets of an answer sheet must keep their names)"
            ])
    }

    @Test func aSheetOfAnotherVersionSaysSo() throws {
        var test = try Case()
        test.sheet.setProfile("framework_version", .text("2025.1"))
        let errors = try test.errors()
        #expect(
            errors.first == "SHEET.xlsx:Profile!B3: error: the assessment is for version '2025.1' of framework 'iamm', "
                + "but \(test.library.directory)/ has version '2026.1': update framework_version or add that version of the framework"
        )
    }

    @Test func aSheetMissingManyItemsSaysTheListDoesNotMatch() throws {
        var test = try Case()
        let ids = test.framework.allItems.prefix(6).map(\.id)
        for id in ids {
            let row = try test.row(id)
            for column in 1...10 { test.sheet.set("Answers", row, column, nil) }
        }
        #expect(
            try test.errors() == [
                "SHEET.xlsx:Answers!A1: error: 6 items of framework 'iamm' 2026.1 have no row (\(ids.prefix(5).joined(separator: ", ")), …): "
                    + "the sheet's item list does not match the framework; answer a fresh template of this version"
            ])
    }

    @Test func everyMistakeIsReportedInOneRunInSheetOrder() throws {
        var test = try Case()
        let typo = try test.row("LAB-02")
        let outside = try test.row("COOP-01")
        test.sheet.set("Answers", typo, 5, .text("Adoptd"))
        test.sheet.set("Answers", outside, 5, .number(9))
        test.sheet.setProfile("country", .text("Valoria"))
        let errors = try test.errors()
        #expect(errors.count == 3)
        #expect(
            errors.map { String($0.prefix { $0 != " " }) } == [
                "SHEET.xlsx:Profile!B4:", "SHEET.xlsx:Answers!E\(min(typo, outside)):",
                "SHEET.xlsx:Answers!E\(max(typo, outside)):",
            ])
    }
}
