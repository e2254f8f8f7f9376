import CoherenceKit
import Foundation
import Testing

/// The report fixture (a small framework and a consolidated assessment) and golden-file checks.
enum ReportFixture {
    /// `Tests/CoherenceKitTests/Fixtures`, in the source tree, so recording writes where reviewers look.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let folder = fixtures.appendingPathComponent("report")
    static let golden = fixtures.appendingPathComponent("golden")

    /// The fixture assessment's report, loaded and scored as `coherence report` does.
    static func report() throws -> GapReport {
        let session = ScoringSession(library: FrameworkLibrary(directory: folder.path))
        let (assessment, framework) = try session.assessment(at: folder.appendingPathComponent("assessment.yaml").path)
        return GapReport(assessment, against: framework)
    }

    /// Whether golden files are being re-recorded (`RECORD_GOLDEN=1 swift test --filter Report`).
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `text` with the golden file `name`, or writes it when recording.
    static func checkGolden(
        _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = golden.appendingPathComponent(name)
        if recording {
            try Data(text.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "no golden file \(name): record it with RECORD_GOLDEN=1 swift test --filter Report",
                sourceLocation: sourceLocation)
            return
        }
        let expectedText = String(decoding: expected, as: UTF8.self)
        guard expectedText != text else { return }
        let got = text.components(separatedBy: "\n")
        let want = expectedText.components(separatedBy: "\n")
        let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        Issue.record(
            """
            \(name) differs from the golden file at line \(line + 1):
              expected: \(line < want.count ? want[line] : "<end of file>")
              actual:   \(line < got.count ? got[line] : "<end of file>")
            review the change and re-record with RECORD_GOLDEN=1 swift test --filter Report
            """, sourceLocation: sourceLocation)
    }
}
