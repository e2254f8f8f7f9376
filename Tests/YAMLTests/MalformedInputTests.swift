import Testing
import YAML

/// Hostile and broken input: every case must end in a diagnostic, never a crash or a hang.
@Suite struct MalformedInputTests {
    static let texts: [String] = [
        "[", "{a", "]", "}", "{a: [}", "*x", "&a [*a]", "a: &a [*a]", "'", "\"", "a: 'b", "a: \"b\\", "a: \"\\q\"",
        "\u{0}", "a: \u{0}", "\u{FEFF}", "- a\nb: c", "a:\n- b\n c: d\n e", "key: [1, 2",
        "a: b: c", "- - - - [", "a: |\n\tx", "\t", "\ta: 1", "a:\n  b: 1\n c: 2", "a: 1\n---\n", "---\n---\n",
        "...", "a: @x", "a: `x`", "!<!> x: [", "%FOO\n", "%YAML 2.0\n---\na: 1", "%TAG !x! tag:x,2026:\n",
        "a: !x!y 1", "? [a]\n: b", "{[a]: b}", "a: 1\na: 2", "a: &x\nb: *y", ": : :", "a: >\n x\n\ty",
        "\"\\uD800\"", "\"\\U00110000\"", "a: \"\\x\"", "{a: 1, b}c", "[a, b]: c", "a\u{85}b: 1\nc",
        "a: b\r\n\tc: d", "# comment only", "\n\n\n", "---", "a: 1\n--- b\n",
    ]

    @Test(arguments: texts)
    func textGivesADiagnostic(text: String) {
        let errors = ParseFailures.of(text)
        #expect(!errors.isEmpty, "no diagnostic for \(text.debugDescription)")
        for error in errors {
            #expect(error.location.line >= 1 && error.location.column >= 1)
            #expect(error.message.first?.isUppercase == false)
            #expect(error.message.last != ".")
        }
    }

    static let byteInputs: [[UInt8]] = [
        [0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00], [0xFE, 0xFF, 0x00, 0x61], [0xC3], [0xE2, 0x82], [0x80],
        [0x61, 0x3A, 0x20, 0xF8, 0x88, 0x80, 0x80, 0x80], [0x00, 0x00, 0x00],
    ]

    @Test(arguments: byteInputs)
    func bytesGiveADiagnostic(bytes: [UInt8]) {
        #expect(!ParseFailures.of(bytes).isEmpty)
    }

    @Test func truncatedDocumentsGiveDiagnostics() {
        let text = "a:\n  b: [1, 2, {c: \"d\", e: 'f'}]\n  g: |\n    h\n  i: &j {k: *j}\n"
        for end in text.indices where end != text.endIndex {
            _ = ParseFailures.of(String(text[..<end]))
        }
        #expect(!ParseFailures.of(String(text.prefix(15))).isEmpty)
    }

    @Test func veryLongLinesStayFast() {
        let unclosed = "a: [" + String(repeating: "é, ", count: 200_000)
        let clock = ContinuousClock()
        var errors: [Diagnostic] = []
        let elapsed = clock.measure { errors = ParseFailures.of(unclosed) }
        #expect(!errors.isEmpty)
        #expect(elapsed < .seconds(5))
        let long = "a: " + String(repeating: "漢", count: 1_000_000) + " b: c\n"
        let longError = ParseFailures.of(long)
        #expect(longError.first?.location.column == 1_000_006)
    }

    @Test func longValidLineHasRightColumns() throws {
        let items = Array(repeating: "é", count: 50_000).joined(separator: ", ")
        let root = try YAMLParser().parse("[\(items)]", file: "t.yaml")
        #expect(root.sequence?.last?.location.column == 2 + 3 * 49_999)
    }
}
