import CEL
import Testing

@Suite struct ValueTests {
    @Test(
        arguments: [
            (Value.null, "null"), (true, "true"), (3, "3"), (-9_223_372_036_854_775_808, "-9223372036854775808"),
            (1.0, "1.0"), (0.1, "0.1"), (-0.0, "-0.0"), (1e300, "1e+300"), (2.5e-8, "2.5e-08"),
            (.double(.nan), "\"NaN\""), (.double(.infinity), "\"Infinity\""), (.double(-.infinity), "\"-Infinity\""),
            ("a\"b\\c\n\t\u{01}é", "\"a\\\"b\\\\c\\n\\t\\u0001é\""),
            ([1, "x", [nil]], "[1, \"x\", [null]]"), ([], "[]"),
            (.map(["b": 1, "a": [2.5]]), "{\"b\": 1, \"a\": [2.5]}"),
            (.map([1: true, false: "f"]), "{\"1\": true, \"false\": \"f\"}"),
        ] as [(Value, String)])
    func printsAsJSON(value: Value, json: String) {
        #expect(value.json == json)
    }

    @Test func evaluatedDoublesKeepTheirDecimalPoint() {
        #expect(evaluate("2.0 * 3.0").value?.json == "6.0")
        #expect(evaluate("1e300 * 10.0").value?.json == "1e+301")
    }

    @Test func mapsCompareInAnyOrderAndLookUpNumbersByValue() {
        var a = ValueMap()
        a["x"] = 1
        a[2] = "two"
        let b = ValueMap([(key: 2, value: "two"), (key: "x", value: 1)])
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a[2.0] == "two")
        #expect(a[2.5] == nil)
        #expect(Array(a.keys) == ["x", 2])
    }
}

@Suite struct ConversionTests {
    @Test(
        arguments: [
            (1.5, "1.5"), (100.0, "100"), (123456.0, "123456"), (1234567.0, "1.234567e+06"), (1e6, "1e+06"),
            (0.0001, "0.0001"), (0.000015, "1.5e-05"), (-4.5e-3, "-0.0045"), (123.456, "123.456"),
            (1e300, "1e+300"), (-0.0, "-0"), (0.0, "0"), (.nan, "NaN"), (.infinity, "+Inf"), (-.infinity, "-Inf"),
            (9.223372036854776e18, "9.223372036854776e+18"), (.leastNonzeroMagnitude, "5e-324"), (0.1, "0.1"),
            (12.0, "12"),
        ] as [(Double, String)])
    func stringOfADoublePrintsLikeCelGo(value: Double, text: String) throws {
        let program = try Program.parse("string(x)")
        #expect(program.evaluate(Activation(variables: ["x": .double(value)])).value == .string(text))
    }
}

@Suite struct CodePointTests {
    @Test func stringsCompareByCodePoint() {
        #expect(Value.string("é") != Value.string("e\u{301}"))
        #expect(evaluate("'é' == 'e\\u0301'").value == false)
        #expect(evaluate("{'é': 1, 'e\\u0301': 2}['e\\u0301']").value == 2)
        #expect(evaluate("size({'é': 1, 'e\\u0301': 2})").value == 2)
    }
}
