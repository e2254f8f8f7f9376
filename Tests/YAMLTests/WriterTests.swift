import Testing
import YAML

@Suite struct WriterTests {
    static let strings: [String] = [
        "yes", "no", "Yes", "NO", "on", "Off", "y", "n", "true", "false", "True", "null", "Null", "~", "", " ", " a",
        "a ", "a: b", "a:", "a:b", "#x", "a #b", "a#b", "- x", "-x", "-", "?", "? x", ":x", "12", "-3", "+7", "1.5",
        "1e3", ".5", ".inf", "-.inf", ".nan", "0x1F", "0o7", "1_000", "12:30", "2026-10-14", "1.2.3", "é",
        "漢字", "line\nbreak", "trailing\n", "\n", "tab\there", "\t", "say \"hi\"", "it's", "'quoted'",
        "\"dq\"", "back\\slash", "\\", "a, b", "[x]", "{y}", "x]", "&anchor", "*alias", "!tag", "|", ">",
        "%directive", "@at", "`tick`", "---", "...", "--- x", "... x", "a\u{0}b", "\u{7}", "\u{7F}",
        "a\u{85}b", "a\u{2028}b", "\u{FEFF}x", "\u{FFFE}", "e\u{301}", "👩‍👩‍👧", "\r\n", "COOP-01", "n/a",
        "Ministry of Labour", "A — B", "x  y", "100%", "50 %", "a\u{A0}", "\u{A0}a", "=",
        "<<", "0", "-0", "00", "1.", "+.inf", ".NaN", "0b11", "1e", "0x", "Valoria (VLR)",
    ]

    @Test(arguments: strings)
    func stringsRoundTrip(string: String) throws {
        let text = YAMLWriter().document(.mapping([.init("k", .string(string)), .init(string, .int(1))]))
        let root = try YAMLParser().parse(text, file: "t.yaml")
        #expect(root["k"]?.value == .string(string), "\(text)")
        #expect(root.mapping?.last?.key.value == .string(string), "\(text)")
        let flow = YAMLWriter().document(
            .sequence([.string(string), .mapping([.init(string, .string(string))])], style: .flow))
        let items = try #require(try YAMLParser().parse(flow, file: "t.yaml").sequence)
        #expect(items.first?.value == .string(string), "\(flow)")
        #expect(items.last?[string]?.value == .string(string), "\(flow)")
    }

    @Test(arguments: [
        ("abc", "abc"), ("yes", "\"yes\""), ("", "\"\""), ("a: b", "\"a: b\""), ("é", "é"),
        ("line\nbreak", "\"line\\nbreak\""), ("tab\t", "\"tab\\t\""), ("q\"b\\", "q\"b\\"), ("\"q\\", "\"\\\"q\\\\\""),
        ("\u{7}", "\"\\x07\""), ("\u{2028}", "\"\\u2028\""), ("2026-10-14", "\"2026-10-14\""), ("COOP-01", "COOP-01"),
    ])
    func quoting(string: String, expected: String) {
        #expect(YAMLWriter.quote(string) == expected)
    }

    @Test(arguments: [1.5, -2000, 0.1, 1e-7, 1e300, -0.0, 3, 123_456_789.123, .infinity, -.infinity, 5e-324])
    func doublesRoundTrip(double: Double) throws {
        let text = YAMLWriter().document(.mapping([.init("v", .double(double))]))
        #expect(try YAMLParser().parse(text, file: "t.yaml")["v"]?.value == .double(double), "\(text)")
    }

    @Test func notANumberRoundTrips() throws {
        let text = YAMLWriter().document(.sequence([.double(.nan)]))
        guard case .double(let value)? = try YAMLParser().parse(text, file: "t.yaml").sequence?.first?.value else {
            Issue.record("not a double: \(text)")
            return
        }
        #expect(value.isNaN)
    }

    @Test(arguments: [(3.0, YAMLValue.int(3)), (2.5, .double(2.5)), (-0.0, .int(0)), (1e300, .double(1e300))])
    func numbersAsTheCallerAsks(double: Double, expected: YAMLValue) {
        #expect(YAMLValue.number(double) == expected)
    }

    @Test func writesATemplateWithComments() throws {
        let value = YAMLValue.mapping([
            .init(
                "assessment",
                .mapping([
                    .init("framework", .string("iamm")),
                    .init("framework_version", .string("2026.1")),
                    .init(
                        "country",
                        .mapping([.init("code", .string("VLR")), .init("name", .string("Valoria"))], style: .flow)),
                    .init("date", .string("2026-10-14"), trailingComment: "the day of the workshop"),
                ])),
            .init(
                "respondents",
                .sequence([
                    .mapping([.init("id", .string("mol")), .init("name", .string("Ministry of Labour"))]),
                    .mapping([.init("id", .string("moi"), comments: ["interior"]), .init("name", .null)]),
                ])),
            .init(
                "answers",
                .mapping([
                    .init(
                        "COOP-01", .null,
                        comments: ["Section: International cooperation", "", "COOP-01: Does the state…?"]),
                    .init(
                        "COOP-02",
                        .mapping([
                            .init("level", .int(3)),
                            .init("evidence", .sequence([.string("Decree 12/2026: committee")])),
                            .init("tags", .sequence([])),
                        ])),
                ])),
            .init("empty", .mapping([])),
        ])
        let text = YAMLWriter().document(value, comments: ["Assessment template", "fill in every answer"])
        #expect(
            text == """
                # Assessment template
                # fill in every answer
                assessment:
                  framework: iamm
                  framework_version: "2026.1"
                  country: {code: VLR, name: Valoria}
                  date: "2026-10-14"  # the day of the workshop
                respondents:
                  - id: mol
                    name: Ministry of Labour
                    # interior
                  - id: moi
                    name:
                answers:
                  # Section: International cooperation
                  #
                  # COOP-01: Does the state…?
                  COOP-01:
                  COOP-02:
                    level: 3
                    evidence:
                      - "Decree 12/2026: committee"
                    tags: []
                empty: {}

                """)
        let root = try YAMLParser().parse(text, file: "t.yaml")
        #expect(
            YAMLValue(root)
                == YAMLValue.mapping([
                    .init(
                        "assessment",
                        .mapping([
                            .init("framework", .string("iamm")), .init("framework_version", .string("2026.1")),
                            .init(
                                "country", .mapping([.init("code", .string("VLR")), .init("name", .string("Valoria"))])),
                            .init("date", .string("2026-10-14")),
                        ])),
                    .init(
                        "respondents",
                        .sequence([
                            .mapping([.init("id", .string("mol")), .init("name", .string("Ministry of Labour"))]),
                            .mapping([.init("id", .string("moi")), .init("name", .null)]),
                        ])),
                    .init(
                        "answers",
                        .mapping([
                            .init("COOP-01", .null),
                            .init(
                                "COOP-02",
                                .mapping([
                                    .init("level", .int(3)),
                                    .init("evidence", .sequence([.string("Decree 12/2026: committee")])),
                                    .init("tags", .sequence([])),
                                ])),
                        ])),
                    .init("empty", .mapping([])),
                ]))
    }

    @Test(arguments: [1000, 1030, 5000])
    func longKeysRoundTrip(length: Int) throws {
        let key = String(repeating: "k", count: length - 1) + "é"
        let value = YAMLValue.mapping([
            .init(key, .mapping([.init(key, .int(1))])),
            .init("flow", .mapping([.init(key, .sequence([.int(2)]))], style: .flow)),
        ])
        let text = YAMLWriter().document(value)
        #expect(
            YAMLValue(try YAMLParser().parse(text, file: "t.yaml"))
                == YAMLValue.mapping([
                    .init(key, .mapping([.init(key, .int(1))])),
                    .init("flow", .mapping([.init(key, .sequence([.int(2)]))])),
                ]))
    }

    @Test func nestedListsAndScalarRoots() throws {
        let writer = YAMLWriter()
        let nested = YAMLValue.sequence([.sequence([.int(1), .int(2)]), .null, .sequence([.sequence([.bool(true)])])])
        let text = writer.document(nested)
        #expect(text == "- - 1\n  - 2\n-\n- - - true\n")
        #expect(YAMLValue(try YAMLParser().parse(text, file: "t.yaml")) == nested)
        #expect(writer.document(.string("yes")) == "\"yes\"\n")
        #expect(writer.document(.null) == "null\n")
        #expect(
            YAMLWriter(indentWidth: 4).document(.mapping([.init("a", .mapping([.init("b", .int(1))]))]))
                == "a:\n    b: 1\n")
    }
}
