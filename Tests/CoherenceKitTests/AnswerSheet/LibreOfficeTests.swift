import Foundation
import Spreadsheet
import Testing

@testable import CoherenceKit

/// A real spreadsheet program opens the answer sheets, saves them again, and fills one in; the
/// results import to the same assessment. Runs where `soffice` is installed (CI installs it).
@Suite(
    .serialized,
    .enabled(
        if: LibreOffice.isInstalled,
        "soffice not found: install libreoffice-calc-nogui (apt) to run the LibreOffice tests"))
struct LibreOfficeTests {
    let folder: URL
    var library = FrameworkLibrary(directory: ShippedContentTests.root.appendingPathComponent("Frameworks").path)
    let assessment: Assessment
    let framework: Framework

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        (assessment, framework) = try AnswerSheetRoundTripTests.load(
            "valoria-2026-responses/valoria-2026-iamm-moi.yaml", library: &library)
    }

    func write(_ data: Data, _ name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    func read(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent("out").appendingPathComponent(name))
    }

    @Test mutating func theTemplateOpensConvertsAndImportsTheSameAfterLibreOfficeSavesIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try AnswerSheetRoundTripTests.template(for: assessment, framework: framework)
        let file = try write(template, "sheet.xlsx")
        try LibreOffice.convert(file, to: "xlsx", into: folder.appendingPathComponent("out"))
        // Every sheet to csv (LibreOffice's filter options: comma, quote, UTF-8, ..., -1 = all sheets).
        try LibreOffice.convert(
            file, to: #"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"#,
            into: folder.appendingPathComponent("out"))
        let csv = String(decoding: try read("sheet-Answers.csv"), as: UTF8.self)
        for item in framework.allItems {
            #expect(csv.contains("\n\(item.id),"), "item '\(item.id)' is missing from the csv")
        }
        let original = try AnswerSheetImport.read(template, file: "sheet.xlsx", library: &library)
        let resaved = try AnswerSheetImport.read(try read("sheet.xlsx"), file: "out/sheet.xlsx", library: &library)
        #expect(resaved.assessment.answers.isEmpty)
        #expect(
            AnswerSheetRoundTripTests.canonical(resaved.assessment, framework)
                == AnswerSheetRoundTripTests.canonical(original.assessment, framework))
    }

    @Test mutating func aFilledSheetSavedAgainByLibreOfficeImportsTheSame() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let filled = try AnswerSheetRoundTripTests.filled(with: assessment, framework: framework)
        let file = try write(try filled.xlsx(), "filled.xlsx")
        try LibreOffice.convert(file, to: "xlsx", into: folder.appendingPathComponent("out"))
        let imported = try AnswerSheetImport.read(try read("filled.xlsx"), file: "out/filled.xlsx", library: &library)
        #expect(
            AnswerSheetRoundTripTests.canonical(imported.assessment, framework)
                == AnswerSheetRoundTripTests.canonical(assessment, framework))
    }

    @Test mutating func aSheetLibreOfficeFilledImports() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var filled = try AnswerSheetRoundTripTests.filled(with: assessment, framework: framework)
        // Answers typed as numbers where a person types a number.
        let row = try #require(filled.itemRow("LAB-06"))
        filled.set("Answers", row, 5, .number(35))
        var expected = assessment
        expected.answers.removeAll { $0.item == "LAB-06" }
        expected.answers.append(Answer(item: "LAB-06", response: .level(35), location: assessment.location))
        let file = try write(Data(FlatODS(workbook: filled.workbook).xml.utf8), "typed.fods")
        try LibreOffice.convert(file, to: "xlsx", into: folder.appendingPathComponent("out"))
        let imported = try AnswerSheetImport.read(try read("typed.xlsx"), file: "out/typed.xlsx", library: &library)
        #expect(imported.assessment.date == assessment.date)
        #expect(
            AnswerSheetRoundTripTests.canonical(imported.assessment, framework)
                == AnswerSheetRoundTripTests.canonical(expected, framework))
    }
}
