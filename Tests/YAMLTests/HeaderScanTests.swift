import Foundation
import TestSupport
import Testing
import YAML

/// Reading one entry's scalars from the start of a file, as a whole parse would give them.
@Suite struct HeaderScanTests {
    /// Scans `text` written to a fresh file for `framework.id` and `framework.version`.
    static func scan(_ text: String, limits: Limits = .default) throws -> YAMLParser.HeaderScan {
        let folder = try ParseFileTests.folder()
        let path = try folder.write("f.yaml", text)
        return YAMLParser(limits: limits).scanHeader(atPath: path, section: "framework", keys: ["id", "version"])
    }

    @Test(
        arguments: [
            ("framework:\n  id: a\n  version: \"1\"\n", ["a", "1"]),
            ("scales: {x: [1, {y: 2}]}\nframework: {version: 2026.1, title: T, id: 'b'}\n", ["b", "2026.1"]),
            ("framework:\n  id: a\n  nested: {id: z, version: 9}\n  version: |\n    v\n", ["a", "v\n"]),
            ("framework:\n  id: a\n  version: 1\nsections: [unclosed\n", ["a", "1"]),
            ("framework:\n  id: &x a\n  version: *x\n", nil),
        ] as [(String, [String]?)])
    func findsTheFirstScalarUnderEachKey(text: String, expected: [String]?) throws {
        let result = try Self.scan(text)
        if let expected {
            #expect(result == .found(expected))
        } else {
            #expect(result == .undecided)
        }
    }

    @Test(arguments: [
        "", "- framework\n", "title: x\n", "framework: x\n", "framework:\n  id: a\n",
        "framework:\n  id: [a]\n  version: 1\n", "framework:\n  id: a\n  version: {v: 1}\n",
        "framework: [\n", "framework:\n  id: \"a\n",
    ])
    func absentWhenAWholeParseWouldNotGiveTheHeader(text: String) throws {
        #expect(try Self.scan(text) == .absent)
    }

    @Test func aFileOverTheSizeLimitIsAbsent() throws {
        #expect(try Self.scan("framework: {id: a, version: 1}\n", limits: Limits(maxFileSize: 8)) == .absent)
    }

    @Test func aMissingFileIsAbsent() {
        #expect(YAMLParser().scanHeader(atPath: "/nonexistent/f.yaml", section: "framework", keys: ["id"]) == .absent)
    }
}
