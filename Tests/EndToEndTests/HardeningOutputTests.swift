import Foundation
import TestSupport
import Testing

/// Issue 14's classes about what commands write and print, through the built binary: no input
/// (frameworks included) is written over, messages say what is wrong and what to do, CSV cells
/// cannot start a formula, control characters never reach a terminal, and the small ones (a FIFO,
/// an empty folder, JSON surrogate pairs, dotted variable names, temporary files).
@Suite(.timeLimit(.minutes(1))) struct HardeningOutputTests {
    // MARK: - 2. No command writes over a file it read

    @Test func consolidateRefusesToWriteOverTheFramework() throws {
        let directory = try ConsolidateTests.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "Frameworks/mini.yaml"], in: directory.url)
        #expect(result.status == 73)
        #expect(
            result.stderr
                == "Frameworks/mini.yaml: error: this is the framework file the command reads: choose another output path\n"
        )
        #expect(try directory.read("Frameworks/mini.yaml") == Mini.framework)
    }

    /// By id or by file, with or without --force, however the path is spelled.
    @Test(arguments: [
        ["template", "mini", "--force", "-o", "Frameworks/mini.yaml"],
        ["template", "mini", "-o", "./Frameworks/../Frameworks/mini.yaml"],
        ["template", "Frameworks/mini.yaml", "--force", "-o", "Frameworks/mini.yaml"],
    ])
    func templateRefusesToWriteOverItsFramework(arguments: [String]) throws {
        let directory = try Mini.workspace()
        let result = try Programs.run(
            "coherence", arguments + ["--country", "VLR", "--name", "Valoria", "--period", "2026"], in: directory.url)
        #expect(result.status == 73)
        #expect(
            result.stderr
                == "\(arguments.last!): error: this is the framework file the command reads: choose another output path\n"
        )
        #expect(try directory.read("Frameworks/mini.yaml") == Mini.framework)
    }

    // MARK: - 5. Messages that say what is wrong and what to do

    /// It said "NSCocoaErrorDomain error 512".
    @Test func outputThatIsAFolderIsNamedAsSuch() throws {
        let directory = try ConsolidateTests.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "Frameworks"], in: directory.url)
        #expect(result.status == 74)
        #expect(
            result.stderr
                == "Frameworks: error: cannot write the file: it is a folder: name a file inside it, such as Frameworks/NAME.yaml\n"
        )
    }

    @Test func outputUnderAFileIsNamedAsSuch() throws {
        let directory = try ConsolidateTests.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "mol.yaml/national.yaml"], in: directory.url)
        #expect(result.status == 74)
        #expect(
            result.stderr
                == "mol.yaml/national.yaml: error: cannot write the file: '\(directory.url.path)/mol.yaml' is a file, not a folder: choose another output path\n"
        )
    }

    /// It said "it holds no frameworks" of a folder whose one framework has an error.
    @Test func folderWhoseFrameworkIsBrokenPointsAtIt() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "Frameworks/mini.yaml", Mini.framework.replacingOccurrences(of: "version: \"1\"", with: "version:"))
        try directory.write("a.yaml", Mini.assessment)
        let result = try Programs.run("coherence", ["validate", "a.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                a.yaml:3:22: error: framework 'mini' version '1' not found in Frameworks/ (it holds no frameworks): pass --frameworks DIR to look elsewhere
                Frameworks/mini.yaml:1:1: note: skipped: not a valid framework file; run 'coherence validate Frameworks/mini.yaml' to see why

                """)
    }

    /// A 20,001-item framework has no alias: the node budget's message does not mention any.
    @Test func nodeBudgetWithoutAliasesDoesNotBlameThem() throws {
        let items = (0...20_000).map { "      - {id: I\($0), question: Q}\n" }.joined()
        let framework = Mini.framework.components(separatedBy: "    items:\n")[0] + "    items:\n" + items
        let directory = try TemporaryDirectory()
        try directory.write("f.yaml", framework)
        let result = try Programs.run("coherence", ["validate", "f.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(
            result.stderr.hasSuffix(
                "error: the document has more than 100000 nodes: split the content into smaller files\n"))
    }

    // MARK: - 6. CSV cells that a spreadsheet would run

    @Test func csvCellsStartingWithTabOrCarriageReturnAreNeutralised() throws {
        let directory = try Mini.workspace()
        try directory.write(
            "a.yaml",
            Mini.assessment.replacingOccurrences(
                of: "  LAW-01: Implemented\n  LAW-02: 1\n",
                with: "  LAW-01: {level: 1, note: \"\\tcmd|' /C calc'!A0\"}\n  LAW-02: {level: 1, note: \"\\r=1+2\"}\n")
        )
        let result = try Programs.run(
            "coherence", ["report", "a.yaml", "--format", "csv", "-o", "out"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try directory.read("out/VLR-2026-mini.csv").components(separatedBy: "\r\n")
        // The note, then by, reason and the path to the next band's two columns, all empty here.
        #expect(rows[1].hasSuffix(",'\tcmd|' /C calc'!A0,,,,"))
        #expect(rows[2].hasSuffix(",\"'\r=1+2\",,,,"))
    }

    // MARK: - 7. Control characters never reach the terminal

    @Test func controlCharactersAreEscapedInEverythingPrinted() throws {
        let directory = try Mini.workspace()
        try directory.write(
            "a.yaml", Mini.assessment.replacingOccurrences(of: "name: Valoria}", with: "name: \"Val\\eoria\\r\\x9b\"}"))
        try directory.write(
            "b.yaml",
            Mini.assessment.replacingOccurrences(of: "period: \"2026\"", with: "period: \"2026\"\n  \"\\e[2J\": 1"))
        let shown = "Val\\u001boria\\u000d\\u009b"
        let validate = try Programs.run("coherence", ["validate", "a.yaml", "b.yaml"], in: directory.url)
        #expect(validate.stdout.hasPrefix("a.yaml: ok: assessment of \(shown) (VLR) 2026 against 'mini' 1"))
        #expect(
            validate.stderr == "b.yaml:6:3: error: unknown key '\\u001b[2J' in the assessment header: "
                + "expected one of: framework, framework_version, country, period, date, status, respondent\n")
        let score = try Programs.run("coherence", ["score", "a.yaml"], in: directory.url)
        #expect(score.stdout.hasPrefix("\(shown) (VLR), 2026, draft\n"))
        let compare = try Programs.run("coherence", ["compare", "a.yaml"], in: directory.url)
        #expect(compare.stdout.contains(shown))
        for output in [validate.stdout, validate.stderr, score.stdout, compare.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0 == "\r" })
        }
        // A Markdown report escapes them too; the HTML report keeps the characters, inert in a browser.
        let report = try Programs.run(
            "coherence", ["report", "a.yaml", "--format", "md,html", "-o", "out"], in: directory.url)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try directory.read("out/VLR-2026-mini.md")
        #expect(
            markdown.contains("# Val\\u001boria \\u009b (VLR), 2026")
                && !markdown.unicodeScalars.contains { $0.value == 0x1B })
        #expect(try directory.read("out/VLR-2026-mini.html").contains("Val\u{1B}oria"))
        // JSON stays JSON: the same escape is JSON's own.
        let json = try Programs.run("coherence", ["compare", "a.yaml", "--format", "json"], in: directory.url)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let name = ((object?["assessments"] as? [[String: Any]])?.first?["name"]) as? String
        #expect(name == "Val\u{1B}oria\r\u{9B}")
        let scored = try Programs.run("coherence", ["score", "a.yaml", "--format", "json"], in: directory.url)
        #expect(scored.stdout.contains(#""name": "Val\u001boria\r\u009b""#), "\(scored.stdout.prefix(300))")
        let card = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any]
        #expect(
            ((card?["assessment"] as? [String: Any])?["country"] as? [String: Any])?["name"] as? String
                == "Val\u{1B}oria\r\u{9B}")
    }

    // MARK: - 8. The small ones

    @Test func aFIFOIsRefusedAtOnce() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.url.appendingPathComponent("f.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try Programs.run("coherence", ["validate", "f.yaml"], in: directory.url)
        #expect(result.status == 74)
        #expect(
            result.stderr == "f.yaml: error: cannot read the file: it is a pipe, socket or device, not a regular file: "
                + "save its content to a file and pass that file\n")
    }

    @Test func reportOnAnEmptyFolderSaysSo() throws {
        let directory = try Mini.workspace()
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let result = try Programs.run("coherence", ["report", "empty"], in: directory.url)
        #expect(result.status == 66)
        #expect(result.stderr == "error: no assessment files (.yaml, .yml) in empty\n")
        #expect(!directory.exists("Reports"))
    }

    @Test func varsAcceptJSONSurrogatePairsAndDottedNames() throws {
        let directory = try TemporaryDirectory()
        try directory.write("v.json", #"{"a.b.c": 1, "s": "\ud83c\udf89", "t": "\uD83D\uDE00 ok"}"# + "\n")
        let dotted = try Programs.run("coherence", ["expr", "a.b.c + 1", "--vars", "v.json"], in: directory.url)
        #expect(dotted.status == 0, "\(dotted.stderr)")
        #expect(dotted.stdout == "2\n")
        let pairs = try Programs.run("coherence", ["expr", "s + t", "--vars", "v.json"], in: directory.url)
        #expect(pairs.status == 0, "\(pairs.stderr)")
        #expect(pairs.stdout == "\"🎉😀 ok\"\n")
    }

    /// Outputs go through a temporary file named `<file>.incomplete-<pid>`, visible, renamed into
    /// place: a finished run leaves nothing else, hidden or not.
    @Test func writingLeavesNoTemporaryFile() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run("coherence", ["report", "a.yaml", "-o", "out"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(
            atPath: directory.url.appendingPathComponent("out").path
        ).sorted()
        #expect(names == ["VLR-2026-mini.csv", "VLR-2026-mini.html", "VLR-2026-mini.json", "VLR-2026-mini.md"])
    }
}
