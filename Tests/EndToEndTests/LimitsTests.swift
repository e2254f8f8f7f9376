import Foundation
import TestSupport
import Testing

/// Every limit of DESIGN.md §9 through the built binary: at the limit the file is accepted (or
/// fails for another reason), one past it the CLI prints a located diagnostic and exits 65.
/// Never a crash or a hang. The parsers' own tests check the same limits with small `Limits`.
@Suite(.timeLimit(.minutes(1))) struct LimitsTests {
    /// A valid framework whose item `A` has `condition` as `applies_if` and whose rule has `rule` as `when`.
    static func framework(condition: String = "true", rule: String = "level('A') >= 2") -> String {
        """
        framework:
          id: lim
          version: "1"
          title: Limits
          default_scale: maturity
          default_target: 2
        scales:
          maturity:
            levels: [{value: 0, label: Absent}, {value: 1, label: Adopted}, {value: 2, label: Implemented}]
        sections:
          - id: s
            title: Section
            items:
              - id: A
                question: Is there a law?
                applies_if: "\(condition)"
        rules:
          - id: R
            title: Rule
            when: "\(rule)"
            severity: low
            finding: A finding.

        """
    }

    static let assessment = """
        assessment:
          framework: lim
          framework_version: "1"
          country: {code: VLR, name: Valoria}
          period: "2026"
        answers:
          A: 2

        """

    /// Runs `coherence ARGUMENTS` in a folder holding `files`.
    static func run(_ arguments: [String], files: [String: [UInt8]]) throws -> Programs.Result {
        let directory = try TemporaryDirectory()
        for (name, bytes) in files {
            let url = directory.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return try Programs.run("coherence", arguments, in: directory.url)
    }

    static func validate(_ text: String) throws -> Programs.Result {
        try run(["validate", "f.yaml"], files: ["f.yaml": Array(text.utf8)])
    }

    // MARK: - File size: 16 MiB

    /// A valid framework padded with a comment to exactly `size` bytes.
    static func framework(paddedTo size: Int) -> [UInt8] {
        let text = Array(framework().utf8)
        let comment = Array("# ".utf8)
        let padding = size - text.count - comment.count - 1
        return text + comment + [UInt8](repeating: UInt8(ascii: "x"), count: padding) + [UInt8(ascii: "\n")]
    }

    @Test func fileOfExactly16MiBIsRead() throws {
        let result = try Self.run(["validate", "f.yaml"], files: ["f.yaml": Self.framework(paddedTo: 16 << 20)])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func fileOneBytePast16MiBIsRefused() throws {
        let result = try Self.run(["validate", "f.yaml"], files: ["f.yaml": Self.framework(paddedTo: (16 << 20) + 1)])
        #expect(result.status == 65)
        #expect(result.stderr.contains("f.yaml:1:1: error: the file is too large"))
        #expect(result.stderr.contains("limit of 16777216 bytes"))
    }

    @Test func scoreRefusesAnAssessmentPast16MiB() throws {
        let padding = [UInt8](repeating: UInt8(ascii: "x"), count: 16 << 20)
        let result = try Self.run(
            ["score", "a.yaml"],
            files: [
                "Frameworks/lim.yaml": Array(Self.framework().utf8),
                "a.yaml": Array(Self.assessment.utf8) + Array("# ".utf8) + padding,
            ])
        #expect(result.status == 65)
        #expect(result.stderr.contains("a.yaml:1:1: error: the file is too large"))
        #expect(result.stdout.isEmpty)
    }

    // MARK: - YAML nesting: 64 levels

    /// A mapping whose value nests flow sequences, `depth` collections in all.
    static func nested(depth: Int) -> String {
        "a: " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + "\n"
    }

    @Test func nestingOf64LevelsIsParsed() throws {
        let result = try Self.validate(Self.nested(depth: 64))
        #expect(result.status == 65)
        #expect(result.stderr.contains("not a framework, an assessment or a crosswalk"))
        #expect(!result.stderr.contains("nesting"))
    }

    @Test func nestingOf65LevelsIsRefused() throws {
        let result = try Self.validate(Self.nested(depth: 65))
        #expect(result.status == 65)
        #expect(result.stderr.contains("f.yaml:1:"))
        #expect(result.stderr.contains("error: nesting is deeper than 64 levels"))
    }

    // MARK: - Nodes after alias expansion: 100,000

    /// A document of exactly `nodes` nodes, most of them copies made by aliases.
    static func aliased(nodes: Int) -> String {
        // root(1) + key a(1) + &s [999 scalars](1000) + key b(1) + [98 × *s](1 + 98_000) = 99_004
        let anchored = "[" + (0..<999).map(String.init).joined(separator: ",") + "]"
        let aliases = "[" + Array(repeating: "*s", count: 98).joined(separator: ",") + "]"
        let padding = nodes - 99_004 - 2  // key c and its sequence
        let pad = "[" + Array(repeating: "0", count: padding).joined(separator: ",") + "]"
        return "a: &s \(anchored)\nb: \(aliases)\nc: \(pad)\n"
    }

    @Test func hundredThousandNodesAreParsed() throws {
        let result = try Self.validate(Self.aliased(nodes: 100_000))
        #expect(result.status == 65)
        #expect(result.stderr.contains("not a framework, an assessment or a crosswalk"))
        #expect(!result.stderr.contains("nodes"))
    }

    @Test func oneNodeMoreIsRefused() throws {
        let result = try Self.validate(Self.aliased(nodes: 100_001))
        #expect(result.status == 65)
        #expect(result.stderr.contains("f.yaml:3:"))
        #expect(result.stderr.contains("error: the document has more than 100000 nodes"))
    }

    @Test func billionLaughsStopsAtTheNodeBudget() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let result = try Self.validate(text)
        #expect(result.status == 65)
        #expect(result.stderr.contains("when the alias '*a"))
    }

    // MARK: - Expression length: 10,000 characters

    /// A condition of exactly `length` characters: `size('xxx…') >= 0`.
    static func condition(length: Int) -> String {
        "size('" + String(repeating: "x", count: length - 13) + "') >= 0"
    }

    @Test func expressionOf10000CharactersIsAccepted() throws {
        let result = try Self.validate(Self.framework(condition: Self.condition(length: 10_000)))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func expressionOf10001CharactersIsRefused() throws {
        let result = try Self.validate(Self.framework(condition: Self.condition(length: 10_001)))
        #expect(result.status == 65)
        #expect(result.stderr.contains("f.yaml:16:"))
        #expect(
            result.stderr.contains("the applies_if of item 'A' is 10001 characters long: shorten it to at most 10000"))
    }

    // MARK: - Expression nesting: 100 levels

    static func parenthesized(depth: Int) -> String {
        String(repeating: "(", count: depth) + "true" + String(repeating: ")", count: depth)
    }

    @Test func expressionNested100LevelsIsAccepted() throws {
        let result = try Self.validate(Self.framework(condition: Self.parenthesized(depth: 100)))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func expressionNested101LevelsIsRefused() throws {
        let result = try Self.validate(Self.framework(rule: Self.parenthesized(depth: 101)))
        #expect(result.status == 65)
        #expect(result.stderr.contains("f.yaml:20:"))
        #expect(result.stderr.contains("nests deeper than 100 levels"))
    }

    // MARK: - Evaluation steps

    /// A rule that would take a million steps is undetermined with the reason, quickly; the
    /// score still prints. (CELTests checks the budget exactly at and one past the limit.)
    @Test func ruleThatRunsOutOfStepsIsUndetermined() throws {
        let range = "[" + (0..<100).map(String.init).joined(separator: ", ") + "]"
        let rule = "\(range).all(x, \(range).all(y, \(range).all(z, level('A') >= 0)))"
        let result = try Self.run(
            ["score", "a.yaml", "--format", "json"],
            files: [
                "Frameworks/lim.yaml": Array(Self.framework(rule: rule).utf8), "a.yaml": Array(Self.assessment.utf8),
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"status\": \"undetermined\""))
        #expect(result.stdout.contains("evaluation exceeded 100000 steps"))
    }
}
