import CEL
import Foundation
import Testing

@Suite struct EvaluatorTests {
    /// `err` is an evaluation error; each side must be absorbed when the other decides.
    @Test(arguments: [
        ("false && err", Value.bool(false)), ("err && false", false),
        ("true || err", true), ("err || true", true),
        ("'horses' && false", false), ("false && 'horses'", false),
        ("1 || true", true), ("true || 1", true),
    ])
    func logicAbsorbsErrorsInEitherOrder(source: String, expected: Value) {
        let source = source.replacingOccurrences(of: "err", with: "(1 / 0 == 1)")
        #expect(evaluate(source).value == expected)
    }

    @Test(arguments: ["true && err", "err && true", "false || err", "err || false", "err && err"])
    func logicKeepsErrorsWhenTheOtherSideDoesNotDecide(source: String) {
        let source = source.replacingOccurrences(of: "err", with: "(1 / 0 == 1)")
        #expect(evaluate(source).errorMessage == "division by zero")
    }

    @Test(arguments: [
        ("[0, 1].all(x, 1 / x > 5)", Value.bool(false)),
        ("[1, 0].all(x, 1 / x > 5)", false),
        ("[0, 1].exists(x, 1 / x == 1)", true),
        ("[1, 0].exists(x, 1 / x == 1)", true),
    ])
    func macrosAbsorbErrorsLikeLogic(source: String, expected: Value) {
        #expect(evaluate(source).value == expected)
    }

    @Test(arguments: [
        "[0, 1].exists(x, 1 / x == 2)", "[0, 1].exists_one(x, 1 / x == 1)", "[0].map(x, 1 / x)",
        "[0].filter(x, 1 / x == 1)",
    ])
    func macrosPropagateOtherErrors(source: String) {
        #expect(evaluate(source).errorMessage == "division by zero")
    }

    @Test(arguments: [
        ("9223372036854775807 + 1", "integer overflow in 9223372036854775807 + 1"),
        ("-9223372036854775808 - 1", "integer overflow in -9223372036854775808 - 1"),
        ("-9223372036854775808 / -1", "integer overflow in -9223372036854775808 / -1"),
        ("1 % 0", "modulus by zero"),
        ("1 + 1.0", "no such overload: int + double"),
        ("{'a': 1}.b", "no such key: 'b'"),
        ("{'a': 1}['b']", "no such key: 'b'"),
        ("[1][1]", "index 1 out of range for a list of 1 elements"),
        ("[1][0.5]", "list index 0.5 is not an integer"),
        ("1.x", "type 'int' does not support field selection"),
        ("x", "unknown variable 'x'"),
        ("nope(1)", "unknown function 'nope'"),
        ("'a' < 1", "no such overload: string < int"),
        ("1 in 2", "no such overload: int in int"),
        ("size(1)", "no such overload: size(int)"),
        ("!1", "no such overload: !(int)"),
        ("1 ? 2 : 3", "no such overload: ?:(int)"),
        ("int(1e19)", "double 1e+19 is out of the int range"),
        ("{1.5: 1}", "unsupported map key type 'double'"),
        ("{1: 1, 1: 2}", "repeated map key 1"),
    ])
    func errorsSayWhatIsWrong(source: String, message: String) {
        #expect(evaluate(source).errorMessage == message)
    }

    @Test(
        arguments: [
            ("1 == 1.0", Value.bool(true)), ("[1, 2.0] == [1.0, 2]", true), ("1 < 1.5", true),
            ("{'a': 1, 'b': 2} == {'b': 2, 'a': 1.0}", true), ("'b' > 'a'", true), ("null == null", true),
            ("1 in [1.0, 2]", true), ("2.0 in {2: 'x'}", true), ("{2: 'x'}[2.0]", "x"), ("[7, 8][1.0]", 8),
            ("'abc'.contains('b') && 'abc'.startsWith('ab') && 'abc'.endsWith('bc')", true),
            ("size('héllo') + size([1]) + size({})", 6), ("'a' + 'b'", "ab"), ("[1] + [2]", [1, 2]),
            ("true ? 1 : x", 1), ("[1, 2, 3].map(x, x > 1, x * 10)", [20, 30]),
            ("[1, 2, 3].filter(x, x != 2)", [1, 3]), ("[1, 2, 3].exists_one(x, x == 2)", true),
            ("{'k': 1}.map(k, k + '!')", ["k!"]), ("int('-12') + int(2.9)", -10),
            ("string(1.5) + string(2) + string(true)", "1.52true"), ("double('1e3')", 1000.0),
            ("bool('True')", true), ("dyn(1) == 1", true), ("-(2)", -2), ("!false", true),
            ("7 / 2 + 7 % 2", 4), ("-7 / 2", -3), ("-7 % 2", -1), ("1.0 / 0.0 > 1e308", true),
        ] as [(String, Value)])
    func operatorsAndFunctions(source: String, expected: Value) {
        #expect(evaluate(source).value == expected)
    }

    @Test func qualifiedVariablesResolveByTheLongestBoundName() {
        #expect(evaluate("a.b.c", ["a.b.c": 1, "a.b": .map(["c": 2])]).value == 1)
        #expect(evaluate("a.b.c", ["a.b": .map(["c": 2])]).value == 2)
        #expect(evaluate("[{'z': 0}].exists(y, y.z == 0)", ["y.z": 42]).value == true)
        #expect(evaluate(".x + [1].map(x, x)[0]", ["x": 10]).value == 11)
    }

    @Test func hostFunctionsAreAddedToTheBuiltins() throws {
        let program = try Program.parse("level('A') * 2 + size('xy')")
        let host = FunctionTable([
            "level": { arguments in
                arguments == [.string("A")] ? .success(.int(3)) : .failure(CELError("no item"))
            },
            "size": { _ in .success(.int(1000)) },  // a builtin of the same name wins
        ])
        #expect(try program.evaluate(Activation(host: host)).get() == 8)
    }

    @Test func hostFunctionsGetEveryArgumentAndUnknownNamesFail() throws {
        let activation = Activation(host: FunctionTable(["f": { .success(.int(Int64($0.count))) }]))
        #expect(try Program.parse("f(7)").evaluate(activation).get() == 1)
        #expect(try Program.parse("f(7, 8)").evaluate(activation).get() == 2)
        #expect(try Program.parse("f()").evaluate(activation).get() == 0)
        guard case .failure(let error) = try Program.parse("g(1)").evaluate(activation) else {
            Issue.record("expected an error")
            return
        }
        #expect(error == CELError("unknown function 'g'", offset: 0))
    }

    @Test func longTextPassedToAHostFunctionIsCharged() throws {
        let long = String(repeating: "x", count: 640)
        let limits = Limits(maxLength: 1000, maxDepth: 32, maxSteps: 10)
        let identity = Activation(host: FunctionTable(["id": { .success($0[0]) }]))
        #expect(throws: CELError.self) { try Program.parse("id('\(long)')", limits: limits).evaluate(identity).get() }
    }

    @Test func hostErrorsGetTheCallOffset() throws {
        let program = try Program.parse("1 + level('A')")
        let activation = Activation(
            host: FunctionTable(["level": { _ in .failure(CELError("item 'A' is unanswered")) }]))
        guard case .failure(let error) = program.evaluate(activation) else {
            Issue.record("expected an error")
            return
        }
        #expect(error == CELError("item 'A' is unanswered", offset: 4))
    }
}

@Suite struct StringFunctionTests {
    @Test(
        arguments: [
            ("'abc'.contains('')", true), ("''.contains('')", true), ("''.contains('a')", false),
            ("'abcabd'.contains('abd')", true), ("'aabaaab'.contains('aaab')", true), ("'abc'.contains('abcd')", false),
            ("'héllo'.contains('él')", true), ("'e\\u0301'.contains('\\u0301')", true),
            ("'abc'.startsWith('')", true), ("'abc'.endsWith('bc')", true), ("'abc'.endsWith('abcd')", false),
        ] as [(String, Bool)])
    func substringFunctions(source: String, expected: Bool) {
        #expect(evaluate(source).value == .bool(expected))
    }

    @Test func containsIsLinearOnHostileStrings() {
        let haystack = String(repeating: "a", count: 2_000_000)
        let needle = String(repeating: "a", count: 1_000_000) + "b"
        let start = ContinuousClock.now
        #expect(evaluate("h.contains(n)", ["h": .string(haystack), "n": .string(needle)]).value == false)
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}

@Suite struct EvaluationOffsetTests {
    @Test(
        arguments: [
            ("1 + 2 / 0", 6), ("m.missing", 2), ("m['missing']", 1), ("[1][5]", 3), ("nope(1)", 0), ("x.size()", 2),
            ("[1].all(v, v / 0 == 1)", 13), ("true && unknownName", 8), ("-(-9223372036854775807 - 1)", 0),
        ] as [(String, Int)])
    func errorsPointAtTheFailingNode(source: String, offset: Int) throws {
        let program = try Program.parse(source)
        guard case .failure(let error) = program.evaluate(Activation(variables: ["m": .map(["k": 1]), "x": 1])) else {
            Issue.record("\(source) should fail")
            return
        }
        #expect(error.offset == offset, "\(error.message)")
    }

    @Test func callsResolvedWhenThePlanIsBuiltSkipTheLookUpByName() throws {
        // `f('a')` is resolved; `f('b')` and `f(dyn('a'))` are not; `size('a')` is a built-in.
        let plan = EvaluationPlan(try Program.parse("f('a') + f('b') + f(dyn('a')) + size('a')")) {
            function, argument in
            argument == .string("a") ? ResolvedCall(function: 7, position: 3) : nil
        }
        let resolved: Value = try plan.evaluate(Activation(host: ResolvingHost())).get()
        #expect(resolved == 76)  // 73, then 1 for each call made by name and for size('a')
        // A host that knows no resolved calls answers them by name.
        let byName: Value = try plan.evaluate(Activation(host: FunctionTable(["f": { _ in .success(1) }]))).get()
        #expect(byName == 4)
        guard case .failure(let error) = plan.evaluate(Activation(host: ResolvingHost(failing: true))) else {
            Issue.record("expected an error")
            return
        }
        #expect(error == CELError("no \"a\"", offset: 0))
    }

    /// Answers the call resolved as (7, 3) with 73, or with an error naming its argument; any
    /// call by name with 1.
    private struct ResolvingHost: FunctionHost {
        var failing = false

        func call(_ name: String, _ arguments: [Value]) -> Result<Value, CELError>? {
            name == "f" ? .success(1) : nil
        }

        func call(_ call: ResolvedCall, _ argument: Value) -> Result<Value, CELError>? {
            if failing { return .failure(CELError("no \(argument.json)")) }
            return .success(.int(Int64(call.function * 10 + call.position)))
        }
    }

    @Test func variablesResolvedWhenThePlanIsBuiltKeepTheirScopes() throws {
        // The comprehension's `x` hides the variable inside its macro only; `.x` names the variable.
        let program = try Program.parse("x + [1, 2].map(x, x * 10)[1] + .x + [3].map(y, x)[0]")
        let plan = EvaluationPlan(program, variables: ["x"])
        #expect(try plan.evaluate(Activation(resolvedVariables: [5])).get() == 35)
        #expect(try plan.evaluate(Activation(variables: ["x": 5])).get() == 35)
    }
}
