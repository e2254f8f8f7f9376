import CEL
import Testing

@Suite struct PatternTests {
    @Test(
        arguments: [
            ("'hubba'.matches('ubb')", true), ("''.matches('foo|bar')", false), ("'cows'.matches('')", true),
            ("'grey'.matches('gr(a|e)y')", true), ("'banana'.matches('^ba(na)*$')", true),
            ("'mañana'.matches('a+ñ+a+')", true), ("'🐱😀😀'.matches('(a|😀){2}')", true),
            ("'abc'.matches('^b')", false), ("'a\\nb'.matches('^b')", false), ("'a\\nb'.matches('(?m)^b$')", true),
            ("'ABC'.matches('(?i)abc')", true), ("'ABC'.matches('abc')", false), ("'x'.matches('(?i:X)y?')", true),
            ("'a1_'.matches('^\\\\w+$')", true), ("'a b'.matches('\\\\bb\\\\b')", true),
            ("'ab'.matches('a\\\\bb')", false),
            ("'2024-01-31'.matches('^\\\\d{4}-\\\\d{2}-\\\\d{2}$')", true), ("'123'.matches('^\\\\d{4}$')", false),
            ("'aaa'.matches('^a{2,3}$')", true), ("'aaaa'.matches('^a{2,3}$')", false), ("'a{'.matches('a{')", true),
            ("'Zé'.matches('^[[:upper:]]\\\\pL$')", true), ("'x'.matches('[^a-c]')", true),
            ("'-'.matches('[a\\\\-]')", true),
            ("'a.c'.matches('a\\\\.c')", true), ("'abc'.matches('a\\\\.c')", false), ("'\\n'.matches('.')", false),
            ("'\\n'.matches('(?s).')", true), ("'ab'.matches('(?P<x>a)b')", true),
            ("'LAB-02'.matches('^[A-Z]+-[0-9]+$')", true),
            ("matches('abc', 'b+')", true),
            ("'A'.matches('\\\\101')", true), ("'\\x00'.matches('\\\\0')", true), ("'\\n'.matches('\\\\012')", true),
        ] as [(String, Bool)])
    func matchesLikeRE2(source: String, expected: Bool) {
        #expect(evaluate(source).value == .bool(expected))
    }

    @Test(arguments: [
        "'a'.matches('(')", "'a'.matches('a)')", "'a'.matches('*a')", "'a'.matches('a**')",
        "'a'.matches('[b-a]')", "'a'.matches('\\\\p{Greek}')", "'a'.matches('a{1001}')",
        "'a'.matches('\\\\q')", "'aa'.matches('(a)\\\\1')", "'a'.matches('((a{1000}){1000})')",
        "'a'.matches('((((){1000}){1000}){1000}){1000}')",
    ])
    func invalidPatternsAreErrors(source: String) {
        #expect(evaluate(source).errorMessage?.hasPrefix("invalid regular expression") == true)
    }

    @Test func nestedQuantifiersCannotBacktrack() {
        let text = String(repeating: "a", count: 5_000) + "!"
        let start = ContinuousClock.now
        #expect(evaluate("s.matches('^(a+)+$')", ["s": .string(text)]).value == false)
        #expect(evaluate("s.matches('(a|aa)*b')", ["s": .string(text)]).value == false)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func deeplyNestedGroupsAreAnError() {
        let pattern = String(repeating: "(", count: 5_000) + "a" + String(repeating: ")", count: 5_000)
        #expect(
            evaluate("'a'.matches(p)", ["p": .string(pattern)]).errorMessage
                == "invalid regular expression '\(pattern)': pattern nests deeper than 100 groups")
    }

    @Test func matchingCostsSteps() {
        let text = String(repeating: "ab", count: 20_000)
        #expect(
            evaluate("s.matches('[ab]{0,100}z')", ["s": .string(text)]).errorMessage
                == "evaluation exceeded 100000 steps")
    }
}
