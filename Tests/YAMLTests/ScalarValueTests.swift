import Testing
import YAML

@Suite struct ScalarValueTests {
    /// The value of the scalar written after `v: `.
    static func value(_ written: String) throws -> ScalarValue? {
        try YAMLParser().parse("v: \(written)\n", file: "t.yaml")["v"]?.value
    }

    @Test(arguments: [
        ("true", ScalarValue.bool(true)), ("false", .bool(false)),
        ("True", .string("True")), ("TRUE", .string("TRUE")), ("yes", .string("yes")), ("no", .string("no")),
        ("on", .string("on")), ("off", .string("off")), ("y", .string("y")), ("N", .string("N")),
    ])
    func onlyTrueAndFalseAreBooleans(written: String, expected: ScalarValue) throws {
        #expect(try Self.value(written) == expected)
    }

    @Test(arguments: [
        ("~", ScalarValue.null), ("null", .null), ("", .null),
        ("Null", .string("Null")), ("NULL", .string("NULL")), ("none", .string("none")),
        ("\"\"", .string("")), ("''", .string("")), ("\"null\"", .string("null")), ("'~'", .string("~")),
    ])
    func nulls(written: String, expected: ScalarValue) throws {
        #expect(try Self.value(written) == expected)
    }

    @Test(arguments: [
        ("0", ScalarValue.int(0)), ("12", .int(12)), ("-3", .int(-3)), ("+7", .int(7)), ("012", .int(12)),
        ("0x1F", .int(31)), ("0o17", .int(15)), ("9223372036854775807", .int(Int.max)),
        ("-9223372036854775808", .int(Int.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)),
        ("0xFFFFFFFFFFFFFFFFFF", .string("0xFFFFFFFFFFFFFFFFFF")),
        ("0x", .string("0x")), ("0xG", .string("0xG")), ("0o8", .string("0o8")), ("-0x1", .string("-0x1")),
        ("1_000", .string("1_000")), ("0b101", .string("0b101")), ("1,000", .string("1,000")),
    ])
    func integers(written: String, expected: ScalarValue) throws {
        #expect(try Self.value(written) == expected)
    }

    @Test(arguments: [
        ("1.5", ScalarValue.double(1.5)), ("-2e3", .double(-2000)), (".5", .double(0.5)), ("1.", .double(1)),
        ("+1.5", .double(1.5)), ("-.5", .double(-0.5)), ("1e3", .double(1000)), ("2.5E-1", .double(0.25)),
        (".inf", .double(.infinity)), ("-.inf", .double(-.infinity)), ("+.Inf", .double(.infinity)),
        (".INF", .double(.infinity)), ("3.0", .double(3)),
        (".", .string(".")), ("1e", .string("1e")), ("e3", .string("e3")), ("1.2.3", .string("1.2.3")),
        (".infinity", .string(".infinity")), ("inf", .string("inf")), ("nan", .string("nan")),
        ("-.nan", .string("-.nan")), ("1.5x", .string("1.5x")),
    ])
    func floats(written: String, expected: ScalarValue) throws {
        #expect(try Self.value(written) == expected)
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(written: String) throws {
        guard case .double(let double) = try Self.value(written) else {
            Issue.record("\(written) is not a double")
            return
        }
        #expect(double.isNaN)
    }

    @Test(arguments: [
        ("2026-10-14", "2026-10-14"), ("\"12\"", "12"), ("'true'", "true"), ("!!str 12", "12"),
        ("!!str true", "true"), ("!!str", ""), ("|\n  12\n", "12\n"), (">-\n  1.5\n", "1.5"),
        ("\"1e3\"", "1e3"), ("COOP-01", "COOP-01"), ("n/a", "n/a"), ("12:30", "12:30"),
        ("Valoria", "Valoria"), ("é", "é"),
    ])
    func strings(written: String, expected: String) throws {
        #expect(try Self.value(written) == .string(expected))
    }

    @Test func stylesAndTagsAreKept() throws {
        let root = try YAMLParser().parse(
            "a: 'x'\nb: \"y\"\nc: |\n  z\nd: >\n  w\ne: !!str 1\nf: !local v\n", file: "t.yaml")
        #expect(root["a"]?.scalar?.style == .singleQuoted)
        #expect(root["b"]?.scalar?.style == .doubleQuoted)
        #expect(root["c"]?.scalar?.style == .literal)
        #expect(root["d"]?.scalar?.style == .folded)
        #expect(root["e"]?.scalar?.tag == "!!str")
        #expect(root["f"]?.scalar?.tag == "!local")
        #expect(root["a"]?.scalar?.tag == nil)
    }

    @Test(arguments: [
        ("{a: 1}", "a mapping"), ("[1]", "a list"), ("x", "a string"), ("'1'", "a string"), ("1", "a number"),
        ("1.5", "a number"), ("true", "true/false"), ("~", "null"), ("", "null"),
    ])
    func kindDescriptions(written: String, expected: String) throws {
        let node = try #require(try YAMLParser().parse("v: \(written)\n", file: "t.yaml")["v"])
        #expect(node.kindDescription == expected)
    }

    @Test func accessors() throws {
        let root = try YAMLParser().parse("m: {k: v}\ns: [1]\nx: text\n", file: "t.yaml")
        #expect(root.mapping?.count == 3)
        #expect(root.sequence == nil && root.scalar == nil && root.value == nil)
        #expect(root["s"]?.sequence?.first?.value == .int(1))
        #expect(root["x"]?.string == "text")
        #expect(root["s"]?.string == nil)
        #expect(root["missing"] == nil)
        #expect(root["x"]?["k"] == nil)
        let numbers = try YAMLParser().parse("[1, 2.5, true, ~, '3']", file: "t.yaml").sequence ?? []
        #expect(numbers.map(\.number) == [1, 2.5, nil, nil, nil])
        #expect(numbers.map(\.int) == [1, nil, nil, nil, nil])
        #expect(numbers.map(\.bool) == [nil, nil, true, nil, nil])
        #expect(numbers.map(\.isNull) == [false, false, false, true, false])
        #expect(root.pair(forKey: "m")?.key.location == Location(file: "t.yaml", line: 1, column: 1))
    }

    /// `isNull`, found without building the value, agrees with the value for every kind of scalar.
    @Test func isNullAgreesWithValue() {
        let scalars = [
            Scalar(""), Scalar("~"), Scalar("null"), Scalar("nul"), Scalar("Null"), Scalar("0"), Scalar("~~"),
            Scalar("", style: .singleQuoted), Scalar("null", style: .doubleQuoted), Scalar("~", tag: "!!str"),
            Scalar("null", tag: "!!null"), Scalar("", style: .literal),
        ]
        #expect(scalars.map(\.isNull) == scalars.map { $0.value == .null })
        #expect(
            scalars.map(\.isNull) == [true, true, true, false, false, false, false, false, false, false, true, false])
    }
}
