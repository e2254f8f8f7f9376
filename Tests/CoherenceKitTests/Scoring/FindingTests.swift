import CoherenceKit
import Testing
import YAML

/// Item states decided by `applies_if`, and findings in each state (DESIGN.md §5, §6).
@Suite struct FindingTests {
    typealias F = Fixture

    static let profiled = F.framework(
        [
            F.section(
                "s",
                items: [
                    F.item("base"),
                    F.item("origin-only", appliesIf: "profile.origin"),
                    F.item("dest-only", appliesIf: "profile.destination"),
                    F.item("rcp", appliesIf: "'colombo' in profile.rcps"),
                    F.item("follows", appliesIf: "applicable('origin-only') && answered('base')"),
                ])
        ], profile: [("origin", .bool), ("destination", .bool), ("rcps", .list)])

    /// A false `applies_if` makes the item not applicable even when answered; true keeps it.
    @Test func appliesIfDecidesApplicability() throws {
        let card = Scorer.score(
            F.assessment(
                [
                    ("base", F.level(50)), ("origin-only", F.level(100)), ("dest-only", F.level(100)),
                    ("rcp", F.level(0)),
                    ("follows", F.level(20)),
                ],
                profile: ["origin": .bool(true), "destination": .bool(false), "rcps": .list(["colombo"])]),
            against: Self.profiled)
        #expect(card.item("origin-only")?.status == .answered)
        let dest = try #require(card.item("dest-only"))
        #expect(dest.status == .notApplicable)
        #expect(
            dest.notApplicableReason == "does not apply to this country's profile (applies_if: profile.destination)")
        #expect(dest.score == nil)
        #expect(card.item("rcp")?.status == .answered)
        #expect(card.item("follows")?.status == .answered)
        #expect(card.section("s")?.score == 42.5)  // (50 + 100 + 0 + 20) / 4; dest-only left out
        #expect(card.warnings.isEmpty)
    }

    /// Conditions run in document order: a later item sees an earlier item's applies_if outcome.
    @Test func appliesIfSeesEarlierOutcomes() {
        let card = Scorer.score(
            F.assessment(
                [("base", F.level(50)), ("origin-only", F.level(100))],
                profile: ["origin": .bool(false), "destination": .bool(true), "rcps": .list([])]),
            against: Self.profiled)
        #expect(card.item("origin-only")?.status == .notApplicable)
        #expect(card.item("follows")?.status == .notApplicable)  // applicable('origin-only') is now false
        #expect(card.item("rcp")?.status == .notApplicable)
        #expect(card.item("dest-only")?.status == .unanswered)
    }

    /// An `applies_if` that cannot be evaluated leaves the item applicable and warns, naming the item.
    @Test func failingAppliesIfWarnsAndKeepsTheItem() throws {
        let card = Scorer.score(
            F.assessment(
                [("base", F.level(50)), ("rcp", F.level(100))],
                profile: ["origin": .bool(true), "destination": .bool(true)]),  // rcps missing
            against: Self.profiled)
        let rcp = try #require(card.item("rcp"))
        #expect(rcp.status == .answered)
        #expect(rcp.score == 100)
        let warning = try #require(card.warnings.first)
        #expect(card.warnings.count == 1)
        #expect(warning.item == "rcp")
        #expect(warning.message.hasPrefix("applies_if: "))
        #expect(warning.message.contains("rcps"))
        // The condition starts at test.yaml:9:17; the warning points into it.
        #expect(warning.location?.line == 9)
        #expect((warning.location?.column ?? 0) >= 17)
        #expect(ScorecardText.render(card).contains("warning: item 'rcp': applies_if: "))
        #expect(ScorecardJSON.render(card).contains("\"location\": \"test.yaml:9:"))
    }

    /// Items that share a condition's text each get its outcome, and each its own warning and
    /// location, though the scorer evaluates a condition that reads only the profile once.
    @Test func itemsSharingAConditionEachGetItsOutcome() throws {
        let framework = F.framework(
            [
                F.section(
                    "s",
                    items: [
                        F.item("a", appliesIf: "profile.missing"), F.item("b", appliesIf: "profile.origin"),
                        F.item("c", appliesIf: "profile.missing"), F.item("d", appliesIf: "profile.origin"),
                    ])
            ],
            profile: [("origin", .bool), ("missing", .bool)])
        let card = Scorer.score(F.assessment([], profile: ["origin": .bool(false)]), against: framework)
        #expect(card.item("b")?.status == .notApplicable)
        #expect(card.item("d")?.status == .notApplicable)
        #expect(
            card.item("d")?.notApplicableReason
                == "does not apply to this country's profile (applies_if: profile.origin)")
        #expect(card.warnings.map(\.item) == ["a", "c"])
        #expect(
            card.warnings.map(\.message) == [
                "applies_if: no such key: 'missing'", "applies_if: no such key: 'missing'",
            ])
    }

    /// A condition that reads items is evaluated for each item, even where its text repeats: an
    /// item excluded in between changes its value.
    @Test func aConditionReadingItemsIsEvaluatedForEachItem() {
        let framework = F.framework(
            [
                F.section(
                    "s",
                    items: [
                        F.item("x", appliesIf: "applicable('y')"), F.item("y", appliesIf: "profile.origin"),
                        F.item("z", appliesIf: "applicable('y')"),
                    ])
            ],
            profile: [("origin", .bool)])
        let card = Scorer.score(F.assessment([], profile: ["origin": .bool(false)]), against: framework)
        #expect(card.item("x")?.status == .unanswered)  // y was still applicable
        #expect(card.item("y")?.status == .notApplicable)
        #expect(card.item("z")?.status == .notApplicable)
    }

    /// An explicit n/a answer wins without evaluating the condition.
    @Test func explicitNotApplicableKeepsItsReason() {
        let card = Scorer.score(
            F.assessment([("rcp", .notApplicable(reason: "No land borders"))], profile: [:]), against: Self.profiled)
        #expect(card.item("rcp")?.status == .notApplicable)
        #expect(card.item("rcp")?.notApplicableReason == "No land borders")
        #expect(!card.warnings.contains { $0.item == "rcp" })
    }

    static let ruled = F.framework(
        [
            F.section("s", items: [F.item("a", dimensions: ["nat": 1]), F.item("b"), F.item("c"), F.item("d")]),
            F.section("empty", items: [F.item("e")]),
        ],
        dimensions: [("nat", 1)],
        rules: [
            F.rule("R-TRIG", when: "level('a') >= 50 && score('b') <= 25"),
            F.rule("R-CLEAR", when: "level('a') < 50"),
            F.rule("R-UNANS", when: "level('c') > 1"),
            F.rule("R-UNKNOWN", when: "level('d') > 1"),
            F.rule("R-NA", when: "level('e') > 1"),
            F.rule("R-NOTBOOL", when: "level('a') + 1"),
            F.rule("R-ABSORB", when: "level('c') > 1 || answered('a')"),
            F.rule("R-SECTION", when: "section('s') < 50.0 && dimension('nat') == 60.0"),
            F.rule("R-NOSCORE", when: "section('empty') > 0.0"),
            F.rule(
                "R-COUNTRY", when: "country.code == 'VLR' && period == '2026' && unknown('d') && !has_evidence('a')"),
        ])

    static let ruledCard = Scorer.score(
        F.assessment([("a", F.level(60)), ("b", F.level(20)), ("d", .unknown), ("e", F.na)]), against: ruled)

    @Test(
        arguments: [
            ("R-TRIG", Finding.Status.triggered, nil),  // 60 >= 50 && 20 <= 25
            ("R-CLEAR", .clear, nil),
            ("R-UNANS", .undetermined, "item 'c' is unanswered"),
            ("R-UNKNOWN", .undetermined, "item 'd' is unknown"),
            ("R-NA", .undetermined, "item 'e' is not applicable"),
            ("R-NOTBOOL", .undetermined, "the condition evaluated to int, not bool"),
            ("R-ABSORB", .triggered, nil),  // || absorbs the error: answered('a') decides
            ("R-SECTION", .triggered, nil),  // s = (60 + 20 + 0 + 0) / 4 = 20; nat = a = 60
            ("R-NOSCORE", .undetermined, "section 'empty' has no score"),
            ("R-COUNTRY", .triggered, nil),
        ] as [(String, Finding.Status, String?)])
    func findingStates(rule: String, status: Finding.Status, reason: String?) throws {
        let finding = try #require(Self.ruledCard.finding(rule))
        #expect(finding.status == status)
        if let reason {
            #expect(finding.reason?.contains(reason) == true, "\(finding.reason ?? "nil")")
        } else {
            #expect(finding.reason == nil)
        }
    }

    /// A rule's items default to the item ids its expression names; written items win.
    @Test func ruleItemsDefaultToTheNamedIds() {
        #expect(Self.ruledCard.finding("R-TRIG")?.items == ["a", "b"])
        #expect(Self.ruledCard.finding("R-SECTION")?.items == [])
        let written = F.framework(
            [F.section("s", items: [F.item("a"), F.item("b")])],
            rules: [F.rule("R", when: "level('a') > 1 && level('b') > 1", items: ["b"])])
        #expect(Scorer.score(F.assessment([]), against: written).finding("R")?.items == ["b"])
    }

    /// level() gives an int for whole values and a double otherwise (CEL refuses mixed int/double arithmetic).
    @Test func levelIsIntWhenIntegral() {
        let framework = F.framework(
            [F.section("s", items: [F.item("whole"), F.item("half")])],
            rules: [
                F.rule("R-INT", when: "level('whole') + 1 == 4"),
                F.rule("R-DOUBLE", when: "level('half') + 0.5 == 3.0"),
            ])
        let card = Scorer.score(F.assessment([("whole", F.level(3)), ("half", F.level(2.5))]), against: framework)
        #expect(card.finding("R-DOUBLE")?.status == .triggered)
        #expect(card.finding("R-INT")?.status == .triggered)
    }
}
