/// Combines item scores into section, overall, dimension and coherence scores (DESIGN.md §5).
///
/// Pure arithmetic over `ItemFacts`; not-applicable items (score nil) are left out everywhere, and a
/// section with no scored child is nil and ignored by its parent. Sums run in document order.
struct ScoreAggregator: Sendable {
    /// The framework's `aggregate`, for the overall score.
    let aggregate: Aggregation
    /// The framework's `incomplete`, for the overall score.
    let incomplete: IncompleteAnswers
    let layout: ScoringLayout
    /// Facts by item position.
    let facts: [ItemFacts]

    /// The aggregator of `compiled`'s framework over the items' `facts`.
    init(_ compiled: CompiledFramework, facts: [ItemFacts]) {
        aggregate = compiled.framework.aggregate
        incomplete = compiled.framework.incomplete
        layout = compiled.layout
        self.facts = facts
    }

    /// The score of every section, by position, and whether each section's subtree holds an
    /// applicable item that is unknown or unanswered.
    func sectionScores() -> (scores: [Double?], incomplete: [Bool]) {
        var scores = [Double?](repeating: nil, count: layout.sections.count)
        var incomplete = [Bool](repeating: false, count: layout.sections.count)
        // A section's sub-sections come after it: backwards, each is scored before its parent.
        for position in layout.sections.indices.reversed() {
            let section = layout.sections[position]
            var children = Children()
            for item in section.items {
                if facts[item].status == .unknown || facts[item].status == .unanswered { incomplete[position] = true }
                if let score = facts[item].score { children.add(weight: layout.items[item].weight, score: score) }
            }
            for child in section.sections {
                if incomplete[child] { incomplete[position] = true }
                if let score = scores[child] { children.add(weight: layout.sections[child].weight, score: score) }
            }
            if section.incomplete == .unscored, incomplete[position] { continue }
            scores[position] = combine(children, by: section.aggregate, flatItems: section.flatItems)
        }
        return (scores, incomplete)
    }

    /// The framework's `aggregate` over its top-level sections, given the section scores and
    /// which sections are incomplete.
    func overall(sections scores: [Double?], incomplete: [Bool]) -> Double? {
        var children = Children()
        for section in layout.topSections {
            if self.incomplete == .unscored, incomplete[section] { return nil }
            if let score = scores[section] { children.add(weight: layout.sections[section].weight, score: score) }
        }
        return combine(children, by: aggregate, flatItems: layout.items.indices)
    }

    /// `D_d = 100·Σ w_i·m_id·s_i / Σ w_i·m_id` over scored items with membership in `d`, for every
    /// dimension of the framework, by position; nil for a dimension no scored item belongs to.
    func dimensionScores() -> [Double?] {
        layout.dimensions.map { members in
            var numerator = 0.0
            var denominator = 0.0
            for member in members {
                guard let fraction = facts[member.position].fraction else { continue }
                numerator += member.weight * fraction
                denominator += member.weight
            }
            return denominator > 0 ? 100 * numerator / denominator : nil
        }
    }

    /// `Σ W_d·D_d / Σ W_d` over the dimensions that have a score; nil when none has.
    func coherence(dimensions scores: [Double?]) -> Double? {
        var numerator = 0.0
        var denominator = 0.0
        for position in layout.dimensionWeights.indices {
            guard let score = scores[position] else { continue }
            numerator += layout.dimensionWeights[position] * score
            denominator += layout.dimensionWeights[position]
        }
        return denominator > 0 ? numerator / denominator : nil
    }

    // MARK: - Sections

    /// The scored children of a section, folded in order as they are added.
    private struct Children {
        var count = 0
        /// `Σ w_c`.
        var weight = 0.0
        /// `Σ w_c·x_c`.
        var weightedScore = 0.0
        /// The lowest `x_c`.
        var lowest: Double?

        mutating func add(weight w: Double, score: Double) {
            count += 1
            weight += w
            weightedScore += w * score
            if let lowest, !(score < lowest) { return }
            lowest = score
        }
    }

    /// Combines scored children by `aggregation`; `flatItems` are the positions of the subtree's
    /// items, for `flat`.
    private func combine(
        _ children: Children, by aggregation: Aggregation, flatItems: some Sequence<Int>
    ) -> Double? {
        switch aggregation {
        case .mean:
            guard children.count > 0, children.weight > 0 else { return nil }
            return children.weightedScore / children.weight
        case .min:
            return children.lowest
        case .flat:
            var numerator = 0.0
            var denominator = 0.0
            for item in flatItems {
                guard let fraction = facts[item].fraction else { continue }
                numerator += layout.items[item].weight * fraction
                denominator += layout.items[item].weight
            }
            return denominator > 0 ? 100 * numerator / denominator : nil
        }
    }
}
