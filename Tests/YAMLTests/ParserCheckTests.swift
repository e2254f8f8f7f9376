import Testing
import YAML

@Suite struct ParserCheckTests {
    @Test(arguments: [
        (
            "a: 1\nb: 2\na: 3\n",
            ["3:1: error: duplicate key 'a': remove it or rename it", "1:1: note: first defined here"]
        ),
        (
            "x:\n  k: 1\n  \"k\": 2\n",
            ["3:3: error: duplicate key 'k': remove it or rename it", "2:3: note: first defined here"]
        ),
        (
            "{é: 1, é: 2}",
            ["1:8: error: duplicate key 'é': remove it or rename it", "1:2: note: first defined here"]
        ),
        (
            "? [a, b]\n: c\n",
            ["1:3: error: a mapping key must be a single value, not a list: write the key as plain text"]
        ),
        (
            "x: 1\n{k: v}: 2\n",
            ["2:1: error: a mapping key must be a single value, not a mapping: write the key as plain text"]
        ),
        (
            "a: 1\na: 2\n? [x]\n: 3\n",
            [
                "2:1: error: duplicate key 'a': remove it or rename it", "1:1: note: first defined here",
                "3:3: error: a mapping key must be a single value, not a list: write the key as plain text",
            ]
        ),
    ])
    func keys(text: String, expected: [String]) {
        #expect(ParseFailures.summary(ParseFailures.of(text)) == expected)
    }

    /// Small mappings scan their pairs for a duplicate; from 16 pairs on the keys are indexed.
    /// Both find the first definition, whether it came before or after the index was built.
    @Test(arguments: [3, 15, 16, 17, 40, 200])
    func duplicateKeysInMappingsOfEverySize(size: Int) {
        let keys = (1...size).map { "k\($0): \($0)\n" }.joined()
        let text = keys + "k1: again\nk\(size): again\nk\(size): twice\n"
        #expect(
            ParseFailures.summary(ParseFailures.of(text)) == [
                "\(size + 1):1: error: duplicate key 'k1': remove it or rename it", "1:1: note: first defined here",
                "\(size + 2):1: error: duplicate key 'k\(size)': remove it or rename it",
                "\(size):1: note: first defined here",
                "\(size + 3):1: error: duplicate key 'k\(size)': remove it or rename it",
                "\(size):1: note: first defined here",
            ])
    }

    /// Keys are equal as strings are, by canonical equivalence, in small and indexed mappings alike:
    /// the Kelvin sign is `K`, and a decomposed `é` is the composed one.
    @Test(arguments: [3, 20])
    func canonicallyEquivalentKeysAreDuplicates(size: Int) {
        let keys = (1...size).map { "k\($0): \($0)\n" }.joined()
        let text = "K: 1\ne\u{301}: 2\n" + keys + "\u{212A}: 3\n\u{E9}: 4\n"
        #expect(
            ParseFailures.summary(ParseFailures.of(text)) == [
                "\(size + 3):1: error: duplicate key '\u{212A}': remove it or rename it",
                "1:1: note: first defined here",
                "\(size + 4):1: error: duplicate key '\u{E9}': remove it or rename it", "2:1: note: first defined here",
            ])
    }

    @Test(arguments: [
        ("a: *x\n", "1:4: error: undefined alias '*x': define the anchor '&x' on a node before this alias"),
        ("a: &a [1, *a]\n", "1:11: error: undefined alias '*a': define the anchor '&a' on a node before this alias"),
        ("b: *a\na: &a 1\n", "1:4: error: undefined alias '*a': define the anchor '&a' on a node before this alias"),
    ])
    func undefinedAliases(text: String, expected: String) {
        #expect(ParseFailures.summary(ParseFailures.of(text)) == [expected])
    }

    @Test func aliasesExpandToCopiesLocatedAtTheAnchor() throws {
        let root = try YAMLParser().parse("base: &b {x: 1}\nuse: *b\n<<: *b\n", file: "t.yaml")
        let copy = try #require(root["use"])
        #expect(copy["x"]?.value == .int(1))
        #expect(copy.location == Location(file: "t.yaml", line: 1, column: 7))
        #expect(root["<<"]?.mapping?.count == 1)
    }

    @Test(arguments: ["", "# only\n# comments\n", "\n\n   \n", "---\n", "\u{FEFF}", "--- # nothing\n...\n"])
    func emptyFiles(text: String) {
        #expect(
            ParseFailures.summary(ParseFailures.of(text)) == ["1:1: error: the file is empty: expected a YAML mapping"])
    }

    @Test(arguments: [
        (
            "a: 1\n---\nb: 2\n",
            "2:1: error: only one YAML document is allowed per file: remove this '---' and the document after it, or move it to its own file"
        ),
        (
            "--- \na: 1\n...\n---\n- x\n- [\n",
            "4:1: error: only one YAML document is allowed per file: remove this '---' and the document after it, or move it to its own file"
        ),
    ])
    func severalDocuments(text: String, expected: String) {
        #expect(ParseFailures.summary(ParseFailures.of(text)) == [expected])
    }

    /// Bytes, then where and what the error is.
    static let invalidUTF8Cases: [(prefix: String, bad: [UInt8], expected: String)] = [
        ("a: b\nc: d", [0xFF, 0x65], "2:5: error: the file is not valid UTF-8 (byte 0xFF): save it as UTF-8 text"),
        ("é: ", [0xC3, 0x28], "1:4: error: the file is not valid UTF-8 (byte 0xC3): save it as UTF-8 text"),
        ("", [0xFF, 0xFE, 0x61, 0x00], "1:1: error: the file is not valid UTF-8 (byte 0xFF): save it as UTF-8 text"),
        ("x: ", [0xED, 0xA0, 0x80], "1:4: error: the file is not valid UTF-8 (byte 0xED): save it as UTF-8 text"),
        ("x: 漢", [0xE6, 0xBC], "1:5: error: the file is not valid UTF-8 (byte 0xE6): save it as UTF-8 text"),
        ("x: ", [0xC0, 0x80], "1:4: error: the file is not valid UTF-8 (byte 0xC0): save it as UTF-8 text"),
        (
            "x: ", [0xF4, 0x90, 0x80, 0x80],
            "1:4: error: the file is not valid UTF-8 (byte 0xF4): save it as UTF-8 text"
        ),
    ]

    @Test(arguments: invalidUTF8Cases)
    func invalidUTF8(prefix: String, bad: [UInt8], expected: String) {
        #expect(ParseFailures.summary(ParseFailures.of(Array(prefix.utf8) + bad)) == [expected])
    }

    /// A bad byte is found at every offset, after ASCII and after two-, three- and four-byte
    /// characters that straddle any boundary, and on any line of a file with any line break.
    @Test func invalidUTF8IsFoundAtEveryOffset() {
        for (character, breakText) in [("é", "\n"), ("漢", "\r\n"), ("😀", "\u{2028}"), ("a", "\u{85}")] {
            for length in 0..<20 {
                let line =
                    "x: " + String(repeating: character, count: length % 4) + String(repeating: "a", count: length)
                let column = 4 + length % 4 + length
                for (bad, shown) in [([UInt8(0xFF)], "0xFF"), ([0xC3, 0x28], "0xC3"), ([0xE2, 0x82], "0xE2")] {
                    let bytes = Array((line + breakText + line).utf8) + bad + Array("\n".utf8)
                    #expect(
                        ParseFailures.summary(ParseFailures.of(bytes)) == [
                            "2:\(column): error: the file is not valid UTF-8 (byte \(shown)): save it as UTF-8 text"
                        ], "\(character) \(length) \(shown)")
                }
            }
        }
    }

    @Test(arguments: [
        ("a:\n\tb: 1\n", "2:1"),
        ("a: 1\n\tb: 2\n", "2:1"),
        ("a:\n  b:\n  \tc: 1\n", "3:3"),
        ("- x\n\t- y\n", "2:1"),
        ("a: |\n\tx\n", "2:1"),
        ("a:\n \tb: 1\n", "2:2"),
        ("é:\n  ü: 1\n\t\tc: 2\n", "3:1"),
    ])
    func tabs(text: String, at place: String) {
        #expect(
            ParseFailures.summary(ParseFailures.of(text)) == [
                "\(place): error: tabs are not allowed for indentation in YAML: use spaces"
            ])
    }

    @Test func tabsInsideValuesAreFine() throws {
        let root = try YAMLParser().parse("a: \"x\\ty\"\nb: x\ty\n", file: "t.yaml")
        #expect(root["a"]?.string == "x\ty")
        #expect(root["b"]?.string == "x\ty")
    }

    @Test(arguments: [
        (
            "a: \"abc",
            [
                "1:8: error: while scanning a quoted scalar: found unexpected end of stream: add the closing quote",
                "1:4: note: the quoted scalar starts here",
            ]
        ),
        (
            "a: [1, 2\nb: 3\n",
            [
                "2:2: error: while parsing a flow sequence: did not find expected ',' or ']': separate the items with ',' and close the list with ']'",
                "1:4: note: the flow sequence starts here",
            ]
        ),
        (
            "a: b: c\n",
            [
                "1:5: error: mapping values are not allowed in this context: put the value in quotes if it contains ': ', or check the indentation"
            ]
        ),
        (
            "a: *\n",
            [
                "1:5: error: while scanning an alias: did not find expected alphabetic or numeric character: name anchors and aliases with letters, digits, '-' or '_'",
                "1:4: note: the alias starts here",
            ]
        ),
        (
            "a: \"\\xZZ\"\n",
            [
                "1:7: error: while parsing a quoted scalar: did not find expected hexadecimal number: write '\\x' with 2 hexadecimal digits, '\\u' with 4 or '\\U' with 8",
                "1:4: note: the quoted scalar starts here",
            ]
        ),
        (
            "? a\nb",
            [
                "2:2: error: while scanning a simple key: could not find expected ':': write ': ' after the key, or join the key onto one line",
                "2:1: note: the key starts here",
            ]
        ),
        ("%YAML 2.0\n---\na: 1\n", ["1:1: error: found incompatible YAML document: remove the '%YAML' line"]),
        (
            "a: b\u{1}\n",
            [
                "1:5: error: control character U+0001 is not allowed in YAML: remove it, or write it as an escape in a double-quoted string"
            ]
        ),
        (
            "é: x\u{0}\n",
            [
                "1:5: error: control character U+0000 is not allowed in YAML: remove it, or write it as an escape in a double-quoted string"
            ]
        ),
    ])
    func libyamlErrors(text: String, expected: [String]) {
        #expect(ParseFailures.summary(ParseFailures.of(text)) == expected)
    }
}

@Suite struct ParserEdgeTests {
    @Test(arguments: [("[", "1:2"), ("a: [1,\n", "2:1"), ("{a", "1:3")])
    func errorsAtTheEndPointInsideTheFile(text: String, place: String) {
        #expect(ParseFailures.summary(ParseFailures.of(text)).first?.hasPrefix(place + ": error: ") == true)
    }

    @Test func manyDuplicatesAreCapped() {
        let text = (0..<500).map { _ in "a: 1" }.joined(separator: "\n")
        #expect(ParseFailures.of(text).count == 100)
    }

    @Test func nodesCompareByContentAndLocation() throws {
        let one = try YAMLParser().parse("a: [1, 2]", file: "t.yaml")
        #expect(one == (try YAMLParser().parse("a: [1, 2]", file: "t.yaml")))
        #expect(one != (try YAMLParser().parse("a:  [1, 2]", file: "t.yaml")))
    }
}
