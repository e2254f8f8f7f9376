public import YAML

/// Builds a `Comparison` from loaded assessments: scores each against its own framework version and
/// compares them on the item ids the versions share.
public enum Comparer {
    /// The comparison of `inputs`, or why they cannot be compared: different frameworks, or two
    /// assessments of the same country and period.
    ///
    /// - Parameter inputs: The assessments, each with the framework it was loaded against and its file.
    /// - Returns: The comparison: entries ordered by country code, then period.
    /// - Throws: `Diagnostics` naming the files when the assessments answer different frameworks, or when two assess
    ///   the same country and period.
    public static func compare(_ inputs: [LocatedAssessment]) throws(Diagnostics) -> Comparison {
        try check(inputs)
        let cards = Scorer.score(inputs.map { ($0.assessment, $0.framework) })
        let frameworks = distinctFrameworks(inputs)
        let shared = sharedItems(frameworks)
        let allItemCount = Set(frameworks.flatMap { $0.allItems.map(\.id) }).count
        let dimensions = columns(frameworks.flatMap { $0.dimensions.map { Column(id: $0.id, title: $0.title) } })
        let sections = columns(frameworks.flatMap { $0.sections.map { Column(id: $0.id, title: $0.title) } })

        let order = cards.indices.sorted { a, b in
            (cards[a].country.code, cards[a].period, a) < (cards[b].country.code, cards[b].period, b)
        }
        let sorted = order.map { cards[$0] }
        var entries = sorted.map { card in entry(for: card, topSections: Set(sections.map(\.id))) }
        Ranking.assign(to: &entries, dimensions: dimensions.map(\.id), sections: sections.map(\.id))

        let itemTables = sorted.map { card in
            Dictionary(card.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let questions = Dictionary(
            frameworks.flatMap { $0.allItems.map { ($0.id, $0.question) } },
            uniquingKeysWith: { first, _ in first })
        return Comparison(
            framework: inputs.first?.framework.id ?? "", versions: frameworks.map(\.version), sharedItems: shared,
            allItemCount: allItemCount, dimensions: dimensions, sections: sections, entries: entries,
            commonGaps: commonGaps(shared, tables: itemTables, questions: questions),
            changes: PeriodChanges(
                cards: sorted, itemTables: itemTables, sharedItems: shared,
                dimensions: dimensions, sections: sections
            ).all())
    }

    /// Refuses different framework ids and repeated (country, period) pairs, each at the field concerned.
    static func check(_ inputs: [LocatedAssessment]) throws(Diagnostics) {
        guard let first = inputs.first else { return }
        var diagnostics: [Diagnostic] = []
        var seen: [String: LocatedAssessment] = [:]
        for input in inputs {
            if input.framework.id != first.framework.id {
                diagnostics.append(
                    .error(
                        "framework '\(input.framework.id)' differs from '\(first.framework.id)' in \(first.path): "
                            + "compare assessments of one framework (its versions may differ)",
                        at: input.location(of: "framework"),
                        notes: [
                            .note(
                                "framework '\(first.framework.id)' is named here", at: first.location(of: "framework"))
                        ]))
            }
            let key = input.assessment.country.code + "\u{0}" + input.assessment.period
            if let earlier = seen[key] {
                diagnostics.append(
                    .error(
                        "a second assessment of \(input.assessment.country.code) for period '\(input.assessment.period)' "
                            + "(the first is \(earlier.path)): compare one assessment per country and period; "
                            + "consolidate ministries' responses first",
                        at: input.location(of: "period"),
                        notes: [
                            .note("the first assessment of that country and period", at: earlier.location(of: "period"))
                        ]))
            } else {
                seen[key] = input
            }
        }
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
    }

    /// One framework per version, in order of first appearance.
    static func distinctFrameworks(_ inputs: [LocatedAssessment]) -> [Framework] {
        var seen: Set<String> = []
        return inputs.map(\.framework).filter { seen.insert($0.version).inserted }
    }

    /// The item ids every framework has, in the first framework's document order.
    static func sharedItems(_ frameworks: [Framework]) -> [String] {
        guard let first = frameworks.first else { return [] }
        let others = frameworks.dropFirst().map { Set($0.allItems.map(\.id)) }
        return first.allItems.map(\.id).filter { id in others.allSatisfy { $0.contains(id) } }
    }

    /// Columns without repeats, in order of first appearance.
    static func columns(_ all: [Column]) -> [Column] {
        var seen: Set<String> = []
        return all.filter { seen.insert($0.id).inserted }
    }

    static func entry(for card: Scorecard, topSections: Set<String>) -> ComparisonEntry {
        var dimensions: [String: RankedScore] = [:]
        for dimension in card.dimensions {
            dimensions[dimension.id] = RankedScore(score: dimension.score, band: dimension.band)
        }
        var sections: [String: RankedScore] = [:]
        for section in card.sections where section.parent == nil && topSections.contains(section.id) {
            sections[section.id] = RankedScore(score: section.score, band: section.band)
        }
        return ComparisonEntry(
            country: card.country, period: card.period, frameworkVersion: card.framework.version, status: card.status,
            overall: RankedScore(score: card.overall.score, band: card.overall.band),
            coherence: RankedScore(score: card.coherence.score, band: card.coherence.band),
            dimensions: dimensions, sections: sections, coverage: card.coverage)
    }

    /// Shared items with a gap in at least one assessment, most often gapped first.
    static func commonGaps(
        _ shared: [String], tables: [[String: ItemScore]], questions: [String: String]
    ) -> [CommonGap] {
        let gaps = shared.compactMap { id -> CommonGap? in
            let scores = tables.compactMap { $0[id]?.gap }
            let gapped = scores.filter { $0 > 0 }
            guard !gapped.isEmpty else { return nil }
            return CommonGap(
                item: id, question: questions[id] ?? "", gapped: gapped.count, scored: scores.count,
                meanGap: gapped.reduce(0, +) / Double(gapped.count))
        }
        return gaps.sorted { a, b in
            if a.gapped != b.gapped { return a.gapped > b.gapped }
            if a.meanGap != b.meanGap { return a.meanGap > b.meanGap }
            return a.item < b.item
        }
    }
}
