import CoherenceKit
import Testing

/// Targets, gaps, priorities and the capacity plan (DESIGN.md §5).
@Suite struct GapTests {
    typealias F = Fixture

    /// The target comes from the item, else the framework default (on the default scale), else the scale maximum.
    @Test func targetsComeFromEachOfTheThreeSources() throws {
        let framework = F.framework(
            [
                F.section(
                    "s",
                    items: [
                        F.item("own", scale: "maturity", target: 2),
                        F.item("default", scale: "maturity"),
                        F.item("max", scale: "yes-no"),
                    ])
            ], defaultScale: "maturity", defaultTarget: 3)
        let card = Scorer.score(
            F.assessment([("own", F.level(1)), ("default", F.level(1)), ("max", F.level(0))]), against: framework)
        let own = try #require(card.item("own"))
        #expect(own.targetSource == .item)
        #expect(own.targetValue == 2)
        #expect(own.target == 50)  // 100·2/4
        #expect(own.gap == 25)  // (0.5 − 0.25)·100
        let byDefault = try #require(card.item("default"))
        #expect(byDefault.targetSource == .frameworkDefault)
        #expect(byDefault.target == 75)  // 100·3/4
        #expect(byDefault.gap == 50)  // (0.75 − 0.25)·100
        let max = try #require(card.item("max"))
        #expect(max.targetSource == .scaleMaximum)
        #expect(max.targetValue == 1)
        #expect(max.gap == 100)  // (1 − 0)·100
    }

    /// Without a framework default, an item on the default scale aims at the scale maximum.
    @Test func noDefaultTargetMeansScaleMaximum() throws {
        let framework = F.framework([F.section("s", items: [F.item("i", scale: "maturity")])], defaultScale: "maturity")
        let item = try #require(Scorer.score(F.assessment([("i", F.level(3))]), against: framework).item("i"))
        #expect(item.targetSource == .scaleMaximum)
        #expect(item.gap == 25)  // (1 − 0.75)·100
    }

    /// An answer above the target has no gap; gaps never go negative.
    @Test func gapIsNeverNegative() throws {
        let framework = F.framework([F.section("s", items: [F.item("i", target: 60)])])
        let item = try #require(Scorer.score(F.assessment([("i", F.level(90))]), against: framework).item("i"))
        #expect(item.gap == 0)
        #expect(item.priority == 0)
    }

    /// Unknown and unanswered items score 0 and have the full gap; n/a items have neither score nor gap.
    @Test func unknownAndUnansweredHaveGapsNotApplicableHasNone() throws {
        let framework = F.framework(
            [F.section("s", items: [F.item("u", weight: 2), F.item("blank"), F.item("na"), F.item("a")])],
            defaultTarget: 80)
        let card = Scorer.score(F.assessment([("u", .unknown), ("na", F.na), ("a", F.level(50))]), against: framework)
        let unknown = try #require(card.item("u"))
        #expect(unknown.status == .unknown)
        #expect(unknown.score == 0)
        #expect(unknown.gap == 80)  // (0.8 − 0)·100
        #expect(unknown.priority == 1.6)  // 2 · 80/100 · (1 + 0)
        let blank = try #require(card.item("blank"))
        #expect(blank.status == .unanswered)
        #expect(blank.score == 0)
        #expect(blank.gap == 80)
        let na = try #require(card.item("na"))
        #expect(na.status == .notApplicable)
        #expect(na.score == nil && na.gap == nil && na.priority == nil && na.priorityFactors == nil)
        #expect(card.section("s")?.score == 12.5)  // (2·0 + 1·0 + 1·50) / 4; n/a left out
        #expect(
            card.coverage
                == Coverage(
                    items: 4, applicable: 3, answered: 1, unknown: 1, unanswered: 1, notApplicable: 1, withEvidence: 0))
    }

    /// Evidence counts only on answered items.
    @Test func coverageCountsEvidenceOnAnsweredItems() {
        let framework = F.framework([F.section("s", items: [F.item("a"), F.item("b"), F.item("c")])])
        let card = Scorer.score(
            F.assessment([("a", F.level(10)), ("b", F.level(20)), ("c", .unknown)], evidence: ["a", "c"]),
            against: framework)
        #expect(card.coverage.withEvidence == 1)
        #expect(card.item("a")?.hasEvidence == true)
    }

    /// A triggered finding naming an item adds its severity weight to the item's priority.
    @Test func triggeredFindingsRaiseThePriorityOfTheirItems() throws {
        let framework = F.framework(
            [F.section("s", items: [F.item("x", weight: 2, target: 100), F.item("y", target: 100)])],
            rules: [
                F.rule("R-HIGH", when: "level('x') < 50", severity: .high),  // triggered, names x
                F.rule("R-LOW", when: "level('x') < 50 && level('y') >= 0", severity: .low),  // triggered, names x, y
                F.rule("R-CLEAR", when: "level('y') > 90", severity: .critical),  // clear: adds nothing
            ])
        let card = Scorer.score(F.assessment([("x", F.level(40)), ("y", F.level(75))]), against: framework)
        let x = try #require(card.item("x"))
        #expect(x.gap == 60)  // (1 − 0.4)·100
        #expect(
            x.priorityFactors
                == PriorityFactors(weight: 2, gap: 60, findings: ["R-HIGH", "R-LOW"], severityWeight: 1.25))
        #expect(x.priority == 2 * 0.6 * 2.25)  // w · gap/100 · (1 + high 1 + low 0.25) = 2.7
        let y = try #require(card.item("y"))
        #expect(y.priorityFactors?.findings == ["R-LOW"])
        #expect(y.priority == 0.3125)  // 1 · 25/100 · (1 + low 0.25)
    }

    /// The plan has one entry per module named by a gapped item or a triggered finding, ordered by
    /// priority (highest first), then id.
    @Test func planGroupsGapsAndFindingsByModule() {
        let framework = F.framework(
            [
                F.section(
                    "s",
                    items: [
                        F.item("a", target: 100, capacity: ["train"]),  // gap 50, priority 1 · 0.5 = 0.5
                        F.item("b", weight: 3, target: 100, capacity: ["train", "law"]),  // gap 25, priority 3 · 0.25 = 0.75
                        F.item("c", target: 100, capacity: ["data"]),  // gap 0: not in the plan
                        F.item("d", target: 100, capacity: ["beta"]),  // gap 75, priority 1 · 0.75 = 0.75
                    ])
            ], capacity: ["train", "law", "data", "beta", "lone", "spare"],
            rules: [
                F.rule("R1", when: "level('c') == 100", severity: .info, items: ["c"], capacity: ["lone"]),
                F.rule("R2", when: "level('c') < 100", capacity: ["spare"]),  // clear: no entry
            ])
        let card = Scorer.score(
            F.assessment([("a", F.level(50)), ("b", F.level(75)), ("c", F.level(100)), ("d", F.level(25))]),
            against: framework)
        // train 0.5 + 0.75 = 1.25; beta 0.75 and law 0.75 tie, so by id; lone 0 (a triggered finding only).
        #expect(card.plan.map(\.capacity) == ["train", "beta", "law", "lone"])
        #expect(
            card.plan[0]
                == PlanEntry(
                    capacity: "train", title: "Module train", priority: 1.25,
                    items: ["a", "b"], findings: []))
        #expect(
            card.plan[1]
                == PlanEntry(capacity: "beta", title: "Module beta", priority: 0.75, items: ["d"], findings: []))
        #expect(
            card.plan[2] == PlanEntry(capacity: "law", title: "Module law", priority: 0.75, items: ["b"], findings: []))
        #expect(
            card.plan[3] == PlanEntry(capacity: "lone", title: "Module lone", priority: 0, items: [], findings: ["R1"]))
    }

    /// Equal priorities are ordered by module id.
    @Test func planTiesAreOrderedById() {
        let framework = F.framework(
            [
                F.section(
                    "s",
                    items: [
                        F.item("a", target: 100, capacity: ["zeta"]), F.item("b", target: 100, capacity: ["alpha"]),
                    ])
            ],
            capacity: ["zeta", "alpha"])
        let card = Scorer.score(F.assessment([("a", F.level(50)), ("b", F.level(50))]), against: framework)
        #expect(card.plan.map(\.capacity) == ["alpha", "zeta"])
        #expect(card.plan.map(\.priority) == [0.5, 0.5])
    }
}
