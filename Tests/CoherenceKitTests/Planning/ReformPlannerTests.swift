import CoherenceKit
import Testing

/// Reform plans by hand (DESIGN.md §12): costs, order, targets out of reach, held items, errors.
@Suite struct ReformPlannerTests {
    /// One mean section of three yes/no items weighted 3, 2, 2 with efforts 2.9, 2, 2, all "No".
    /// Reaching 57 needs 4/7 of the weight: A + B (5/7) costs 4.9, B + C (4/7 = 57.1) costs 4.
    /// A greedy by gain per cost takes A first (3/2.9 > 1) and pays 4.9.
    static let knapsack = Fixture.framework(
        [
            Fixture.section(
                "s",
                items: [
                    Fixture.item("A", scale: "yes-no", weight: 3, effort: 2.9),
                    Fixture.item("B", scale: "yes-no", weight: 2, effort: 2),
                    Fixture.item("C", scale: "yes-no", weight: 2, effort: 2),
                ])
        ],
        defaultScale: "yes-no")
    static let allNo = Fixture.assessment([("A", .level(0)), ("B", .level(0)), ("C", .level(0))])

    @Test func findsTheCheapestPlanWhereAGreedyOverpays() throws {
        let plan = try ReformPlanner.plan(
            Self.allNo, against: CompiledFramework(Self.knapsack), metric: .overall, target: 57
        ).get()
        #expect(plan.reached)
        #expect(plan.cost == 4)
        // B and C gain alike (2/7 each): document order.
        #expect(plan.steps.map(\.item) == ["B", "C"])
        #expect(plan.steps.map(\.from) == [0, 0])
        #expect(plan.steps.map(\.to) == [1, 1])
        #expect(plan.steps.map(\.scoreAfter) == [200.0 / 7, 400.0 / 7])
        #expect(plan.start == 0)
    }

    @Test func ordersTheStepsThatGainMostFirst() throws {
        let plan = try ReformPlanner.plan(
            Self.allNo, against: CompiledFramework(Self.knapsack), metric: .overall, target: 100
        ).get()
        #expect(plan.cost == 6.9)
        #expect(plan.steps.map(\.item) == ["A", "B", "C"])
        #expect(plan.steps.last?.scoreAfter == 100)
    }

    @Test func aTargetAlreadyMetNeedsNoStep() throws {
        let assessment = Fixture.assessment([("A", .level(1)), ("B", .level(0)), ("C", .level(0))])
        let plan = try ReformPlanner.plan(
            assessment, against: CompiledFramework(Self.knapsack), metric: .overall, target: 40
        ).get()
        #expect(plan.reached && plan.steps.isEmpty && plan.cost == 0)
        #expect(abs(plan.start - 300.0 / 7) < 1e-12)
    }

    /// B applies only while A is at least 2, so A is held where it is: B's score cannot be the
    /// plan's to change through A. Overall 100 is out of reach with A held at 1.
    @Test func holdsTheItemsAnAppliesIfReadsAndSaysWhatIsOutOfReach() throws {
        let framework = Fixture.framework(
            [
                Fixture.section(
                    "s",
                    items: [
                        Fixture.item("A", scale: "maturity"),
                        Fixture.item("B", scale: "maturity", appliesIf: "level('A') >= 2"),
                        Fixture.item("C", scale: "maturity", effort: 2),
                    ])
            ],
            defaultScale: "maturity")
        let assessment = Fixture.assessment([("A", .level(1)), ("B", .level(3)), ("C", .level(2))])
        let plan = try ReformPlanner.plan(
            assessment, against: CompiledFramework(framework), metric: .overall, target: 100
        ).get()
        #expect(plan.held == ["A"])
        #expect(!plan.reached)
        // A (25) and C (50, raised to 100 in two steps of effort 2): best (25 + 100)/2 = 62.5 at cost 4.
        #expect(plan.steps.map(\.item) == ["C", "C"])
        #expect(plan.end == 62.5)
        #expect(plan.cost == 4)
        #expect(
            ReformPlanText.render(plan, scorecard: Scorer.score(assessment, against: framework))
                .contains("cannot be reached: the best possible is 62.5, in 2 steps, cost 4"))
    }

    @Test func unknownAndUnansweredItemsStartAtTheLowestLevel() throws {
        let framework = Fixture.framework(
            [Fixture.section("s", items: [Fixture.item("A", scale: "mipex"), Fixture.item("B", scale: "share")])],
            defaultScale: "mipex")
        let assessment = Fixture.assessment([("A", .unknown)])
        let plan = try ReformPlanner.plan(
            assessment, against: CompiledFramework(framework), metric: .section("s"), target: 100
        ).get()
        // A: — → 50 → 100 (two steps); B: — → 0.1 → … → 1 (ten steps).
        #expect(plan.steps.filter { $0.item == "A" }.map(\.to) == [50, 100])
        #expect(plan.steps.first { $0.item == "A" }?.from == nil)
        #expect(plan.steps.filter { $0.item == "B" }.count == 10)
        #expect(plan.steps.last { $0.item == "B" }?.to == 1)
        #expect(plan.cost == 12 && plan.reached)
    }

    @Test func refusesATargetOutsideTheScaleAndAMetricWithoutScore() {
        let compiled = CompiledFramework(Self.knapsack)
        #expect(throws: PlanningError("the target of 'overall' must be a score from 0 to 100, got 120")) {
            try ReformPlanner.plan(Self.allNo, against: compiled, metric: .overall, target: 120).get()
        }
        let none = Fixture.assessment([("A", Fixture.na), ("B", Fixture.na), ("C", Fixture.na)])
        #expect(throws: PlanningError("'s' has no score in this assessment: every item it covers is not applicable")) {
            try ReformPlanner.plan(none, against: compiled, metric: .section("s"), target: 50).get()
        }
    }

    @Test func namesMetricsAndSuggestsTheNearest() throws {
        let framework = WhatIfTests.framework
        #expect(try ScoreMetric.named("coherence", in: framework).get() == .coherence)
        #expect(try ScoreMetric.named("inter", in: framework).get() == .dimension("inter"))
        #expect(try ScoreMetric.named("gov", in: framework).get() == .section("gov"))
        #expect(
            throws: PlanningError(
                "unknown metric 'coherense' (did you mean 'coherence'?): use overall, coherence, a dimension ('nat', 'inter') or a section id"
            )
        ) { try ScoreMetric.named("coherense", in: framework).get() }
    }

    /// Section s is `incomplete: unscored` and A is unknown, so s has no score (SDG 10.7.2's rule):
    /// answering A is the room's question, not a step, so A is held and s stays unscored. The
    /// overall (mean of the scored top sections) is then t alone: C and D, both "No", lift it from
    /// 0 to 100 at cost 2; B, in the unscored s, moves nothing and is left alone.
    @Test func holdsTheUnknownItemsOfASectionLeftUnscoredWhileIncomplete() throws {
        var unscored = Fixture.section(
            "s", items: [Fixture.item("A", scale: "yes-no"), Fixture.item("B", scale: "yes-no")])
        unscored.incomplete = .unscored
        let framework = Fixture.framework(
            [
                unscored,
                Fixture.section("t", items: [Fixture.item("C", scale: "yes-no"), Fixture.item("D", scale: "yes-no")]),
            ],
            defaultScale: "yes-no")
        let compiled = CompiledFramework(framework)
        let assessment = Fixture.assessment([("A", .unknown), ("B", .level(0)), ("C", .level(0)), ("D", .level(0))])
        let plan = try ReformPlanner.plan(assessment, against: compiled, metric: .overall, target: 100).get()
        #expect(plan.held == ["A"])
        #expect(plan.reached && plan.cost == 2)
        #expect(plan.steps.map(\.item) == ["C", "D"])
        #expect(plan.steps.map(\.scoreAfter) == [50, 100])
        #expect(
            throws: PlanningError(
                "'s' has no score in this assessment: the framework leaves it unscored while an answer is unknown or missing "
                    + "(incomplete: unscored); answer 'A' first"
            )
        ) { try ReformPlanner.plan(assessment, against: compiled, metric: .section("s"), target: 50).get() }
    }
}
