import CEL
import Testing

@Suite struct LimitTests {
    static let depthMessage = "expression nests deeper than 100 levels"
    /// Room for inputs far past the depth limit, so the depth guard (not the length) stops them.
    static let roomy = Limits(maxLength: 1_000_000)

    @Test func lengthAtTheLimitParses() {
        let source = "'" + String(repeating: "a", count: 9_998) + "'"
        #expect(source.count == 10_000)
        #expect(parseError(source) == nil)
    }

    @Test func lengthPastTheLimitFails() throws {
        let source = "'" + String(repeating: "é", count: 9_999) + "'"
        let error = try #require(parseError(source))
        #expect(error.message == "expression is longer than 10000 characters")
    }

    @Test func combiningMarksCountTowardTheLength() throws {
        let source = "'a" + String(repeating: "\u{301}", count: 10_000) + "'"
        #expect(source.count == 3)
        let error = try #require(parseError(source))
        #expect(error.message == "expression is longer than 10000 characters")
    }

    /// Builders of inputs `n` levels deep around `x`, one per nesting construct.
    static let nesters: [(name: String, build: @Sendable (Int) -> String)] = [
        ("parentheses", { String(repeating: "(", count: $0) + "x" + String(repeating: ")", count: $0) }),
        ("lists", { String(repeating: "[", count: $0) + "x" + String(repeating: "]", count: $0) }),
        ("maps", { String(repeating: "{1: ", count: $0) + "x" + String(repeating: "}", count: $0) }),
        ("calls", { String(repeating: "f(", count: $0) + "x" + String(repeating: ")", count: $0) }),
        ("negations", { String(repeating: "!", count: $0) + "x" }),
        ("minus signs", { String(repeating: "-", count: $0) + "x" }),
        ("selections", { "x" + String(repeating: ".f", count: $0) }),
        ("indexes", { "x" + String(repeating: "[0]", count: $0) }),
        ("additions", { "x" + String(repeating: " + 1", count: $0) }),
        ("conditionals", { String(repeating: "x ? 1 : ", count: $0) + "2" }),
        ("macros", { String(repeating: "x.all(y, ", count: $0) + "y" + String(repeating: ")", count: $0) }),
    ]

    @Test(arguments: nesters.map(\.name))
    func depthAtTheLimitParses(construct: String) {
        let build = Self.nesters.first { $0.name == construct }!.build
        #expect(parseError(build(100)) == nil)
        #expect(parseError(build(101))?.message == Self.depthMessage)
    }

    @Test(arguments: nesters.map(\.name))
    func hundredThousandCharactersOfNestingFailFast(construct: String) throws {
        let build = Self.nesters.first { $0.name == construct }!.build
        var source = build(100_000)
        source = String(source.prefix(100_000))  // an unclosed prefix is as hostile as a closed one
        let start = ContinuousClock.now
        let error = try #require(parseError(source, limits: Self.roomy))
        #expect(error.message == Self.depthMessage)
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func longFlatChainsOfLogicStayShallow() {
        let source = Array(repeating: "true", count: 1_000).joined(separator: " && ")
        #expect(evaluate(source, limits: Self.roomy).value == true)
    }

    @Test func deepExpressionAtTheLimitEvaluates() {
        let source = String(repeating: "-", count: 100) + "7"
        #expect(evaluate(source).value == 7)
        let parenthesized = String(repeating: "(", count: 100) + "7" + String(repeating: ")", count: 100)
        #expect(evaluate(parenthesized).value == 7)
    }

    @Test func stepBudgetStopsNestedMacros() {
        let nest =
            String(repeating: "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(x, ", count: 8) + "x"
            + String(repeating: ")", count: 8)
        let start = ContinuousClock.now
        #expect(evaluate(nest).errorMessage == "evaluation exceeded 100000 steps")
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func stepBudgetAtTheLimitAndPastIt() {
        // A literal costs one step; `[1, 2].all(x, true)` costs 1 + 3 (range) + 2 × 2 (iterations).
        let source = "[1, 2].all(x, true)"
        #expect(evaluate(source, limits: Limits(maxSteps: 8)).value == true)
        #expect(evaluate(source, limits: Limits(maxSteps: 7)).errorMessage == "evaluation exceeded 7 steps")
    }

    @Test func stepBudgetIsNotAbsorbedByLogic() {
        let nest =
            String(repeating: "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].exists(x, ", count: 8) + "x == 0"
            + String(repeating: ")", count: 8)
        #expect(evaluate(nest + " || true").errorMessage == "evaluation exceeded 100000 steps")
        #expect(evaluate("true || " + nest).value == true)  // never evaluated
        #expect(evaluate(nest + " && false").errorMessage == "evaluation exceeded 100000 steps")
    }

    @Test func doublingStringsRunOutOfSteps() {
        let doubling = String(repeating: "[s + s].map(s, ", count: 40) + "s" + String(repeating: ")", count: 40)
        let source = "['" + String(repeating: "x", count: 1_000) + "'].map(s, " + doubling + ")"
        #expect(evaluate(source).errorMessage == "evaluation exceeded 100000 steps")
    }
}

@Suite struct SharingLimitTests {
    /// Each level holds the level below four times: 4^12 values from a few hundred steps.
    static let exponential =
        "[1, 2, 3, 4].map(a, [1, 2, 3, 4].map(b, [1, 2, 3, 4].map(c, [1, 2, 3, 4]"
        + ".map(d, [1, 2, 3, 4].map(e, [1, 2, 3, 4].map(f, [1, 2, 3, 4].map(g, [1, 2, 3, 4].map(h, "
        + "[1, 2, 3, 4].map(i, [1, 2, 3, 4].map(j, [1, 2, 3, 4].map(k, [1, 2, 3, 4].map(l, 0))))))))))))"

    @Test func sharedHugeListsCannotBeComparedForFree() {
        let start = ContinuousClock.now
        #expect(
            evaluate("[\(Self.exponential)] == [\(Self.exponential)]").errorMessage
                == "evaluation exceeded 100000 steps")
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func hugeResultsAreRefused() {
        #expect(evaluate(Self.exponential).errorMessage == "evaluation exceeded 100000 steps")
    }

    @Test func largeBoundVariablesStillEvaluate() {
        let list = Value.list(Array(repeating: 1, count: 200_000))
        #expect(evaluate("x", ["x": list]).value == list)
    }
}

@Suite struct DefaultLimitTests {
    @Test(arguments: ["(", "-", "!", "[", "a."])
    func hundredThousandCharactersAreTooLongByDefault(unit: String) throws {
        let source = String(repeating: unit, count: 100_000 / unit.count)
        let error = try #require(parseError(source))
        #expect(error.message == "expression is longer than 10000 characters")
    }
}

@Suite struct TextCostTests {
    static let long = Value.string(String(repeating: "x", count: 3_000_000))

    @Test(arguments: [
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(i, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].all(j, s < s + 'y'))",
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(i, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].all(j, size(s) > 0))",
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(i, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].all(j, !(s in {'a': 1})))",
    ])
    func readingLongStringsInLoopsRunsOutOfSteps(source: String) {
        let start = ContinuousClock.now
        #expect(evaluate(source, ["s": Self.long]).errorMessage == "evaluation exceeded 100000 steps")
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
