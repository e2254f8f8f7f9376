/// Combines item scores into section, overall, dimension and coherence scores (DESIGN.md §5).
///
/// Pure arithmetic over `ItemFacts`; not-applicable items (score nil) are left out everywhere, and a
/// section with no scored child is nil and ignored by its parent.
struct ScoreAggregator: Sendable {
    let framework: Framework
    /// Facts by item id.
    let facts: [String: ItemFacts]

    /// The score of every section by id.
    func sectionScores() -> [String: Double] {
        var result: [String: Double] = [:]
        for section in framework.sections { _ = score(of: section, into: &result) }
        return result
    }

    /// The framework's `aggregate` over its top-level sections, given the section scores.
    func overall(sections scores: [String: Double]) -> Double? {
        let children = framework.sections.compactMap { section in
            scores[section.id].map { (weight: section.weight, score: $0) }
        }
        return combine(children, by: framework.aggregate, flatItems: framework.sections.flatMap(itemsInSubtree))
    }

    /// `D_d = 100·Σ w_i·m_id·s_i / Σ w_i·m_id` over scored items with membership in `d`, for every
    /// dimension of the framework, by id; a dimension no scored item belongs to is absent.
    ///
    /// One pass over the items, reading each in place (an item's first membership in a dimension
    /// counts), rather than one pass and one copy of every item per dimension.
    func dimensionScores() -> [String: Double] {
        let dimensions = framework.dimensions
        var numerators = [Double](repeating: 0, count: dimensions.count)
        var denominators = numerators
        let items = framework.allItems
        for index in items.indices {
            guard let fraction = facts[items[index].id]?.fraction else { continue }
            for d in dimensions.indices {
                guard let membership = items[index].dimensions.first(where: { $0.dimension == dimensions[d].id }),
                    membership.weight > 0
                else { continue }
                numerators[d] += items[index].weight * membership.weight * fraction
                denominators[d] += items[index].weight * membership.weight
            }
        }
        var scores: [String: Double] = [:]
        for d in dimensions.indices where denominators[d] > 0 {
            scores[dimensions[d].id] = 100 * numerators[d] / denominators[d]
        }
        return scores
    }

    /// `Σ W_d·D_d / Σ W_d` over the dimensions that have a score; nil when none has.
    func coherence(dimensions scores: [String: Double]) -> Double? {
        var numerator = 0.0
        var denominator = 0.0
        for dimension in framework.dimensions {
            guard let score = scores[dimension.id] else { continue }
            numerator += dimension.weight * score
            denominator += dimension.weight
        }
        return denominator > 0 ? numerator / denominator : nil
    }

    // MARK: - Sections

    /// Scores `section` and its descendants into `scores`; returns the section's score.
    private func score(of section: Section, into scores: inout [String: Double]) -> Double? {
        var children: [(weight: Double, score: Double)] = []
        for item in section.items {
            if let score = facts[item.id]?.score { children.append((item.weight, score)) }
        }
        for child in section.sections {
            if let score = score(of: child, into: &scores) { children.append((child.weight, score)) }
        }
        let result = combine(children, by: section.aggregate, flatItems: itemsInSubtree(section))
        scores[section.id] = result
        return result
    }

    /// Combines scored children by `aggregation`; `flatItems` are the subtree's items, for `flat`.
    private func combine(
        _ children: [(weight: Double, score: Double)], by aggregation: Aggregation,
        flatItems: @autoclosure () -> [Item]
    ) -> Double? {
        switch aggregation {
        case .mean:
            let total = children.reduce(0) { $0 + $1.weight }
            guard !children.isEmpty, total > 0 else { return nil }
            return children.reduce(0) { $0 + $1.weight * $1.score } / total
        case .min:
            return children.map(\.score).min()
        case .flat:
            var numerator = 0.0
            var denominator = 0.0
            for item in flatItems() {
                guard let fraction = facts[item.id]?.fraction else { continue }
                numerator += item.weight * fraction
                denominator += item.weight
            }
            return denominator > 0 ? 100 * numerator / denominator : nil
        }
    }

    /// Every item in `section` and its sub-sections, in document order.
    private func itemsInSubtree(_ section: Section) -> [Item] {
        section.items + section.sections.flatMap(itemsInSubtree)
    }
}
