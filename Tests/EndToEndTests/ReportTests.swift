import Foundation
import TestSupport
import Testing

/// `coherence report` run as users run it: files written, exit codes, byte-identical output.
@Suite struct ReportTests {
    static let fixtures = Programs.packageRoot.appendingPathComponent("Tests/CoherenceKitTests/Fixtures")
    static let assessment = fixtures.appendingPathComponent("report/assessment.yaml").path
    static let frameworks = fixtures.appendingPathComponent("report").path
    static let names = ["VLR-2026-mini.md", "VLR-2026-mini.html", "VLR-2026-mini.json", "VLR-2026-mini.csv"]

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    /// A folder holding `bad.yaml`: the report fixture with an answer that is no level of its scale.
    static func folderWithAnInvalidAssessment() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let text = try String(contentsOfFile: assessment, encoding: .utf8)
            .replacingOccurrences(of: "  DATA-02: Initiated", with: "  DATA-02: Sometimes")
        try folder.write("bad.yaml", text)
        return folder
    }

    @Test func writesEveryFormatIntoReportsByDefault() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        let result = try Programs.run(
            "coherence", ["report", Self.assessment, "--frameworks", Self.frameworks], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let reports = dir.appendingPathComponent("Reports")
        #expect(Self.files(in: reports) == Self.names.sorted())
        for name in Self.names {
            #expect(result.stdout.contains("wrote Reports/\(name)"))
            // The command writes what the library renders: the reviewed golden files.
            #expect(
                Self.bytes(reports.appendingPathComponent(name))
                    == Self.bytes(Self.fixtures.appendingPathComponent("golden/\(name)")),
                "\(name) differs from its golden file")
        }
    }

    @Test func sameInputsGiveByteIdenticalFiles() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        for out in ["one", "two"] {
            let result = try Programs.run(
                "coherence",
                ["report", Self.assessment, "--frameworks", Self.frameworks, "--output", out], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
        for name in Self.names {
            let one = Self.bytes(dir.appendingPathComponent("one/\(name)"))
            #expect(one != nil)
            #expect(one == Self.bytes(dir.appendingPathComponent("two/\(name)")), "\(name) differs between runs")
        }
    }

    /// The shipped assessments (seven, two frameworks) give the same files and the same lines on
    /// stdout, in the same order, whatever the number of jobs.
    @Test func anyNumberOfJobsWritesTheSameReports() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        let root = Programs.packageRoot
        let arguments = [
            "report", root.appendingPathComponent("Assessments").path,
            "--frameworks", root.appendingPathComponent("Frameworks").path,
        ]
        let one = try Programs.run("coherence", arguments + ["--jobs", "1", "-o", "one"], in: dir)
        #expect(one.status == 0, "\(one.stderr)")
        // The ten example assessments (four countries, three frameworks), four formats each.
        #expect(Self.files(in: dir.appendingPathComponent("one")).count == 10 * 4)
        for jobs in ["2", "5"] {
            let many = try Programs.run("coherence", arguments + ["--jobs", jobs, "-o", jobs], in: dir)
            #expect(many.status == 0, "\(many.stderr)")
            #expect(many.stdout.replacingOccurrences(of: "wrote \(jobs)/", with: "wrote one/") == one.stdout)
            #expect(
                Self.files(in: dir.appendingPathComponent(jobs)) == Self.files(in: dir.appendingPathComponent("one")))
            for name in Self.files(in: dir.appendingPathComponent("one")) {
                #expect(
                    Self.bytes(dir.appendingPathComponent("\(jobs)/\(name)"))
                        == Self.bytes(dir.appendingPathComponent("one/\(name)")), "\(name) differs with --jobs \(jobs)")
            }
        }
    }

    @Test func writesOnlyTheFormatsAsked() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        let result = try Programs.run(
            "coherence",
            ["report", Self.assessment, "--frameworks", Self.frameworks, "--format", "html,md", "-o", "out"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.files(in: dir.appendingPathComponent("out")) == ["VLR-2026-mini.html", "VLR-2026-mini.md"])
    }

    /// A usage error (an unknown format, no jobs) exits 64 and a missing assessment 66, each
    /// before anything is written.
    @Test(
        arguments: [
            (ReportTests.assessment, ["--format", "md,pdf"], 64, "unknown format 'pdf'"),
            (ReportTests.assessment, ["--jobs", "0"], 64, "--jobs must be 1 or more, got 0"),
            ("nowhere.yaml", [], 66, "nowhere.yaml: error: no such file or folder"),
        ] as [(String, [String], Int32, String)])
    func refusalWritesNothing(assessment: String, options: [String], status: Int32, message: String) throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        let result = try Programs.run(
            "coherence", ["report", assessment, "--frameworks", Self.frameworks] + options, in: dir)
        #expect(result.status == status)
        #expect(result.stderr.contains(message))
        #expect(Self.files(in: dir).isEmpty)
    }

    @Test func invalidAssessmentExits65AndWritesNothing() throws {
        let folder = try Self.folderWithAnInvalidAssessment()
        let dir = folder.url
        let result = try Programs.run("coherence", ["report", "bad.yaml", "--frameworks", Self.frameworks], in: dir)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.yaml:"))
        #expect(result.stderr.contains("error:"))
        #expect(Self.files(in: dir) == ["bad.yaml"])
    }

    /// The command streams (load, score, render, write one assessment at a time), but a first pass
    /// validates every input: an invalid file after a valid one still leaves nothing written.
    @Test func invalidAssessmentAfterAValidOneWritesNothing() throws {
        let folder = try Self.folderWithAnInvalidAssessment()
        let dir = folder.url
        let result = try Programs.run(
            "coherence", ["report", Self.assessment, "bad.yaml", "--frameworks", Self.frameworks], in: dir)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.yaml:"))
        #expect(result.stdout.isEmpty)
        #expect(Self.files(in: dir) == ["bad.yaml"])
    }

    @Test func unwritableOutputExits74() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        try "not a folder".write(to: dir.appendingPathComponent("taken"), atomically: true, encoding: .utf8)
        let result = try Programs.run(
            "coherence",
            ["report", Self.assessment, "--frameworks", Self.frameworks, "--output", "taken"], in: dir)
        #expect(result.status == 74)
        #expect(result.stderr.contains("taken/VLR-2026-mini.md: error: cannot write the file"))
    }

    @Test func twoAssessmentsWithOneFileNameExit73() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        try FileManager.default.copyItem(atPath: Self.assessment, toPath: dir.appendingPathComponent("copy.yaml").path)
        let result = try Programs.run(
            "coherence",
            ["report", Self.assessment, "copy.yaml", "--frameworks", Self.frameworks], in: dir)
        #expect(result.status == 73)
        #expect(
            result.stderr.contains(
                "copy.yaml: error: its report 'Reports/VLR-2026-mini.md' would replace the report of"))
        #expect(!Self.files(in: dir).contains("Reports"))
    }

    /// `Reports/` holds the reports of the shipped examples; regenerate them with `Scripts/regenerate-reports`.
    @Test func shippedReportsAreUpToDate() throws {
        let root = Programs.packageRoot
        let shipped = root.appendingPathComponent("Reports")
        let folder = try TemporaryDirectory(prefix: "coherence-report")
        let dir = folder.url
        // The script is the one recipe for Reports/; run it with this build's binary into a temporary folder.
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/bin/bash")
        script.arguments = [root.appendingPathComponent("Scripts/regenerate-reports").path, dir.path]
        script.environment = ProcessInfo.processInfo.environment.merging(["COHERENCE": Programs.url("coherence").path])
        { $1 }
        try script.run()
        script.waitUntilExit()
        #expect(script.terminationStatus == 0)
        let expected = Self.tree(in: dir)
        #expect(expected.count > 30)
        // Reports/workshop/ holds the workshop app's screenshots, which the script does not make.
        guard Self.tree(in: shipped).filter({ !$0.hasPrefix("workshop/") }) == expected else {
            Issue.record("Reports/ does not hold exactly the reports of the examples: run Scripts/regenerate-reports")
            return
        }
        let stale = expected.filter {
            Self.bytes(shipped.appendingPathComponent($0)) != Self.bytes(dir.appendingPathComponent($0))
        }
        #expect(stale.isEmpty, "stale in Reports/: \(stale.joined(separator: ", ")): run Scripts/regenerate-reports")
    }

    /// Every file below `folder`, as sorted relative paths.
    static func tree(in folder: URL) -> [String] {
        let found = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return found.filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue
        }.sorted()
    }
}
