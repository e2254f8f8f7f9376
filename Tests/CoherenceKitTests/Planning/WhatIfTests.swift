import CoherenceKit
import Testing

/// `whatif` by hand (DESIGN.md §5, §12) on a framework small enough to score on paper:
///
/// - `coop` (mean): A (maturity 0–4, in `nat`) and B (maturity, in `inter`, applies if the country
///   is one of origin); `gov` (mean): C (yes/no, weight 2, in `nat`). Overall: mean of the sections.
/// - Valoria answers A = 2 (50), B = 1 (25), C = No (0): coop 37.5, gov 0, overall 18.75;
///   nat = (1·0.5 + 2·0)/3 = 16.67, inter = 25, coherence 20.83.
@Suite struct WhatIfTests {
    static let framework = Fixture.framework(
        [
            Fixture.section(
                "coop",
                items: [
                    Fixture.item("A", scale: "maturity", dimensions: ["nat": 1], capacity: ["cap-a"]),
                    Fixture.item("B", scale: "maturity", dimensions: ["inter": 1], appliesIf: "profile.origin"),
                ]),
            Fixture.section("gov", items: [Fixture.item("C", scale: "yes-no", weight: 2, dimensions: ["nat": 1])]),
        ],
        defaultScale: "maturity", defaultTarget: 3, dimensions: [("nat", 1), ("inter", 1)],
        bands: [(0, "Low"), (50, "High")], profile: [("origin", .bool)], capacity: ["cap-a"],
        rules: [Fixture.rule("R", when: "level('A') >= 3 && level('C') == 0", severity: .high)])
    static let compiled = CompiledFramework(framework)

    static func assessment(origin: Bool = true) -> Assessment {
        Fixture.assessment([("A", .level(2)), ("B", .level(1)), ("C", .level(0))], profile: ["origin": .bool(origin)])
    }

    static func whatIf(_ changes: [AnswerChange], origin: Bool = true) -> WhatIf {
        WhatIf(assessment(origin: origin), against: compiled, changes: changes)
    }

    @Test func theScorecardBeforeIsTheAssessmentAsItIs() {
        let before = Self.whatIf([AnswerChange(item: "A", response: .level(2))]).before
        #expect(before.section("coop")?.score == 37.5)
        #expect(before.overall.score == 18.75)
        #expect(abs((before.dimension("nat")?.score ?? 0) - 50.0 / 3) < 1e-12)
        #expect(abs((before.coherence.score ?? 0) - (50.0 / 3 + 25) / 2) < 1e-12)
    }

    @Test func aLevelUpRaisesTheSectionBandAndTriggersAFinding() {
        let whatIf = Self.whatIf([AnswerChange(item: "A", response: .level(3))])
        // A: 75. coop (75 + 25)/2 = 50, High; overall (50 + 0)/2 = 25; nat 0.75/3 = 25; coherence 25.
        #expect(whatIf.after.section("coop")?.score == 50)
        #expect(whatIf.after.section("coop")?.band == "High")
        #expect(whatIf.before.section("coop")?.band == "Low")
        #expect(whatIf.after.overall.score == 25)
        #expect(whatIf.after.dimension("nat")?.score == 25)
        #expect(whatIf.after.coherence.score == 25)
        #expect(
            whatIf.findingChanges.map { "\($0.finding.rule) \($0.before) → \($0.after)" } == ["R clear → triggered"])
        // A's gap closes: its target 3 is reached (25 → 0).
        #expect(whatIf.gapChanges.map { "\($0.item) \($0.before ?? -1) → \($0.after ?? -1)" } == ["A 25.0 → 0.0"])
        #expect(whatIf.planChanges.map(\.capacity) == ["cap-a"])
        #expect(whatIf.planChanges.first?.after == nil)
        #expect(whatIf.changes.map { "\($0.item): \($0.beforeText) → \($0.afterText)" } == ["A: L2 (2) → L3 (3)"])
    }

    @Test func aLevelDownLowersEveryScoreItFeeds() {
        let whatIf = Self.whatIf([AnswerChange(item: "A", response: .level(1))])
        // A: 25. coop 25, overall 12.5, nat 0.25/3 = 8.33, coherence (8.33 + 25)/2 = 16.67.
        #expect(whatIf.after.section("coop")?.score == 25)
        #expect(whatIf.after.overall.score == 12.5)
        #expect(abs((whatIf.after.dimension("nat")?.score ?? 0) - 25.0 / 3) < 1e-12)
        #expect(abs((whatIf.after.coherence.score ?? 0) - (25.0 / 3 + 25) / 2) < 1e-12)
        #expect(whatIf.gapChanges.map(\.item) == ["A"])
        #expect(whatIf.gapChanges.first?.after == 50)
    }

    @Test func toNotApplicableLeavesTheItemOutOfEveryAggregate() {
        let whatIf = Self.whatIf([AnswerChange(item: "B", response: .notApplicable(reason: nil))])
        // coop is A alone (50), overall 25; inter has no scored member; coherence is nat alone.
        #expect(whatIf.after.section("coop")?.score == 50)
        #expect(whatIf.after.overall.score == 25)
        #expect(whatIf.after.dimension("inter")?.score == nil)
        #expect(abs((whatIf.after.coherence.score ?? 0) - 50.0 / 3) < 1e-12)
        #expect(whatIf.changes.first?.after.status == .notApplicable)
    }

    @Test func toUnknownScoresZeroAndLeavesFindingsUndetermined() {
        let whatIf = Self.whatIf([AnswerChange(item: "A", response: .unknown)])
        // A: 0. coop 12.5, overall 6.25, nat 0, coherence 12.5; R reads level('A'): undetermined.
        #expect(whatIf.after.section("coop")?.score == 12.5)
        #expect(whatIf.after.overall.score == 6.25)
        #expect(whatIf.after.dimension("nat")?.score == 0)
        #expect(whatIf.after.coherence.score == 12.5)
        #expect(whatIf.after.item("A")?.status == .unknown)
        #expect(whatIf.findingChanges.map { "\($0.before) → \($0.after)" } == ["clear → undetermined"])
    }

    @Test func anItemOutsideTheProfileStaysNotApplicable() {
        // Not a country of origin: B does not apply, so coop is A alone (50) and overall 25,
        // and answering B changes nothing.
        let whatIf = Self.whatIf([AnswerChange(item: "B", response: .level(4))], origin: false)
        #expect(whatIf.before.overall.score == 25)
        #expect(whatIf.after.overall.score == 25)
        #expect(whatIf.after.item("B")?.status == .notApplicable)
        #expect(whatIf.gapChanges.isEmpty && whatIf.findingChanges.isEmpty && whatIf.planChanges.isEmpty)
        #expect(WhatIfText.render(whatIf).contains("does not apply to this country's profile"))
        // With the profile that includes it, the same answer lifts coop to (50 + 100)/2 = 75.
        #expect(Self.whatIf([AnswerChange(item: "B", response: .level(4))]).after.section("coop")?.score == 75)
    }

    @Test(arguments: [
        ("A=l3", "A", Answer.Response.level(3)), ("A = 4", "A", .level(4)), ("B=n/a", "B", .notApplicable(reason: nil)),
        ("C=UNKNOWN", "C", .unknown), ("C=yes", "C", .level(1)),
    ])
    func readsAnswersAsAnAssessmentWritesThem(text: String, item: String, response: Answer.Response) throws {
        let change = try AnswerChange.parse(text, in: Self.framework).get()
        #expect(change == AnswerChange(item: item, response: response))
    }

    @Test(arguments: [
        ("A3", "expected ITEM=ANSWER, got 'A3': for example LAB-02=3 or LAB-02=Implemented"),
        ("D=3", "unknown item 'D' (did you mean 'A'?): framework 'test' 1 has no such item"),
        ("A=7", "7 is outside the scale of 'A': use 0 L0, 1 L1, 2 L2, 3 L3, 4 L4, n/a or unknown"),
        ("C=Yse", "'Yse' is not an answer to 'C' (did you mean 'Yes'?): use 0 No, 1 Yes, n/a or unknown"),
    ])
    func refusesWhatItCannotRead(text: String, message: String) {
        #expect(throws: PlanningError(message)) { try AnswerChange.parse(text, in: Self.framework).get() }
    }
}
