import Testing
import YAML

/// Control characters escaped for a terminal, and JSON surrogate pairs read (issue 14).
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("\u{1B}[31mred", "\\u001b[31mred"),
        ("lone\rreturn", "lone\\u000dreturn"),
        ("crlf\r\nkept", "crlf\r\nkept"),
        ("del\u{7F} csi\u{9B} nul\u{0}", "del\\u007f csi\\u009b nul\\u0000"),
        ("é ✓ 🎉", "é ✓ 🎉"),
    ])
    func controlCharactersAreEscaped(_ text: String, _ shown: String) {
        #expect(text.escapingControlCharacters == shown)
    }

    @Test func diagnosticsEscapeWhatTheyQuote() {
        let diagnostic = Diagnostic.error(
            "unknown key '\u{1B}[2J'", at: Location(file: "a\u{7}.yaml", line: 1, column: 1))
        #expect(diagnostic.description == "a\\u0007.yaml:1:1: error: unknown key '\\u001b[2J'")
    }

    @Test(
        arguments: [
            (#"{"s": "\ud83c\udf89"}"#, "🎉"),
            (#"{"s": "a\uD83D\uDE00b \u00e9"}"#, "a😀b é"),
            (#"[{"k": 'it''s \ud83c', "s": "\\ud83c\\udf89"}]"#, nil),
        ] as [(String, String?)])
    func jsonSurrogatePairsAreRead(_ json: String, _ expected: String?) throws {
        let root = try YAMLParser().parse(json + "\n", file: "v.json")
        if let expected {
            #expect(root["s"]?.string == expected)
        } else {
            // Inside single quotes, and after an escaped backslash, `\u` is text, left as it is.
            let first = root.sequence?.first
            #expect(first?["k"]?.string == "it's \\ud83c")
            #expect(first?["s"]?.string == "\\ud83c\\udf89")
        }
    }

    /// In block style a backslash is text: only flow documents, as JSON is, are rewritten.
    @Test func blockDocumentsAreLeftAsTheyAre() throws {
        let root = try YAMLParser().parse("note: |\n  \"\\ud83c\\udf89\"\n", file: "a.yaml")
        #expect(root["note"]?.string == "\"\\ud83c\\udf89\"\n")
    }
}
