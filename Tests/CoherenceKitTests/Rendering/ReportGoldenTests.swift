import CoherenceKit
import Testing

/// Each format of the fixture's report matches its golden file under Fixtures/golden/.
@Suite struct ReportGoldenTests {
    @Test(arguments: ReportFormat.allCases)
    func matchesGoldenFile(_ format: ReportFormat) throws {
        let report = try ReportFixture.report()
        let text = format.render(report)
        #expect(format.fileName(for: report) == "VLR-2026-mini.\(format.fileExtension)")
        try ReportFixture.checkGolden(text, named: format.fileName(for: report))
    }

    @Test(arguments: ReportFormat.allCases)
    func sameInputsGiveSameBytes(_ format: ReportFormat) throws {
        #expect(format.render(try ReportFixture.report()) == format.render(try ReportFixture.report()))
    }
}
