import Foundation
import Spreadsheet
import Testing

@testable import CoherenceKit

/// Template → filled as a spreadsheet program saves it → import gives back the assessment the sheet
/// stands for: every shipped example, so every shipped framework.
@Suite struct AnswerSheetRoundTripTests {
    static let root = ShippedContentTests.root

    /// Every example assessment and ministry response under Assessments/.
    static let examples: [String] = {
        let folder = root.appendingPathComponent("Assessments").path
        let files = (try? InputFile.expand([folder])) ?? []
        return files.map { String($0.dropFirst(folder.count + 1)) }
    }()

    @Test func theExamplesCoverEveryShippedFramework() throws {
        var library = FrameworkLibrary(directory: Self.root.appendingPathComponent("Frameworks").path)
        let covered = Set(try Self.examples.map { try Self.load($0, library: &library).framework.id })
        let shipped = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Frameworks").path
        )
        .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(covered == Set(shipped))
    }

    @Test(arguments: examples)
    func aFilledSheetImportsAsTheAssessment(example: String) throws {
        var library = FrameworkLibrary(directory: Self.root.appendingPathComponent("Frameworks").path)
        let (assessment, framework) = try Self.load(example, library: &library)
        let filled = try Self.filled(with: assessment, framework: framework)
        let imported = try AnswerSheetImport.read(try filled.xlsx(), file: "sheet.xlsx", library: &library)
        #expect(!assessment.answers.isEmpty && imported.assessment.answers.count == assessment.answers.count)
        #expect(Self.canonical(imported.assessment, framework) == Self.canonical(assessment, framework))
        // What is written validates as an assessment, and loads to the same answers.
        let reloaded = try AssessmentFile(text: imported.text, file: "imported.yaml").assessment(library: &library)
        #expect(Self.canonical(reloaded.assessment, framework) == Self.canonical(assessment, framework))
    }

    @Test func rowsMovedColumnsAddedAndSheetsAddedImportTheSame() throws {
        var library = FrameworkLibrary(directory: Self.root.appendingPathComponent("Frameworks").path)
        let (assessment, framework) = try Self.load("valoria-2026-iamm.yaml", library: &library)
        var filled = try Self.filled(with: assessment, framework: framework)
        filled.reverseRows(in: "Answers")
        filled.insertColumn(3, in: "Answers", heading: "Our comments")
        filled.set("Answers", 5, 3, .text("ask Ana"))
        let imported = try AnswerSheetImport.read(
            try filled.xlsx(extraSheet: true), file: "sheet.xlsx", library: &library)
        #expect(Self.canonical(imported.assessment, framework) == Self.canonical(assessment, framework))
    }

    @Test func theImportedFileWritesLevelsAsLabelsAndEvidenceAsAList() throws {
        var library = FrameworkLibrary(directory: Self.root.appendingPathComponent("Frameworks").path)
        let (assessment, framework) = try Self.load(
            "valoria-2026-responses/valoria-2026-iamm-mol.yaml", library: &library)
        var filled = try Self.filled(with: assessment, framework: framework)
        let row = try #require(filled.itemRow("CU-01"))
        filled.set("Answers", row, 5, .number(2))
        filled.set("Answers", row, 6, nil)
        filled.set("Answers", row, 7, .text("Decree 12/2026\n\n  Cabinet note of 3 May  \n"))
        let imported = try AnswerSheetImport.read(try filled.xlsx(), file: "sheet.xlsx", library: &library)
        #expect(
            imported.text.contains(
                """
                  CU-01:
                    level: Adopted
                    evidence:
                      - Decree 12/2026
                      - Cabinet note of 3 May
                """))
        #expect(imported.text.contains("  respondent: mol\n"))
        #expect(imported.fileName == "VLR-2026-iamm-mol.yaml")
    }

    @Test func theTemplateIsTheSameBytesEveryTime() throws {
        var library = FrameworkLibrary(directory: Self.root.appendingPathComponent("Frameworks").path)
        let (assessment, framework) = try Self.load("orvania-2026-emm.yaml", library: &library)
        #expect(
            try Self.template(for: assessment, framework: framework)
                == Self.template(for: assessment, framework: framework))
    }

    static func load(
        _ example: String, library: inout FrameworkLibrary
    ) throws -> (assessment: Assessment, framework: Framework) {
        let path = root.appendingPathComponent("Assessments").appendingPathComponent(example).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try AssessmentFile(text: text, file: path).assessment(library: &library)
    }

    static func template(for assessment: Assessment, framework: Framework) throws -> Data {
        try AnswerSheetTemplate(
            AssessmentTemplate(
                framework: framework, country: assessment.country, period: assessment.period,
                respondents: assessment.respondents)
        ).data()
    }

    /// The template of the assessment's framework, country and period, filled with its answers as a
    /// person types them.
    static func filled(with assessment: Assessment, framework: Framework) throws -> FilledSheet {
        try FilledSheet(
            template: try template(for: assessment, framework: framework), filledWith: assessment, framework: framework)
    }

    /// The assessment as a file, answers in framework order, without what a sheet does not carry
    /// (divergence, places in files).
    static func canonical(_ assessment: Assessment, _ framework: Framework) -> String {
        var assessment = assessment
        let order = Dictionary(uniqueKeysWithValues: framework.allItems.enumerated().map { ($1.id, $0) })
        assessment.answers.sort { order[$0.item]! < order[$1.item]! }
        assessment.divergence = []
        return ConsolidatedYAML.render(assessment, framework: framework, comment: [], levelsAsLabels: true)
    }
}
