import CEL

/// Finds the cheapest set of one-step reforms that lifts a metric to a target (DESIGN.md §12).
///
/// **Method.** Steps never change which items are scored: not-applicable items are never raised,
/// and an item that some `applies_if` reads (through `level`, `answered`, …) is *held* where it is,
/// since raising it could switch another item in or out. With the scored items fixed, the metric is
/// a tree of weighted sums and `min`s of item scores (`MetricShape`), and the search computes the
/// Pareto frontier of cost against score of that tree exactly (`ParetoFrontier`; the comment
/// there says why nothing optimal is lost). The answer is the cheapest frontier point that reaches
/// the target, or, when none does, the highest-scoring point (the cheapest one for that score).
///
/// **Exact scores.** The frontier's sums are added in another order than the scorer's, so each
/// candidate is scored again by the scorer's own code (`ScoreAggregator`) before it is accepted:
/// `reached`, `start` and every `score_after` are what `coherence score` would print for those
/// answers, to the last bit.
///
/// **Order.** The chosen steps are then listed greedily, the step that lifts the metric most
/// first (the cheaper among equal gains, then document order), each item's steps in order
/// (`ShapeEvaluator` keeps the metric's tree up to date, so each candidate costs a walk from
/// its item to the root, not a scoring of the framework).
public enum ReformPlanner {
    /// The plan that lifts `metric` to `target` (0–100) for `assessment`; an error when the target
    /// is outside 0–100 or the metric has no score.
    ///
    /// - Parameters:
    ///   - assessment: The assessment as it stands.
    ///   - compiled: The framework the assessment answers, compiled for scoring.
    ///   - metric: The score to lift: overall, coherence, a dimension or a section.
    ///   - target: The score to reach, from 0 to 100.
    /// - Returns: The cheapest plan that reaches `target`, or the highest-scoring one when none can; a
    ///   ``PlanningError`` when `target` is outside 0–100 or the metric has no score today.
    public static func plan(
        _ assessment: Assessment, against compiled: CompiledFramework, metric: ScoreMetric, target: Double
    ) -> Result<ReformPlan, PlanningError> {
        guard target.isFinite, (0...100).contains(target) else {
            return .failure(
                PlanningError(
                    "the target of '\(metric.name)' must be a score from 0 to 100, got \(LevelText.format(target))"))
        }
        var warnings: [ScoringWarning] = []
        let facts = Scorer.applicableFacts(of: assessment, against: compiled, warnings: &warnings).host.facts
        let search = Search(compiled: compiled, facts: facts, metric: metric.resolved(in: compiled.layout))
        guard let start = search.score(of: [:]) else {
            let missing = itemsLeavingScoresOut(compiled, facts: facts).map { "'\(compiled.layout.items[$0].id)'" }
            if !missing.isEmpty {
                return .failure(
                    PlanningError(
                        "'\(metric.name)' has no score in this assessment: the framework leaves it unscored while an answer is "
                            + "unknown or missing (incomplete: unscored); answer \(missing.prefix(5).joined(separator: ", "))"
                            + (missing.count > 5 ? " and \(missing.count - 5) more" : "") + " first"))
            }
            return .failure(
                PlanningError(
                    "'\(metric.name)' has no score in this assessment: every item it covers is not applicable"))
        }
        let held = search.held.map { compiled.layout.items[$0].id }
        guard start < target, let shape = search.shape else {
            return .success(
                ReformPlan(
                    metric: metric, target: target, start: start, reached: start >= target, cost: 0,
                    steps: [], held: held))
        }
        let (chosen, reached) = search.cheapest(reaching: target, shape: shape)
        let steps = search.ordered(chosen, shape: shape)
        return .success(
            ReformPlan(
                metric: metric, target: target, start: start, reached: reached, cost: steps.reduce(0) { $0 + $1.cost },
                steps: steps, held: held))
    }

    /// The positions of the items some `applies_if` reads, in document order: every item when a
    /// condition names an item through an expression rather than a literal id.
    static func heldItems(_ compiled: CompiledFramework) -> [Int] {
        var held = Set<Int>()
        for condition in compiled.conditions where condition.expression.callsHostFunctions {
            guard case .success(let program) = condition.expression.program else { continue }
            for call in program.calls(to: HostFunction.itemFunctionNames) {
                guard call.arguments.count == 1, let id = call.arguments[0].stringLiteral,
                    let position = compiled.layout.itemPositions[id]
                else { return Array(compiled.layout.items.indices) }
                held.insert(position)
            }
        }
        return held.sorted()
    }

    /// The positions of the unknown and unanswered items under an `incomplete: unscored` section
    /// (or anywhere, when the overall score is `unscored`), in document order. Such a section has
    /// no score until every one of them is answered, so raising one could give a score where there
    /// was none, which no sum of steps describes: they are held like the items `applies_if` reads.
    static func itemsLeavingScoresOut(_ compiled: CompiledFramework, facts: [ItemFacts]) -> [Int] {
        let layout = compiled.layout
        var held: [Int] = []
        func visit(_ position: Int, unscored inherited: Bool) {
            let section = layout.sections[position]
            let unscored = inherited || section.incomplete == .unscored
            if unscored {
                held += section.items.filter { facts[$0].status == .unknown || facts[$0].status == .unanswered }
            }
            for child in section.sections { visit(child, unscored: unscored) }
        }
        for top in layout.topSections { visit(top, unscored: compiled.framework.incomplete == .unscored) }
        return held.sorted()
    }

    /// One plan's search: the assessment's facts, each item's ladder, and the metric.
    private struct Search {
        let compiled: CompiledFramework
        let facts: [ItemFacts]
        let metric: ScoreMetric.Resolved
        let ladders: [ItemLadder]
        let held: [Int]

        init(compiled: CompiledFramework, facts: [ItemFacts], metric: ScoreMetric.Resolved) {
            self.compiled = compiled
            self.facts = facts
            self.metric = metric
            let held = Set(ReformPlanner.heldItems(compiled))
                .union(ReformPlanner.itemsLeavingScoresOut(compiled, facts: facts)).sorted()
            self.held = held
            let heldSet = Set(held)
            let items = compiled.framework.allItems
            ladders = compiled.layout.items.indices.map { position in
                ItemLadder(
                    facts: facts[position], scale: compiled.layout.items[position].scale,
                    effort: items[position].effort, movable: !heldSet.contains(position))
            }
        }

        var shape: MetricShape? {
            MetricShape.of(metric, aggregator: ScoreAggregator(compiled, facts: facts))
        }

        /// The metric, by the scorer's code, with each item in `steps` raised that many steps.
        func score(of steps: [Int: Int]) -> Double? {
            var facts = facts
            for (position, count) in steps where count > 0 { raise(&facts, position, to: count) }
            return metric.score(ScoreAggregator(compiled, facts: facts))
        }

        private func raise(_ facts: inout [ItemFacts], _ position: Int, to count: Int) {
            facts[position].status = .answered
            facts[position].value = ladders[position].value(after: count)
            facts[position].fraction = ladders[position].fractions[count]
        }

        /// The cheapest choice of steps whose exact score reaches `target`; when none does, the
        /// cheapest of those with the highest exact score, and false.
        func cheapest(reaching target: Double, shape: MetricShape) -> (steps: [Int: Int], reached: Bool) {
            var frontier = ParetoFrontier(ladders: ladders)
            // Points that cannot reach the target (or, out of reach, the highest score) are dropped.
            let points = frontier.frontier(of: shape, need: min(target, frontier.highest(shape)) - 1e-7)
            // The frontier's scores may differ from the exact ones in the last bits: near misses
            // are checked too, in order of cost, so the first exact success is the cheapest.
            let tolerance = 1e-9
            for point in points where point.score >= target - tolerance {
                let steps = frontier.traces.steps(of: point.trace)
                if let exact = score(of: steps), exact >= target { return (steps, true) }
            }
            let top = points.last?.score ?? 0
            var best: (steps: [Int: Int], score: Double)?
            for point in points where point.score >= top - tolerance {
                let steps = frontier.traces.steps(of: point.trace)
                guard let exact = score(of: steps) else { continue }
                if best == nil || exact > best!.score { best = (steps, exact) }
            }
            return (best?.steps ?? [:], false)
        }

        /// The steps of `chosen`, the one that lifts the metric most first, with the score after each.
        ///
        /// Candidates are compared on `ShapeEvaluator`'s running value (gains within 1e-9 are
        /// equal: the cheaper step first, then document order); each step taken is then scored
        /// exactly by the scorer's code.
        func ordered(_ chosen: [Int: Int], shape: MetricShape) -> [ReformPlan.Step] {
            var facts = facts
            var evaluator = ShapeEvaluator(shape) { 100 * ladders[$0].fractions[0] }
            var taken = [Int: Int]()
            var steps: [ReformPlan.Step] = []
            let positions = chosen.keys.sorted().filter { chosen[$0]! > 0 }
            while true {
                var best: (position: Int, value: Double, delta: Double)?
                for position in positions where taken[position, default: 0] < chosen[position]! {
                    let count = taken[position, default: 0]
                    let delta = 100 * (ladders[position].fractions[count + 1] - ladders[position].fractions[count])
                    let value = evaluator.value(ifItem: position, changesBy: delta)
                    if let current = best {
                        let better =
                            value > current.value + 1e-9
                            || (value >= current.value - 1e-9
                                && ladders[position].effort < ladders[current.position].effort)
                        if !better { continue }
                    }
                    best = (position, value, delta)
                }
                guard let best else { return steps }
                let count = taken[best.position, default: 0]
                evaluator.change(best.position, by: best.delta)
                raise(&facts, best.position, to: count + 1)
                taken[best.position] = count + 1
                let score = metric.score(ScoreAggregator(compiled, facts: facts)) ?? 0
                steps.append(
                    ReformPlan.Step(
                        item: compiled.layout.items[best.position].id, from: ladders[best.position].value(after: count),
                        to: ladders[best.position].rungs[count], cost: ladders[best.position].effort, scoreAfter: score)
                )
            }
        }
    }
}
