public import YAML

/// Builds a `CrosswalkComparison`: scores each assessment against its own framework and averages
/// the scores of the items linked to each target (DESIGN.md §13).
public enum CrosswalkComparer {
    /// The comparison of `inputs` on the targets of `crosswalk`, or why they cannot be compared: a
    /// framework the crosswalk does not link, or one country, period and framework given twice.
    ///
    /// - Parameters:
    ///   - inputs: The assessments, each with the framework it was loaded against and its file; they may answer
    ///     different frameworks.
    ///   - crosswalk: The crosswalk that links the frameworks' items to common targets.
    /// - Returns: The comparison: one entry per assessment, ordered by country code, period and framework id.
    /// - Throws: `Diagnostics` naming the file when an assessment's framework is not linked by the crosswalk, or when
    ///   one country, period and framework is given twice.
    public static func compare(
        _ inputs: [LocatedAssessment], by crosswalk: Crosswalk
    ) throws(Diagnostics) -> CrosswalkComparison {
        try check(inputs, crosswalk: crosswalk)
        let cards = Scorer.score(inputs.map { ($0.assessment, $0.framework) })
        var entries = cards.map { card in
            let links = crosswalk.targets(of: card.framework.id)
            return CrosswalkComparison.Entry(
                country: card.country, period: card.period, framework: card.framework.id,
                frameworkVersion: card.framework.version,
                cells: crosswalk.targets.map { cell(for: $0.id, items: card.items, links: links) })
        }
        entries.sort { ($0.country.code, $0.period, $0.framework) < ($1.country.code, $1.period, $1.framework) }
        return CrosswalkComparison(
            crosswalk: crosswalk.id, title: crosswalk.title,
            targets: crosswalk.targets.map { Column(id: $0.id, title: $0.title) }, entries: entries)
    }

    /// `Σ w_i·x_i / Σ w_i` over the scored items linked to `target`, with how many items carry it.
    static func cell(for target: String, items: [ItemScore], links: [String: [String]]) -> CrosswalkComparison.Cell {
        var (count, scored, weighted, weight) = (0, 0, 0.0, 0.0)
        for item in items where links[item.id]?.contains(target) == true {
            count += 1
            guard let score = item.score else { continue }
            scored += 1
            weighted += item.weight * score
            weight += item.weight
        }
        return CrosswalkComparison.Cell(score: weight > 0 ? weighted / weight : nil, items: count, scored: scored)
    }

    /// Refuses frameworks the crosswalk does not link and repeated (country, period, framework), each
    /// at the field concerned.
    static func check(_ inputs: [LocatedAssessment], crosswalk: Crosswalk) throws(Diagnostics) {
        let linked = crosswalk.frameworks
        var diagnostics: [Diagnostic] = []
        var seen: [String: LocatedAssessment] = [:]
        for input in inputs {
            let framework = input.framework.id
            if !linked.contains(framework) {
                diagnostics.append(
                    .error(
                        "crosswalk '\(crosswalk.id)' links no item of framework '\(framework)': it links \(linkedList(linked))",
                        at: input.location(of: "framework")))
            }
            let key = [input.assessment.country.code, input.assessment.period, framework].joined(separator: "\u{0}")
            if let first = seen[key] {
                diagnostics.append(
                    .error(
                        "\(input.assessment.country.code) \(input.assessment.period) is assessed twice against '\(framework)' "
                            + "(also in \(first.path)): compare one assessment per country, period and framework",
                        at: input.location(of: "period"),
                        notes: [.note("first given here", at: first.location(of: "period"))]))
            } else {
                seen[key] = input
            }
        }
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
    }

    private static func linkedList(_ ids: [String]) -> String {
        ids.map { "'\($0)'" }.joined(separator: ", ")
    }
}
