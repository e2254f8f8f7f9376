import Foundation
import TestSupport
import Testing

/// `coherence score` run as a user would: files in a fresh folder, stdout, stderr and exit codes.
@Suite struct ScoreTests {
    static let framework = """
        framework:
          id: mini
          version: "1"
          title: Mini checklist
          default_scale: maturity
          default_target: 3
        scales:
        \(FixtureText.maturityScale)
        dimensions:
          - {id: national, title: National coherence}
        bands:
          - {min: 0, label: Low}
          - {min: 50, label: High}
        capacity:
          - {id: emm-labour, title: Labour migration management}
        sections:
          - id: coop
            title: Cooperation
            items:
              - id: A
                question: Is there a policy?
                dimensions: [national]
                capacity: [emm-labour]
              - id: B
                question: Is it enforced?
                weight: 3
        rules:
          - id: R-ENF
            title: Policy without enforcement
            when: "level('A') >= 2 && level('B') <= 1"
            severity: high
            finding: The policy is not enforced.
            capacity: [emm-labour]

        """

    /// An assessment of `code` answering A and B.
    static func assessment(code: String = "VLR", a: String, b: String) -> String {
        """
        assessment:
          framework: mini
          framework_version: "1"
          country: {code: \(code), name: Country \(code)}
          period: "2026"
          status: final
        answers:
          A: \(a)
          B: \(b)

        """
    }

    /// A fresh folder with `Frameworks/mini.yaml` and the given files.
    static func folder(_ files: [String: String]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory(prefix: "coherence-score")
        try directory.write("Frameworks/mini.yaml", framework)
        for (name, text) in files {
            try directory.write(name, text)
        }
        return directory
    }

    @Test func textScorecard() throws {
        // A = 2 → 50; B = 1 → 25; coop = (1·50 + 3·25) / 4 = 31.25; R-ENF triggered (2 ≥ 2, 1 ≤ 1).
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "Initiated")])
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "a.yaml"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("Country VLR (VLR), 2026, final"))
        #expect(result.stdout.contains("overall     31.3  Low"))
        #expect(result.stdout.contains("coherence   50.0  High"))
        #expect(result.stdout.contains("triggered high R-ENF: Policy without enforcement"))
    }

    @Test func jsonScorecard() throws {
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "a.yaml", "--format", "json"], in: dir)
        #expect(result.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "coherence.scorecard/1")
        #expect((json["overall"] as? [String: Any])?["score"] as? Double == 31.25)
        // B: gap (0.75 − 0.25)·100 = 50; priority 3 · 0.5 · (1 + high 1) = 3
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items[1]["priority"] as? Double == 3)
        // A: gap 25, priority 1 · 0.25 · 2 = 0.5; the plan's emm-labour holds A only (B names no module).
        let plan = try #require(json["plan"] as? [[String: Any]])
        #expect(plan.first?["priority"] as? Double == 0.5)
        #expect(plan.first?["findings"] as? [String] == ["R-ENF"])
        // The same input gives the same bytes.
        #expect(
            try Programs.run("coherence", ["score", "a.yaml", "--format", "json"], in: dir).stdout == result.stdout)
    }

    @Test func severalAssessmentsGiveAnArrayInInputOrder() throws {
        let folder = try Self.folder([
            "b.yaml": Self.assessment(code: "BBB", a: "4", b: "4"),
            "a.yaml": Self.assessment(code: "AAA", a: "0", b: "0"),
        ])
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "b.yaml", "a.yaml", "--format", "json"], in: dir)
        #expect(result.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let codes = array.map {
            (($0["assessment"] as? [String: Any])?["country"] as? [String: Any])?["code"] as? String
        }
        #expect(codes == ["BBB", "AAA"])
    }

    @Test(arguments: [("31", 0), ("31.25", 0), ("31.3", 1), ("90", 1)] as [(String, Int32)])
    func failUnderGate(threshold: String, status: Int32) throws {
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])  // overall 31.25
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "a.yaml", "--fail-under", threshold], in: dir)
        #expect(result.status == status)
        #expect(result.stdout.contains("overall"))  // the scorecard prints either way
        #expect(result.stderr.contains("--fail-under") == (status == 1))
    }

    @Test(arguments: [("high", 1), ("critical", 0), ("info", 1)] as [(String, Int32)])
    func failOnGate(severity: String, status: Int32) throws {
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])  // R-ENF (high) triggered
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "a.yaml", "--fail-on", severity], in: dir)
        #expect(result.status == status)
        if status == 1 { #expect(result.stderr.contains("finding 'R-ENF' is triggered with severity high")) }
    }

    @Test func clearFindingPassesFailOn() throws {
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "4", b: "4")])
        let dir = folder.url
        #expect(try Programs.run("coherence", ["score", "a.yaml", "--fail-on", "info"], in: dir).status == 0)
    }

    @Test func invalidAssessmentExits65WithLocatedDiagnostic() throws {
        let folder = try Self.folder(["bad.yaml": Self.assessment(a: "7", b: "1")])
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "bad.yaml"], in: dir)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("bad.yaml:8:6: error:"))
    }

    @Test func missingFileExits66() throws {
        let folder = try Self.folder([:])
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "absent.yaml"], in: dir)
        #expect(result.status == 66)
        #expect(result.stderr.contains("absent.yaml"))
    }

    @Test func emptyFolderExits66() throws {
        let folder = try Self.folder([:])
        let dir = folder.url
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("none"), withIntermediateDirectories: true)
        let result = try Programs.run("coherence", ["score", "none"], in: dir)
        #expect(result.status == 66)
        #expect(result.stderr.contains("no assessment files"))
    }

    /// A condition that cannot be evaluated is a located warning in the scorecard, not a failure.
    @Test func failingConditionIsAWarningInTheOutput() throws {
        let framework = Self.framework
            .replacingOccurrences(
                of: "    weight: 3\n", with: "    weight: 3\n        applies_if: \"profile.origin\"\n"
            )
            .replacingOccurrences(of: "bands:", with: "profile:\n  origin: {type: bool}\nbands:")
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])
        let dir = folder.url
        try framework.write(to: dir.appendingPathComponent("Frameworks/mini.yaml"), atomically: true, encoding: .utf8)
        let result = try Programs.run("coherence", ["score", "a.yaml"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("warning: item 'B': applies_if: "))
        #expect(result.stdout.contains("(Frameworks/mini.yaml:"))
    }

    /// 150 files (more than one window of work) give the same bytes whatever the number of jobs:
    /// in file order, the gates' messages in file order too.
    @Test(arguments: ["text", "json"])
    func anyNumberOfJobsGivesTheSameOutput(format: String) throws {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var files: [String: String] = [:]
        for index in 0..<150 {
            files[String(format: "a%03d.yaml", index)] = Self.assessment(
                code: "X\(letters[index / 26])\(letters[index % 26])", a: "\(index % 5)", b: "\((index / 5) % 5)")
        }
        let folder = try Self.folder(files)
        let dir = folder.url
        let arguments = ["score", "--format", format, "--fail-under", "40"] + files.keys.sorted()
        let one = try Programs.run("coherence", arguments + ["--jobs", "1"], in: dir)
        #expect(one.status == 1)
        #expect(one.stderr.contains("--fail-under"))
        for jobs in ["2", "3", "8"] {
            let many = try Programs.run("coherence", arguments + ["--jobs", jobs], in: dir)
            #expect(many.status == one.status)
            #expect(many.stdout == one.stdout, "--jobs \(jobs)")
            #expect(many.stderr == one.stderr, "--jobs \(jobs)")
        }
    }

    /// Invalid files among many are each reported, in file order, and nothing is printed.
    @Test func invalidFilesAmongManyAreReportedInOrder() throws {
        var files: [String: String] = [:]
        for index in 0..<100 {
            files[String(format: "a%03d.yaml", index)] = Self.assessment(a: index % 30 == 7 ? "9" : "1", b: "2")
        }
        let folder = try Self.folder(files)
        let dir = folder.url
        let result = try Programs.run("coherence", ["score", "--jobs", "4"] + files.keys.sorted(), in: dir)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        let located = result.stderr.split(separator: "\n").filter { $0.contains(": error:") }.map { $0.prefix(10) }
        #expect(located == ["a007.yaml:", "a037.yaml:", "a067.yaml:", "a097.yaml:"])
    }

    @Test(arguments: [
        ["score"], ["score", "a.yaml", "--format", "xml"], ["score", "a.yaml", "--fail-on", "severe"],
        ["score", "a.yaml", "--fail-under", "150"], ["score", "a.yaml", "--jobs", "0"],
    ])
    func usageErrorsExit64(arguments: [String]) throws {
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])
        let dir = folder.url
        let result = try Programs.run("coherence", arguments, in: dir)
        #expect(result.status == 64)
        #expect(result.stdout == "")
    }

    @Test func frameworksOptionNamesTheFolder() throws {
        let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])
        let dir = folder.url
        try FileManager.default.moveItem(
            at: dir.appendingPathComponent("Frameworks"), to: dir.appendingPathComponent("lib"))
        #expect(try Programs.run("coherence", ["score", "a.yaml"], in: dir).status == 65)
        #expect(try Programs.run("coherence", ["score", "a.yaml", "--frameworks", "lib"], in: dir).status == 0)
    }

    /// Runs `command` with `/bin/sh` in `directory`, `$0` naming `coherence`, so that stdout can be
    /// redirected to a file; returns the exit status and stderr.
    static func shell(_ command: String, in directory: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command, Programs.url("coherence").path]
        process.currentDirectoryURL = directory
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// The spool reaches a file as it reaches a pipe: the kernel copies it into a file, and into a
    /// file opened for appending, which does not take that, it is read and written.
    @Test(arguments: [">", ">>"])
    func jsonReachesAFileAsItReachesAPipe(redirection: String) throws {
        let folder = try Self.folder([
            "a.yaml": Self.assessment(code: "AAA", a: "2", b: "1"),
            "b.yaml": Self.assessment(code: "BBB", a: "4", b: "0"),
        ])
        let dir = folder.url
        let piped = try Programs.run("coherence", ["score", "a.yaml", "b.yaml", "--format", "json"], in: dir)
        try "earlier\n".write(to: dir.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
        let result = try Self.shell(#""$0" score a.yaml b.yaml --format json "# + redirection + " out.json", in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let written = try String(contentsOf: dir.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(written == (redirection == ">>" ? "earlier\n" : "") + piped.stdout)
    }

    /// An output larger than the spool's 1 MiB chunks (20 scorecards of a shipped assessment, about
    /// 75 KB each) reaches a pipe whole, as it reaches a file it is written into directly.
    @Test func outputLargerThanASpoolChunkReachesAPipeWhole() throws {
        let folder = try TemporaryDirectory(prefix: "coherence-score")
        let dir = folder.url
        let shipped = Programs.packageRoot.appendingPathComponent("Assessments/valoria-2026-iamm.yaml")
        let names = (1...20).map { "c\($0).yaml" }
        for name in names {
            try FileManager.default.copyItem(at: shipped, to: dir.appendingPathComponent(name))
        }
        let frameworks = Programs.packageRoot.appendingPathComponent("Frameworks").path
        let arguments = ["score"] + names + ["--format", "json", "--frameworks", frameworks]
        let piped = try Programs.run("coherence", arguments, in: dir)
        #expect(piped.status == 0)
        #expect(piped.stdout.utf8.count > 1 << 20)
        let cards = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [Any]
        #expect(cards?.count == 20)
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let result = try Self.shell(#""$0" "# + quoted + " > out.json", in: dir)
        #expect(result.status == 0)
        let written = try String(contentsOf: dir.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(written == piped.stdout)
    }

    /// DEL and the C1 controls in a name are printed as JSON escapes, in the first card and in a
    /// later one; other characters that start with the same byte as C1 controls (0xC2) stay as they are.
    @Test func terminalControlsInJSONAreEscaped() throws {
        let name = #""Ctl\x7f\x85\x9b\u00a0°é""#
        let folder = try Self.folder([
            "a.yaml": Self.assessment(code: "AAA", a: "2", b: "1").replacingOccurrences(
                of: "name: Country AAA", with: "name: " + name),
            "b.yaml": Self.assessment(code: "BBB", a: "4", b: "0").replacingOccurrences(
                of: "name: Country BBB", with: "name: " + name),
        ])
        for files in [["a.yaml"], ["a.yaml", "b.yaml"]] {
            let result = try Programs.run("coherence", ["score"] + files + ["--format", "json"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            let shown = #""name": "Ctl\u007f\u0085\u009b"# + "\u{A0}°é\""
            #expect(
                result.stdout.components(separatedBy: shown).count == files.count + 1, "\(result.stdout.prefix(400))")
            #expect(!result.stdout.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        }
    }

    /// Output written straight into a file is taken back when a later file turns out invalid: the
    /// file is left as it was, as a pipe is left empty.
    @Test(arguments: [">", ">>"])
    func aFailedRunLeavesTheOutputFileAsItWas(redirection: String) throws {
        let folder = try Self.folder([
            "a.yaml": Self.assessment(code: "AAA", a: "2", b: "1"),
            "b.yaml": Self.assessment(code: "BBB", a: "9", b: "0"),
        ])
        let dir = folder.url
        try "earlier\n".write(to: dir.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
        let result = try Self.shell(
            #""$0" score a.yaml b.yaml --jobs 1 --format json "# + redirection + " out.json", in: dir)
        #expect(result.status == 65)
        #expect(result.stderr.contains("b.yaml:8:6: error:"))
        // An empty file is not read: Foundation's reader leaks its buffer on one (found by ASan).
        let out = dir.appendingPathComponent("out.json")
        let size = try FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int
        let written = size == 0 ? "" : try String(contentsOf: out, encoding: .utf8)
        #expect(written == (redirection == ">>" ? "earlier\n" : ""))
    }

    /// When stdout and stderr are one file, the output is spooled, so the messages of a failed run
    /// stay and no scorecard is written.
    @Test func aFailedRunKeepsItsMessagesInAFileSharedWithStderr() throws {
        let folder = try Self.folder([
            "a.yaml": Self.assessment(code: "AAA", a: "2", b: "1"),
            "b.yaml": Self.assessment(code: "BBB", a: "9", b: "0"),
        ])
        let dir = folder.url
        let result = try Self.shell(#""$0" score a.yaml b.yaml --format json > out.txt 2>&1"#, in: dir)
        #expect(result.status == 65)
        let written = try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(written.hasPrefix("b.yaml:8:6: error:"))
        #expect(!written.contains("coherence.scorecard"))
    }

    #if os(Linux)
        /// A stdout that takes nothing is an I/O error, reported, not a crash.
        @Test func fullStandardOutputIsAnIOError() throws {
            let folder = try Self.folder(["a.yaml": Self.assessment(a: "2", b: "1")])
            let dir = folder.url
            let result = try Self.shell(#""$0" score a.yaml --format json > /dev/full"#, in: dir)
            #expect(result.status == 74)
            #expect(result.stderr == "error: cannot write the output: No space left on device\n")
        }
    #endif
}
