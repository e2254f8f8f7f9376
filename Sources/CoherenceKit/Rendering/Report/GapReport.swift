/// Everything a gap report shows, gathered from a scorecard, its framework and its assessment.
///
/// Building it only looks things up (questions, level labels, titles, evidence, notes) and orders
/// what the scorecard already holds; no score, gap or priority is computed here. Each format's
/// renderer is then a pure function from a `GapReport` to text.
public struct GapReport: Sendable {
    /// How many findings and gaps the summary names.
    public static let highlightCount = 3

    /// The scorecard every number of the report comes from.
    public var scorecard: Scorecard
    /// The framework's title.
    public var frameworkTitle: String
    /// The framework's score bands, ascending.
    public var bands: [Band]
    /// The assessment's date as written; nil when absent.
    public var date: String?
    /// The name of the ministry that answered, on a single ministry's response.
    public var respondent: String?
    /// The id of that ministry, as the file names it.
    public var respondentID: String?
    /// Every item in document order, with its question, answer and evidence.
    public var items: [ReportItem]
    /// Every section in document order, with the items it holds directly.
    public var sections: [ReportSection]
    /// Every finding, in rule order, with the answers it concerns.
    public var findings: [ReportFinding]
    /// The capacity-building plan in the scorecard's order, with each module's reference.
    public var plan: [ReportPlanEntry]
    /// Where the ministries' answers differ, most disputed first; nil when the file has no divergence.
    public var divergence: DivergenceTable?
    /// The assessment on the targets of a crosswalk (the GCM objectives), when one links its framework.
    public var crosswalkProfile: CrosswalkProfile?
    /// Whether the framework leaves the overall score unscored while an answer is unknown or missing
    /// (`incomplete: unscored`), so that "no overall score" is explained as the method's, not as a lack of answers.
    public var incompleteIsUnscored: Bool
    /// The cheapest plan into the coherence index's next band; nil when not worked out, or when
    /// the framework has no bands or the index no score.
    public var nextBand: NextBandPath?

    /// Scores `assessment`, plans its path to the next band and gathers its report, with its profile
    /// on the targets of `crosswalk` (the GCM objectives) when one is given.
    ///
    /// - Parameters:
    ///   - assessment: The assessment to report on.
    ///   - compiled: The framework it answers, compiled for scoring.
    ///   - crosswalk: A crosswalk that links the framework, for the profile on its targets; nil for none.
    public init(_ assessment: Assessment, against compiled: CompiledFramework, crosswalk: Crosswalk? = nil) {
        let scorecard = Scorer.score(assessment, against: compiled)
        self.init(
            scorecard: scorecard, framework: compiled.framework, assessment: assessment,
            nextBand: NextBandPath(assessment, against: compiled, scorecard: scorecard))
        crosswalkProfile = crosswalk.flatMap { CrosswalkProfile(crosswalk: $0, scorecard: scorecard) }
    }

    /// Gathers the report of `scorecard`, which scored `assessment` against `framework`, with the
    /// path to the next band when it is given.
    ///
    /// - Parameters:
    ///   - scorecard: The scorecard of `assessment` against `framework`.
    ///   - framework: The framework the assessment answers.
    ///   - assessment: The assessment, for its answers, evidence and notes.
    ///   - nextBand: The path to the next band; nil to leave that part out.
    public init(scorecard: Scorecard, framework: Framework, assessment: Assessment, nextBand: NextBandPath? = nil) {
        self.scorecard = scorecard
        self.nextBand = nextBand
        frameworkTitle = framework.title
        bands = framework.bands
        incompleteIsUnscored = framework.incomplete == .unscored
        date = assessment.date
        let names = Dictionary(assessment.respondents.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        respondentID = assessment.respondent
        respondent = assessment.respondent.map { names[$0] ?? $0 }
        let questions = Dictionary(framework.allItems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sectionTitles = Dictionary(scorecard.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let answers = assessment.answersByItem
        let items = scorecard.items.compactMap { score -> ReportItem? in
            guard let item = questions[score.id] else { return nil }
            return ReportItem(
                score: score, item: item, scale: framework.scale(of: item),
                sectionTitle: sectionTitles[score.section] ?? score.section, given: answers[score.id],
                respondentNames: names)
        }
        self.items = items
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sections = scorecard.sections.map { section in
            ReportSection(score: section, items: items.filter { $0.score.section == section.id })
        }
        findings = scorecard.findings.map { ReportFinding(finding: $0, items: $0.items.compactMap { byID[$0] }) }
        plan = scorecard.plan.map { entry in
            let module = framework.capacityModule(entry.capacity)
            return ReportPlanEntry(entry: entry, reference: module?.reference, description: module?.description)
        }
        divergence =
            assessment.divergence.isEmpty
            ? nil : DivergenceTable(assessment: assessment, framework: framework, items: byID)
    }

    // MARK: - Views the renderers share

    /// The assessed country.
    public var country: Country { scorecard.country }

    /// "Valoria (VLR), 2026": who and when, for titles.
    public var subject: String { "\(country.name) (\(country.code)), \(scorecard.period)" }

    /// Triggered findings grouped under the first framework dimension each names, in framework order;
    /// findings that name no dimension come last under a group with a nil dimension.
    public var triggeredByDimension: [(dimension: DimensionScore?, findings: [ReportFinding])] {
        let triggered = findings.filter { $0.finding.status == .triggered }
        let known = Set(scorecard.dimensions.map(\.id))
        func home(_ f: ReportFinding) -> String? { f.finding.dimensions.first(where: known.contains) }
        var groups: [(DimensionScore?, [ReportFinding])] = scorecard.dimensions.compactMap { dimension in
            let members = triggered.filter { home($0) == dimension.id }
            return members.isEmpty ? nil : (dimension, members)
        }
        let other = triggered.filter { home($0) == nil }
        if !other.isEmpty { groups.append((nil, other)) }
        return groups
    }

    /// The titles of the dimensions a finding names besides the one it is grouped under.
    ///
    /// - Parameter finding: A finding of this report.
    /// - Returns: Dimension titles in the framework's order.
    public func otherDimensions(of finding: ReportFinding) -> [String] {
        let named = finding.finding.dimensions.compactMap { id in scorecard.dimensions.first { $0.id == id } }
        return named.dropFirst().map(\.title)
    }

    /// Findings that could not be evaluated, in rule order.
    public var undetermined: [ReportFinding] { findings.filter { $0.finding.status == .undetermined } }

    /// The most serious triggered findings: highest severity first, then rule order.
    public var topFindings: [ReportFinding] {
        let triggered = findings.enumerated().filter { $0.element.finding.status == .triggered }
        // Severity weights rise strictly with severity, and comparing them is cheaper than
        // `Severity.<` (which searches `allCases`).
        return triggered.sorted { a, b in
            let (sa, sb) = (a.element.finding.severity.weight, b.element.finding.severity.weight)
            return sa != sb ? sa > sb : a.offset < b.offset
        }.prefix(Self.highlightCount).map(\.element)
    }

    /// Items with a gap, highest priority first, then document order.
    public var gaps: [ReportItem] {
        // The items' positions are sorted rather than the items, which are large to move.
        let gapped = items.indices.filter { (items[$0].score.gap ?? 0) > 0 }
        return gapped.sorted { a, b in
            let (pa, pb) = (items[a].score.priority ?? 0, items[b].score.priority ?? 0)
            return pa != pb ? pa > pb : a < b
        }.map { items[$0] }
    }

    /// Applicable items the framework wants evidence for whose answer gives none, in document order.
    public var missingEvidence: [ReportItem] {
        items.filter { $0.evidenceRequired && $0.score.status != .notApplicable && $0.evidence.isEmpty }
    }

    /// The question of the item the path to the next band raises at step `index`, on the first of
    /// its steps only (the steps that follow show it once).
    ///
    /// - Parameter index: A position in the path's steps.
    /// - Returns: The question, or "" when the step is not its item's first.
    public func pathQuestion(at index: Int) -> String {
        guard let steps = nextBand?.steps, steps.indices.contains(index) else { return "" }
        let id = steps[index].step.item
        guard !steps[..<index].contains(where: { $0.step.item == id }) else { return "" }
        return items.first { $0.id == id }?.question ?? ""
    }

    /// Unknown and unanswered items, in document order.
    public var unresolved: [ReportItem] {
        items.filter { $0.score.status == .unknown || $0.score.status == .unanswered }
    }
}
