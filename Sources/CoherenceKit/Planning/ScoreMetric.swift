/// A score a reform plan aims at: the overall score, the coherence index, one dimension or one
/// section (DESIGN.md §12).
public enum ScoreMetric: Sendable, Hashable {
    case overall
    case coherence
    case dimension(String)
    case section(String)

    /// The name a user writes: `overall`, `coherence`, or the dimension's or section's id.
    public var name: String {
        switch self {
        case .overall: "overall"
        case .coherence: "coherence"
        case .dimension(let id), .section(let id): id
        }
    }

    /// The metric `name` means in `framework`: `overall`, `coherence`, a dimension id or a section
    /// id; an error with the nearest name when it is none of these.
    ///
    /// - Parameters:
    ///   - name: What the user wrote after `--metric`.
    ///   - framework: The framework whose dimensions and sections the name may be.
    /// - Returns: The metric, or a ``PlanningError`` with a "did you mean" when a dimension or section id is near.
    public static func named(_ name: String, in framework: Framework) -> Result<ScoreMetric, PlanningError> {
        if name == "overall" { return .success(.overall) }
        if name == "coherence" { return .success(.coherence) }
        if framework.dimension(name) != nil { return .success(.dimension(name)) }
        if framework.allSections.contains(where: { $0.section.id == name }) { return .success(.section(name)) }
        let names = ["overall", "coherence"] + framework.dimensions.map(\.id) + framework.allSections.map(\.section.id)
        return .failure(
            PlanningError(
                "unknown metric '\(name)'\(Suggestion.hint(for: name, in: names)): use overall, coherence, a dimension "
                    + "(\(list(framework.dimensions.map(\.id)))) or a section id"))
    }

    /// The metric's score in `card`; nil when it has none.
    ///
    /// - Parameter card: A scorecard of the framework the metric was named in.
    /// - Returns: The score on 0–100; nil when nothing is scored.
    public func score(in card: Scorecard) -> Double? {
        switch self {
        case .overall: card.overall.score
        case .coherence: card.coherence.score
        case .dimension(let id): card.dimension(id)?.score
        case .section(let id): card.section(id)?.score
        }
    }

    /// The metric with its dimension or section found by position in `layout`.
    func resolved(in layout: ScoringLayout) -> Resolved {
        switch self {
        case .overall: .overall
        case .coherence: .coherence
        case .dimension(let id): .dimension(layout.dimensionPositions[id] ?? 0)
        case .section(let id): .section(layout.sectionPositions[id] ?? 0)
        }
    }

    /// A metric whose dimension or section is known by position.
    enum Resolved: Sendable, Hashable {
        case overall, coherence
        case dimension(Int)
        case section(Int)

        /// The metric's score from `aggregator`, computed by the scorer's own code.
        func score(_ aggregator: ScoreAggregator) -> Double? {
            switch self {
            case .overall:
                let sections = aggregator.sectionScores()
                return aggregator.overall(sections: sections.scores, incomplete: sections.incomplete)
            case .coherence: return aggregator.coherence(dimensions: aggregator.dimensionScores())
            case .dimension(let position): return aggregator.dimensionScores()[position]
            case .section(let position): return aggregator.sectionScores().scores[position]
            }
        }
    }
}

/// Why a what-if or a plan cannot be worked out as asked: an unknown item, metric or answer.
public struct PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do, as the command line prints it.
    public var message: String

    /// Creates an error with its message.
    ///
    /// - Parameter message: What is wrong and what to do, as the command line prints it.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
