import TestSupport
import Testing

@Suite struct ExprTests {
    @Test(arguments: [
        ("1 + 2", "3"),
        ("1.0", "1.0"),
        ("7 / 2", "3"),
        ("7.0 / 2.0", "3.5"),
        ("'a' + \"b\"", "\"ab\""),
        ("[1, 2.5, 'x\"y', null, {'k': true}]", "[1, 2.5, \"x\\\"y\", null, {\"k\": true}]"),
        ("[1, 2, 3].exists(x, x > 2) && !(1 in [])", "true"),
        ("1 == 1.0", "true"),
    ])
    func printsTheValueAsJSON(expression: String, expected: String) throws {
        let result = try Programs.run("coherence", ["expr", expression])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected + "\n")
    }

    @Test(arguments: [
        ("9223372036854775807 + 1", "error: integer overflow"),
        ("1 / 0", "error: division by zero"),
        ("1 +", "error: unexpected end of expression at column 4"),
        ("nobody", "error: unknown variable 'nobody'"),
        (
            String(repeating: "(", count: 2000) + "1" + String(repeating: ")", count: 2000),
            "error: expression nests deeper than 100 levels"
        ),
    ])
    func reportsErrorsOnStderrWithExit65(expression: String, expectedStart: String) throws {
        let result = try Programs.run("coherence", ["expr", expression])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(expectedStart), "\(result.stderr)")
    }

    @Test func bindsVariablesFromAFileWhereOneIsAnIntAndOnePointZeroADouble() throws {
        let directory = try TemporaryDirectory()
        try directory.write("vars.yaml", "i: 1\nd: 1.0\nrcps: [colombo-process]\nprofile: {origin: true}\n")
        let result = try Programs.run(
            "coherence",
            ["expr", "[i + 1, d + 1.0, 'colombo-process' in rcps, profile.origin]", "--vars", "vars.yaml"],
            in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[2, 2.0, true, true]\n")
        // An int plus a double is no overload in CEL: 1 is bound as an int.
        let mixed = try Programs.run("coherence", ["expr", "i + 1.0", "--vars", "vars.yaml"], in: directory.url)
        #expect(mixed.status == 65)
    }

    @Test func readsJSONVariables() throws {
        let directory = try TemporaryDirectory()
        try directory.write("vars.json", "{\"n\": 41, \"names\": [\"a\", \"b\"]}")
        let result = try Programs.run(
            "coherence", ["expr", "n + size(names) - 1", "--vars", "vars.json"], in: directory.url)
        #expect(result.stdout == "42\n")
    }

    @Test func refusesVariablesThatAreNotAMapping() throws {
        let directory = try TemporaryDirectory()
        try directory.write("vars.yaml", "- 1\n")
        let result = try Programs.run("coherence", ["expr", "1", "--vars", "vars.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr == "vars.yaml:1:1: error: expected a mapping of variable names to values, found a list\n")
        let missing = try Programs.run("coherence", ["expr", "1", "--vars", "none.yaml"], in: directory.url)
        #expect(missing.status == 66)
    }
}
