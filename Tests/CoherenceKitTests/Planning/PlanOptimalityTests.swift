import CoherenceKit
import Testing

/// The reform planner against exhaustive search on small random frameworks (DESIGN.md §12): the
/// plan costs exactly the least any combination of steps costs to reach the target, or, out of
/// reach, scores the most any combination scores at the least cost; and whatif, applying its
/// steps one by one, gives every score the plan reports, exactly.
@Suite struct PlanOptimalityTests {
    static let seeds: [UInt64] = Array(1...160)
    /// Combinations of steps an exhaustive search enumerates at most per assessment.
    static let limit = 2000

    /// Checks every metric of one random framework and assessment at several targets: midway
    /// between two scores some combination reaches (so no rounding can decide), 100, and above
    /// the best reachable. Returns how many plans it checked.
    @discardableResult
    static func check(seed: UInt64) -> Int {
        var random = RandomPlanning(seed: seed)
        let framework = random.framework()
        let assessment = random.assessment(of: framework)
        guard let exhaustive = ExhaustivePlans(assessment, against: framework, limit: limit) else { return 0 }
        let compiled = CompiledFramework(framework)
        let card = Scorer.score(assessment, against: framework)
        var checked = 0
        for metric in RandomPlanning.metrics(of: framework) {
            guard let start = metric.score(in: card) else {
                #expect(throws: PlanningError.self) {
                    try ReformPlanner.plan(assessment, against: compiled, metric: metric, target: 50).get()
                }
                continue
            }
            let scores = exhaustive.scores(metric).filter { $0 > start + 1e-7 }
            var targets = zip(scores, scores.dropFirst()).map { ($0 + $1) / 2 }
            if let first = scores.first { targets.append((start + first) / 2) }
            targets = Array(targets.shuffled(using: &random.generator).prefix(4))
            let best = exhaustive.best(metric)
            if best < 100 - 1e-6 { targets.append((best + 100) / 2) }
            targets.append(100)
            for target in targets {
                guard
                    let plan = try? ReformPlanner.plan(assessment, against: compiled, metric: metric, target: target)
                        .get()
                else {
                    Issue.record("seed \(seed): no plan for \(metric.name) = \(target)")
                    continue
                }
                checked += 1
                let context = "seed \(seed), \(metric.name) → \(target)"
                #expect(plan.start == start, "\(context)")
                #expect(abs(plan.cost - plan.steps.reduce(0) { $0 + $1.cost }) <= 1e-9, "\(context)")
                if let cheapest = exhaustive.cheapest(metric, reaching: target) {
                    #expect(plan.reached, "\(context): reachable at cost \(cheapest)")
                    #expect(abs(plan.cost - cheapest) <= 1e-9, "\(context): cost \(plan.cost), exhaustive \(cheapest)")
                    #expect(plan.end >= target, "\(context)")
                } else {
                    #expect(!plan.reached, "\(context)")
                    #expect(abs(plan.end - best) <= 1e-9, "\(context): ends at \(plan.end), best \(best)")
                    let cheapest = exhaustive.cheapest(metric, reaching: best - 1e-9)
                    #expect(
                        abs(plan.cost - (cheapest ?? 0)) <= 1e-9,
                        "\(context): cost \(plan.cost), exhaustive \(cheapest ?? 0)")
                }
                checkStepsReplay(plan, assessment: assessment, compiled: compiled, context: context)
            }
        }
        return checked
    }

    /// Applying the plan's steps with whatif, one at a time, gives each step's `score_after` exactly.
    static func checkStepsReplay(
        _ plan: ReformPlan, assessment: Assessment, compiled: CompiledFramework, context: String
    ) {
        var changes: [AnswerChange] = []
        for (index, step) in plan.steps.enumerated() {
            changes.append(AnswerChange(item: step.item, response: .level(step.to)))
            let whatIf = WhatIf(assessment, against: compiled, changes: changes)
            #expect(plan.metric.score(in: whatIf.after) == step.scoreAfter, "\(context): step \(index + 1)")
        }
    }

    /// 160 seeds in four batches: each batch must find most of its frameworks small enough to
    /// search exhaustively and check over a thousand plans, so the property cannot pass vacuously.
    @Test(arguments: 0..<4)
    func plansAreOptimalAgainstExhaustiveSearch(batch: Int) {
        let counts = Self.seeds[(batch * 40)..<(batch * 40 + 40)].map { Self.check(seed: $0) }
        #expect(counts.filter { $0 > 0 }.count >= 30, "frameworks searched: \(counts.filter { $0 > 0 }.count) of 40")
        #expect(counts.reduce(0, +) >= 1000, "plans checked: \(counts.reduce(0, +))")
    }
}
