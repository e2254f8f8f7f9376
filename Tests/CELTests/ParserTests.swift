import CEL
import Testing

@Suite struct ParserTests {
    @Test(arguments: [
        ("1 + (2 * 3", "expected ')' at column 11", 10),
        ("a.", "expected a field name at column 3", 2),
        ("[1, 2", "expected ']' at column 6", 5),
        ("{'a' 1}", "expected ':' at column 6", 5),
        ("1 +", "unexpected end of expression at column 4", 3),
        ("x = 1", "unexpected '=' (did you mean '=='?) at column 3", 2),
        ("a and b", "unexpected 'and' (did you mean '&&'?) at column 3", 2),
        ("'abc", "unterminated string literal at column 1", 0),
        ("\"a\\qb\"", "invalid escape sequence '\\q' at column 3", 2),
        ("9223372036854775808", "integer literal is out of range at column 1", 0),
        ("1 + 2u", "unsigned integers are not supported at column 6", 5),
        ("if", "'if' is a reserved word at column 1", 0),
        ("x.all(1, true)", "the first argument of all() must be a variable name at column 7", 6),
        ("has(x)", "has() takes one field selection, like has(m.field) at column 1", 0),
        ("1 #", "unexpected character '#' at column 3", 2),
        ("a &&\n  (b", "expected ')' at line 2, column 5", 9),
        ("'é' + (", "unexpected end of expression at column 8", 7),
    ])
    func syntaxErrorsSayWhatAndWhere(source: String, message: String, offset: Int) throws {
        let error = try #require(parseError(source))
        #expect(error.message == message)
        #expect(error.offset == offset)
    }

    @Test func nodesCarryTheirOffsets() throws {
        let program = try Program.parse("a + f(b.c, x[0])")
        guard case .binary(.add, let a, let call) = program.root.kind else {
            Issue.record("not an addition: \(program.root)")
            return
        }
        #expect(program.root.offset == 2)
        #expect(a.offset == 0)
        #expect(call.offset == 4)
        guard case .call("f", nil, let arguments) = call.kind else {
            Issue.record("not a call: \(call)")
            return
        }
        #expect(arguments.map(\.offset) == [8, 12])  // the field name, then the '['
    }

    @Test(arguments: [
        ("'a\\tb'", Value.string("a\tb")),
        ("\"it's\"", "it's"),
        ("'''two\nlines'''", "two\nlines"),
        ("\"\"\"q\"uote\"\"\"", "q\"uote"),
        ("r'\\n'", "\\n"),
        ("R\"\\d+\"", "\\d+"),
        ("'\\x41\\u00e9\\U0001F600\\101'", "Aé😀A"),
        ("'\\'\\\"\\\\\\`\\?'", "'\"\\`?"),
        ("0x1F", 31),
        ("-0x10", -16),
        ("-9223372036854775808", .int(.min)),
        ("1.5e3", 1500.0),
        ("2E-2", 0.02),
        ("1e5", 100000.0),
        (".5", 0.5),
        ("null", nil),
        ("true", true),
        ("false", false),
        ("{'break': 1}.break", 1),
        ("{'a-b': 2}.`a-b`", 2),
        ("1 // a comment\n + 1", 2),
    ])
    func literalForms(source: String, expected: Value) {
        #expect(evaluate(source).value == expected)
    }

    @Test func macrosBecomeComprehensions() throws {
        let program = try Program.parse("[1, 2].map(x, x > 1, x * 2)")
        guard case .comprehension(let c) = program.root.kind else {
            Issue.record("not a comprehension")
            return
        }
        #expect(c.macro == .map)
        #expect(c.variable == "x")
        #expect(c.predicate != nil)
        #expect(program.root.offset == 7)
    }

    @Test func hasBecomesATestOnlySelection() throws {
        let program = try Program.parse("has(m.f)")
        #expect(program.root.kind == .select(Expr(.identifier("m"), offset: 4), field: "f", testOnly: true))
        #expect(program.root.offset == 6)
    }
}
