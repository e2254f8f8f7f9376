/// A metric as a function of item scores, for one assessment whose set of scored items is fixed.
///
/// With the scored items fixed (steps never make an item applicable or not: see ``ReformPlanner``),
/// `mean` and `flat` sections, dimensions and the coherence index are weighted sums of item scores,
/// with weights that do not change; only `min` sections are not. So a metric is a tree of two kinds
/// of node: a weighted sum of item scores and of `min` nodes, and a `min` of such nodes. Nested
/// sums are multiplied out, so a sum holds items directly, each once.
indirect enum MetricShape: Sendable {
    /// A weighted sum: `Σ c·100·s_i + Σ c·x_m` over items and lowest-of nodes.
    case sum(items: [(position: Int, coefficient: Double)], lowest: [(coefficient: Double, shape: MetricShape)])
    /// The lowest score of the children (a `min` section), each a sum.
    case lowest([MetricShape])

    /// The shape of `metric` over the facts `aggregator` scores; nil when it has no score.
    static func of(_ metric: ScoreMetric.Resolved, aggregator: ScoreAggregator) -> MetricShape? {
        let layout = aggregator.layout
        let builder = Builder(
            layout: layout, facts: aggregator.facts, incomplete: aggregator.sectionScores().incomplete)
        switch metric {
        case .overall:
            if aggregator.incomplete == .unscored, layout.topSections.contains(where: { builder.incomplete[$0] }) {
                return nil
            }
            let children = layout.topSections.compactMap { position in
                builder.section(position).map { ($0, layout.sections[position].weight) }
            }
            return builder.combine(children, by: aggregator.aggregate, flatItems: Array(layout.items.indices))
        case .coherence:
            var sum = Sum()
            let scored = layout.dimensionWeights.indices.compactMap { position in
                builder.dimension(position).map { ($0, layout.dimensionWeights[position]) }
            }
            let total = scored.reduce(0) { $0 + $1.1 }
            guard !scored.isEmpty, total > 0 else { return nil }
            for (shape, weight) in scored { sum.add(shape, times: weight / total) }
            return sum.shape
        case .dimension(let position): return builder.dimension(position)
        case .section(let position): return builder.section(position)
        }
    }

    /// Builds shapes the way ``ScoreAggregator`` computes scores.
    private struct Builder {
        let layout: ScoringLayout
        let facts: [ItemFacts]
        /// By section position: whether its subtree holds an unknown or unanswered item, as the
        /// aggregator found it.
        let incomplete: [Bool]

        func isScored(_ item: Int) -> Bool { facts[item].fraction != nil }

        func item(_ position: Int) -> MetricShape { .sum(items: [(position, 1)], lowest: []) }

        func section(_ position: Int) -> MetricShape? {
            let section = layout.sections[position]
            if section.incomplete == .unscored, incomplete[position] { return nil }
            var children: [(MetricShape, Double)] = section.items.filter(isScored).map {
                (item($0), layout.items[$0].weight)
            }
            for child in section.sections {
                if let shape = self.section(child) { children.append((shape, layout.sections[child].weight)) }
            }
            return combine(children, by: section.aggregate, flatItems: section.flatItems)
        }

        func dimension(_ position: Int) -> MetricShape? {
            let members = layout.dimensions[position].filter { isScored($0.position) }
            let total = members.reduce(0) { $0 + $1.weight }
            guard !members.isEmpty, total > 0 else { return nil }
            return .sum(items: members.map { ($0.position, $0.weight / total) }, lowest: [])
        }

        func combine(_ children: [(MetricShape, Double)], by aggregation: Aggregation, flatItems: [Int]) -> MetricShape?
        {
            switch aggregation {
            case .mean:
                let total = children.reduce(0) { $0 + $1.1 }
                guard !children.isEmpty, total > 0 else { return nil }
                var sum = Sum()
                for (shape, weight) in children { sum.add(shape, times: weight / total) }
                return sum.shape
            case .min:
                guard children.count > 1 else { return children.first?.0 }
                return .lowest(
                    children.flatMap { child -> [MetricShape] in
                        if case .lowest(let inner) = child.0 { return inner }
                        return [child.0]
                    })
            case .flat:
                let scored = flatItems.filter(isScored)
                let total = scored.reduce(0) { $0 + layout.items[$1].weight }
                guard !scored.isEmpty, total > 0 else { return nil }
                return .sum(items: scored.map { ($0, layout.items[$0].weight / total) }, lowest: [])
            }
        }
    }

    /// A weighted sum being built: each item once, in the order first added.
    private struct Sum {
        var items: [(position: Int, coefficient: Double)] = []
        var index: [Int: Int] = [:]
        var lowest: [(coefficient: Double, shape: MetricShape)] = []

        mutating func add(_ shape: MetricShape, times factor: Double) {
            switch shape {
            case .sum(let terms, let mins):
                for term in terms {
                    if let at = index[term.position] {
                        items[at].coefficient += factor * term.coefficient
                    } else {
                        index[term.position] = items.count
                        items.append((term.position, factor * term.coefficient))
                    }
                }
                for term in mins { lowest.append((factor * term.coefficient, term.shape)) }
            case .lowest:
                lowest.append((factor, shape))
            }
        }

        var shape: MetricShape { .sum(items: items, lowest: lowest) }
    }
}
