import CEL
import Testing

@Suite struct CheckTests {
    static let declarations = Declarations(
        variables: ["profile", "country", "period"],
        functions: ["level": 1, "score": 1, "answered": 1, "section": 1])

    func messages(_ source: String) throws -> [String] {
        try Program.parse(source).check(Self.declarations).map(\.message)
    }

    @Test(arguments: [
        ("level('A') > 2 && profile.origin == 'x'", [String]()),
        ("levle('A') > 2", ["unknown function 'levle' (did you mean 'level'?)"]),
        ("frobnicate(1)", ["unknown function 'frobnicate'"]),
        ("profle.origin", ["unknown variable 'profle' (did you mean 'profile'?)"]),
        ("x + 1", ["unknown variable 'x'"]),
        ("level('A', 2)", ["function 'level' takes 1 argument, got 2"]),
        ("size('a', 'b')", ["function 'size' takes 1 argument, got 2"]),
        ("'a'.startswith('b')", ["unknown function 'startswith' (did you mean 'startsWith'?)"]),
        ("[1, 2].all(x, x > 0 && level('A') > x)", []),
        ("[1, 2].all(x, y > 0)", ["unknown variable 'y'"]),
        ("has(profile.origin) && size(period) > 0 && int('1') == 1", []),
        (
            "scroe('A') + levl('B')",
            [
                "unknown function 'scroe' (did you mean 'score'?)", "unknown function 'levl' (did you mean 'level'?)",
            ]
        ),
    ])
    func reportsUnknownNamesAndArity(source: String, expected: [String]) throws {
        #expect(try messages(source) == expected)
    }

    @Test func errorsPointAtTheName() throws {
        let errors = try Program.parse("1 + levle('A')").check(Self.declarations)
        #expect(errors.map(\.offset) == [4])
    }

    @Test func qualifiedNamesAreKnownByAnyDeclaredPrefix() throws {
        let declarations = Declarations(variables: ["a.b"])
        #expect(try Program.parse("a.b.c").check(declarations).isEmpty)
        #expect(try Program.parse("a.x").check(declarations).map(\.message) == ["unknown variable 'a'"])
    }

    @Test func callsFindsGlobalCallsWithArguments() throws {
        let program = try Program.parse("level('LAB-02') > 1 || x.level('no') || level(id)")
        let calls = program.calls(to: "level")
        #expect(calls.map(\.offset) == [0, 40])
        #expect(calls.map { $0.arguments.first?.stringLiteral } == ["LAB-02", nil])
    }

    @Test func fieldSelectionsFindEveryForm() throws {
        let program = try Program.parse(
            "profile.origin == 'x' && has(profile.transit) && profile['size'] > 1 && profile[k] == 1 "
                + "&& [profile].all(profile, profile.hidden) && other.origin")
        let selections = program.fieldSelections(on: "profile")
        #expect(selections.map(\.field) == ["origin", "transit", "size"])
        #expect(selections.map(\.offset) == [8, 37, 57])
    }
}
