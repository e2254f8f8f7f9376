import CoherenceKit
import Testing
import YAML

/// Load-time checks of `applies_if` and `when`, located at file:line:column (DESIGN.md §6).
@Suite struct ExpressionCheckerTests {
    /// Expressions start at test.yaml:9:17 (applies_if) and test.yaml:20:11 (when); see `Fixture`.
    static func framework(appliesIf: String? = nil, when: String? = nil) -> Framework {
        Fixture.framework(
            [
                Fixture.section("coop", items: [Fixture.item("LAB-02"), Fixture.item("LAB-05", appliesIf: appliesIf)])
            ],
            dimensions: [("national", 1)], profile: [("origin", .bool), ("rcps", .list)],
            rules: when.map { [Fixture.rule("R-1", when: $0)] } ?? [])
    }

    /// `line:column: message` of each diagnostic.
    static func errors(appliesIf: String? = nil, when: String? = nil) -> [String] {
        ExpressionChecker.diagnostics(for: framework(appliesIf: appliesIf, when: when)).map {
            "\($0.location.line):\($0.location.column): \($0.message)"
        }
    }

    @Test(arguments: [
        "profile.origin && 'colombo' in profile.rcps",
        "answered('LAB-02') && level('LAB-02') >= 2 && country.code == 'VLR' && period == '2026'",
        "has_evidence('LAB-02') || unknown('LAB-02') || !applicable('LAB-02') || score('LAB-02') > 50.0",
        "has(profile.origin) ? profile.rcps.exists(r, r.startsWith('c')) : false",
    ])
    func soundConditionsPass(expression: String) {
        #expect(Self.errors(appliesIf: expression).isEmpty)
        #expect(Self.errors(when: expression).isEmpty)
    }

    @Test func rulesMayReadSectionsAndDimensions() {
        #expect(Self.errors(when: "section('coop') < 50.0 && dimension('national') < 50.0").isEmpty)
    }

    @Test(arguments: [
        // column = 17 + the 0-based offset the problem is at
        ("level('LAB-5') > 1", "9:17: applies_if: unknown item 'LAB-5' (did you mean 'LAB-05'?)"),
        ("profile.orign", "9:25: applies_if: unknown profile field 'orign' (did you mean 'origin'?)"),
        (
            "section('coop') > 1.0",
            "9:17: applies_if: section() cannot be used in applies_if, which decides what is scored"
        ),
        (
            "dimension('national') > 1.0",
            "9:17: applies_if: dimension() cannot be used in applies_if, which decides what is scored"
        ),
        ("levle('LAB-02') > 1", "9:17: applies_if: unknown function 'levle' (did you mean 'level'?)"),
        ("level('LAB-02', 1) > 1", "9:17: applies_if: function 'level' takes 1 argument, got 2"),
        ("nation == 1", "9:17: applies_if: unknown variable 'nation'"),
        ("level('LAB-02') >", "9:34: applies_if: "),
    ])
    func appliesIfProblemsAreLocated(expression: String, expected: String) throws {
        let errors = Self.errors(appliesIf: expression)
        let first = try #require(errors.first, "no diagnostic for \(expression)")
        #expect(first.hasPrefix(expected), "\(errors)")
    }

    @Test func ruleProblemsAreLocatedAndNameSectionsAndDimensions() {
        let errors = Self.errors(when: "section('cop') > 1.0 && dimension('nationl') > 1.0 && level('LAB-02') > 1")
        #expect(
            errors == [
                "20:11: when: unknown section 'cop' (did you mean 'coop'?)",
                "20:35: when: unknown dimension 'nationl' (did you mean 'national'?)",
            ])
    }

    /// A multi-line expression's problems point at where it starts.
    @Test func multiLineExpressionsPointAtTheirStart() {
        #expect(
            Self.errors(when: "level('LAB-02') > 1 &&\n  level('NOPE') > 1") == ["20:11: when: unknown item 'NOPE'"])
    }

    @Test(
        arguments: [
            ("level('LAB-02') >= 3 && level('LAB-05') <= 1", ["LAB-02", "LAB-05"]),
            ("score('B') > 1.0 || answered('A') || has_evidence('B')", ["B", "A"]),
            ("unknown('X') && applicable('Y') && level('X') > 0", ["X", "Y"]),
            ("section('coop') > 1.0 && profile.origin", []),
            ("level(country.code) > 1", []),
            ("level(", []),
        ] as [(String, [String])])
    func itemsNamedInOrderOfAppearance(expression: String, items: [String]) {
        #expect(ExpressionChecker.itemsNamed(by: SourceExpression(expression, at: Fixture.here)) == items)
    }

    /// Hostile expressions give a diagnostic, not a crash.
    @Test func hugeAndDeepExpressionsAreRefused() {
        #expect(
            !Self.errors(when: String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)).isEmpty)
        #expect(!Self.errors(when: String(repeating: "1 + ", count: 5000) + "1").isEmpty)
    }
}
