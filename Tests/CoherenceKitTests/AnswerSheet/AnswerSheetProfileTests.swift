import Foundation
import Spreadsheet
import Testing

@testable import CoherenceKit

/// Profile values as people type them in a sheet come back typed as the framework declares them.
@Suite struct AnswerSheetProfileTests {
    static let framework = """
        framework: {id: small, version: "1", title: Small, default_scale: yes-no}
        scales:
          yes-no: {levels: [{value: 0, label: "No"}, {value: 1, label: "Yes"}]}
        profile:
          landBorders: {type: bool}
          share: {type: number}
          rcps: {type: list}
          region: {type: string}
        sections:
          - id: s
            title: S
            items:
              - {id: A-1, question: A?}
        """

    @Test func typedValuesAndTheDayNumberOfADate() throws {
        let framework = try FrameworkLoader.parse(Self.framework, file: "small.yaml")
        let template = try AnswerSheetTemplate(
            AssessmentTemplate(
                framework: framework, country: Country(code: "VLR", name: "Valoria"), period: "2026")
        ).data()
        var sheet = try FilledSheet(template: template)
        sheet.setProfile("profile.landBorders", .text("TRUE"))
        sheet.setProfile("profile.share", .text(" 12.5 "))
        sheet.setProfile("profile.rcps", .text("colombo-process, puebla-process\nbali-process"))
        sheet.setProfile("profile.region", .number(7))
        sheet.setProfile("date", .number(46309))
        sheet.setProfile("respondent", .text("mol = Ministry of Labour"))
        let row = try #require(sheet.itemRow("A-1"))
        sheet.set("Answers", row, 5, .text("yes"))
        let imported = try AnswerSheetImport.read(try sheet.xlsx(), file: "s.xlsx", framework: framework)
        let assessment = imported.assessment
        #expect(
            assessment.profile == [
                "landBorders": .bool(true), "share": .number(12.5),
                "rcps": .list(["colombo-process", "puebla-process", "bali-process"]), "region": .string("7"),
            ])
        #expect(assessment.date == "2026-10-14")
        #expect(assessment.respondent == "mol")
        #expect(assessment.respondents == [Respondent(id: "mol", name: "Ministry of Labour")])
        #expect(imported.text.contains("  A-1: \"Yes\"\n"))
    }
}
