import CoherenceKit

/// Every plan of a small assessment, scored by the scorer itself: the reference the reform
/// planner's optimality is checked against.
///
/// Steps follow DESIGN.md §12 as written, independently of the planner's own code: a level scale
/// climbs level by level, a range scale by tenths of its span up to its maximum; unknown and
/// unanswered items start at the lowest value; not-applicable items stay.
struct ExhaustivePlans {
    /// One combination of steps: what it costs and the answers it changes.
    struct Outcome {
        var cost: Double
        var changes: [AnswerChange]
        var card: Scorecard
    }

    let outcomes: [Outcome]

    /// Every combination of steps over the applicable items of `assessment`; nil when there are
    /// more than `limit`.
    init?(_ assessment: Assessment, against framework: Framework, limit: Int) {
        let compiled = CompiledFramework(framework)
        let card = Scorer.score(assessment, against: compiled)
        var ladders: [(item: String, values: [Double], effort: Double)] = []
        var combinations = 1
        for item in framework.allItems {
            guard let score = card.item(item.id), score.status != .notApplicable else { continue }
            let values = Self.rungs(from: score.value, on: framework.scale(of: item))
            guard !values.isEmpty else { continue }
            ladders.append((item.id, values, item.effort))
            combinations *= values.count + 1
            if combinations > limit { return nil }
        }
        var outcomes: [Outcome] = []
        var counts = [Int](repeating: 0, count: ladders.count)
        while true {
            var cost = 0.0
            var changes: [AnswerChange] = []
            for (index, count) in counts.enumerated() where count > 0 {
                cost += Double(count) * ladders[index].effort
                changes.append(
                    AnswerChange(item: ladders[index].item, response: .level(ladders[index].values[count - 1])))
            }
            outcomes.append(
                Outcome(
                    cost: cost, changes: changes,
                    card: Scorer.score(assessment.changing(changes), against: compiled)))
            // The next combination, as an odometer.
            var position = 0
            while position < counts.count, counts[position] == ladders[position].values.count {
                counts[position] = 0
                position += 1
            }
            guard position < counts.count else { break }
            counts[position] += 1
        }
        self.outcomes = outcomes
    }

    /// The values one step after another takes an item from `value` (nil: the lowest).
    static func rungs(from value: Double?, on scale: Scale) -> [Double] {
        let start = value ?? scale.min
        switch scale.kind {
        case .levels(let levels): return levels.map(\.value).filter { $0 > start }
        case .range(let min, let max):
            let tenth = (max - min) / 10
            var values: [Double] = []
            var next = start
            while next < max, values.count < 10 {
                next = Swift.min(max, start + Double(values.count + 1) * tenth)
                if max - next < tenth * 1e-9 { next = max }
                values.append(next)
            }
            return values
        }
    }

    /// The least cost of a combination whose `metric` reaches `target`; nil when none does.
    func cheapest(_ metric: ScoreMetric, reaching target: Double) -> Double? {
        outcomes.filter { (metric.score(in: $0.card) ?? -1) >= target }.map(\.cost).min()
    }

    /// The highest score of `metric` any combination reaches.
    func best(_ metric: ScoreMetric) -> Double {
        outcomes.compactMap { metric.score(in: $0.card) }.max() ?? 0
    }

    /// Every distinct score of `metric`, ascending (scores within 1e-7 of each other counted once).
    func scores(_ metric: ScoreMetric) -> [Double] {
        var result: [Double] = []
        for score in outcomes.compactMap({ metric.score(in: $0.card) }).sorted()
        where result.last.map({ score - $0 > 1e-7 }) ?? true {
            result.append(score)
        }
        return result
    }
}
