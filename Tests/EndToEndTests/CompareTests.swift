import Foundation
import TestSupport
import Testing

/// `coherence compare` as users run it: formats, files, exit codes.
@Suite struct CompareTests {
    /// A Mini workspace with Valoria 2026 (a.yaml), Valoria 2025 and Kesmark 2026.
    static func assessments() throws -> TemporaryDirectory {
        let directory = try Mini.workspace()
        try directory.write(
            "v2025.yaml",
            Mini.assessment.replacingOccurrences(of: "\"2026\"", with: "\"2025\"")
                .replacingOccurrences(of: "LAW-01: Implemented", with: "LAW-01: 0"))
        try directory.write(
            "k.yaml",
            Mini.assessment.replacingOccurrences(
                of: "{code: VLR, name: Valoria}",
                with: "{code: KSM, name: Kesmark}"))
        return directory
    }

    @Test func printsTextByDefault() throws {
        let directory = try Self.assessments()
        let result = try Programs.run("coherence", ["compare", "a.yaml", "v2025.yaml", "k.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        // Kesmark and Valoria 2026: (100 + 50)/2 = 75; Valoria 2025: (0 + 50)/2 = 25.
        #expect(
            result.stdout.hasPrefix(
                "Comparison: 3 assessments of framework 'mini' version 1: compared on 2 of 2 items (100%)\n"))
        #expect(result.stdout.contains("Kesmark (KSM) 2026  75.0 (#1)"))
        #expect(result.stdout.contains("Valoria (VLR) 2025  25.0 (#3)"))
        #expect(result.stdout.contains("Valoria (VLR) 2025 → 2026:\n  overall: 25.0 → 75.0 (+50.0)\n"))
        #expect(result.stdout.contains("  improved: LAW-01 0 → 2\n"))
    }

    @Test func printsCSV() throws {
        let directory = try Self.assessments()
        let result = try Programs.run(
            "coherence", ["compare", "a.yaml", "k.yaml", "--format", "csv"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "country,name,period,overall,coherence,law\r\nKSM,Kesmark,2026,75.0,,75.0\r\nVLR,Valoria,2026,75.0,,75.0\r\n"
        )
    }

    @Test func severalFormatsWithoutOutputIsAUsageError() throws {
        let directory = try Self.assessments()
        let result = try Programs.run("coherence", ["compare", "a.yaml", "--format", "md,html"], in: directory.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("several formats need --output DIR"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let directory = try Self.assessments()
        let result = try Programs.run("coherence", ["compare", "a.yaml", "--format", "pdf"], in: directory.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown format 'pdf'"))
    }

    @Test func writesOneFilePerFormatWithTheSameBytesEachRun() throws {
        let directory = try Self.assessments()
        let arguments = ["compare", "a.yaml", "v2025.yaml", "k.yaml"]
        let first = try Programs.run("coherence", arguments + ["--output", "one"], in: directory.url)
        #expect(first.status == 0, "\(first.stderr)")
        _ = try Programs.run("coherence", arguments + ["--output", "two"], in: directory.url)
        for name in ["comparison.md", "comparison.html", "comparison.csv", "comparison.json"] {
            #expect(directory.exists("one/\(name)"))
            #expect(try directory.read("one/\(name)") == directory.read("two/\(name)"))
        }
        #expect(!directory.exists("one/comparison.txt"))
        let json = try directory.read("one/comparison.json")
        #expect(json.contains("\"schema\": \"coherence.comparison/1\""))
    }

    @Test func writesTheFormatsAskedFor() throws {
        let directory = try Self.assessments()
        let result = try Programs.run(
            "coherence", ["compare", "a.yaml", "--format", "text,json", "--output", "out"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(directory.exists("out/comparison.txt") && directory.exists("out/comparison.json"))
        #expect(!directory.exists("out/comparison.html"))
    }

    @Test func refusesDifferentFrameworks() throws {
        let directory = try Self.assessments()
        try directory.write(
            "Frameworks/other.yaml", Mini.framework.replacingOccurrences(of: "id: mini", with: "id: other"))
        try directory.write(
            "o.yaml", Mini.assessment.replacingOccurrences(of: "framework: mini", with: "framework: other"))
        let result = try Programs.run("coherence", ["compare", "a.yaml", "o.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("o.yaml:2:14: error: framework 'other' differs from 'mini' in a.yaml"))
    }

    @Test func refusesTwoAssessmentsOfOneCountryAndPeriod() throws {
        let directory = try Self.assessments()
        try directory.write("copy.yaml", Mini.assessment)
        let result = try Programs.run("coherence", ["compare", "a.yaml", "copy.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("copy.yaml:5:11: error: a second assessment of VLR for period '2026'"))
    }

    @Test func aMissingAssessmentExits66() throws {
        let directory = try Self.assessments()
        let result = try Programs.run("coherence", ["compare", "a.yaml", "gone.yaml"], in: directory.url)
        #expect(result.status == 66)
    }

    @Test func comparesTheShippedExamples() throws {
        let root = Programs.packageRoot.path
        let files = ["kesmark-2026-iamm", "valoria-2025-iamm", "valoria-2026-iamm"].map {
            "\(root)/Assessments/\($0).yaml"
        }
        let result = try Programs.run(
            "coherence", ["compare"] + files + ["--frameworks", "\(root)/Frameworks", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["assessments"] as? [Any])?.count == 3)
        #expect((object?["changes"] as? [Any])?.count == 1)
    }
}
