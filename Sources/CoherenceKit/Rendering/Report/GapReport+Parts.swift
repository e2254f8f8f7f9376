/// One item of a report: the assessment's answer, what scoring made of it, and the question.
///
/// The answer has one source, the assessment's ``Answer`` to the item: the answer as people read
/// it, the evidence, the note and who answered all come from it. The scorecard's ``ItemScore``
/// gives what scoring decided: the status (a false `applies_if` makes an answered item not
/// applicable), the score, the target, the gap and the priority.
public struct ReportItem: Sendable {
    /// The item's score, gap and priority, from the scorecard.
    public var score: ItemScore
    /// The assessment's answer to the item; nil when the file does not answer it.
    public var given: Answer?
    /// The item's question.
    public var question: String
    /// The title of the section that holds the item.
    public var sectionTitle: String
    /// The answer as people read it: "Adopted (2)", "55.5", "not applicable", "unknown", "unanswered".
    public var answer: String
    /// The target as people read it: "Implemented (3)" or "80".
    public var targetLabel: String
    /// Whether the framework asks for evidence for this item.
    public var evidenceRequired: Bool
    /// The name of the respondent who gave the answer, when the file says.
    public var by: String?

    /// The item's id.
    public var id: String { score.id }
    /// The evidence the answer gives, in the file's order.
    public var evidence: [String] { given?.evidence ?? [] }
    /// The answer's note, when it has one.
    public var note: String? { given?.note }

    init(
        score: ItemScore, item: Item, scale: Scale, sectionTitle: String, given: Answer?,
        respondentNames: [String: String]
    ) {
        self.score = score
        self.given = given
        question = item.question
        self.sectionTitle = sectionTitle
        answer = score.status == .notApplicable ? "not applicable" : Self.text(of: given?.response, on: scale)
        targetLabel = Self.label(score.targetValue, on: scale)
        evidenceRequired = item.evidence == .required
        by = given?.by.map { respondentNames[$0] ?? $0 }
    }

    /// A response to an item on `scale` as people read it; nil is no answer.
    static func text(of response: Answer.Response?, on scale: Scale) -> String {
        switch response {
        case .level(let value): label(value, on: scale)
        case .notApplicable: "not applicable"
        case .unknown: "unknown"
        case nil: "unanswered"
        }
    }

    /// A value of `scale` as people read it: the level's label and value, or the number alone on a range.
    static func label(_ value: Double, on scale: Scale) -> String {
        if let level = scale.level(valued: value) { return "\(level.label) (\(ReportText.plain(value)))" }
        return ReportText.plain(value)
    }

    /// The status in words: "answered", "not applicable", "unknown", "unanswered".
    public var statusText: String {
        score.status == .notApplicable ? "not applicable" : score.status.rawValue
    }

    /// The priority with its factors: "2 × 50.0/100 × (1 + 1) = 2.00"; nil without a gap.
    public var priorityFormula: String? {
        guard let factors = priorityFactorsText, let priority = score.priority else { return nil }
        return factors + " = " + ReportText.priority(priority)
    }

    /// The factors of the priority: "2 × 50.0/100 × (1 + 1)"; nil without a gap.
    public var priorityFactorsText: String? { priorityFactorsText(plus: " + ") }

    /// The factors of the priority as HTML, with "(1 + bonus)" kept on one line (the text holds
    /// only numbers, so it needs no escaping).
    var priorityFactorsHTML: String? { priorityFactorsText(plus: "&nbsp;+&nbsp;") }

    private func priorityFactorsText(plus: String) -> String? {
        guard let factors = score.priorityFactors, score.priority != nil, factors.gap > 0 else { return nil }
        return "\(ReportText.plain(factors.weight)) × \(ReportText.score(factors.gap))/100 × "
            + "(1\(plus)\(ReportText.plain(factors.severityWeight)))"
    }
}

/// One section of a report, with the items it holds directly.
public struct ReportSection: Sendable {
    /// The section's score, from the scorecard.
    public var score: SectionScore
    /// The items the section holds directly, in document order.
    public var items: [ReportItem]
}

/// One finding of a report, with the items it concerns and their answers.
public struct ReportFinding: Sendable {
    /// The finding, from the scorecard.
    public var finding: Finding
    /// The items the rule names, in the rule's order.
    public var items: [ReportItem]

    /// For an undetermined finding: the items without an answer the rule could read, which an
    /// answer would decide.
    public var undecidedItems: [ReportItem] {
        items.filter { $0.score.status != .answered }
    }
}

/// One module of the capacity-building plan, with the catalogue's reference and description.
public struct ReportPlanEntry: Sendable {
    /// The plan's entry, from the scorecard.
    public var entry: PlanEntry
    /// The module's reference in the catalogue, such as `EMM Vol. 2`.
    public var reference: String?
    public var description: String?
}

/// Where the ministries' answers to a consolidated assessment differ: items × respondents.
public struct DivergenceTable: Sendable {
    /// One disputed item: each respondent's answer (nil where they gave none) and the spread.
    public struct Row: Sendable {
        /// The item's id.
        public var item: String
        /// The item's question.
        public var question: String
        /// `(max − min)/(scale max − scale min)` as the consolidated file records it, 0–1.
        public var spread: Double
        /// One cell per respondent, in `respondents` order.
        public var cells: [Cell]
    }

    /// One respondent's answer to one item.
    public struct Cell: Sendable {
        /// The answer as people read it; nil where the respondent gave none.
        public var answer: String?
        /// The answer's place on the item's scale, 0–1, when it names a level or number of the scale.
        public var position: Double?
    }

    /// The respondents in the file's order, then any the divergence names that the file does not list.
    public var respondents: [Respondent]
    /// Most disputed first (largest spread), then document order.
    public var rows: [Row]

    init(assessment: Assessment, framework: Framework, items: [String: ReportItem]) {
        var respondents = assessment.respondents
        for entry in assessment.divergence {
            for (id, _) in entry.answers where !respondents.contains(where: { $0.id == id }) {
                respondents.append(Respondent(id: id, name: id))
            }
        }
        self.respondents = respondents
        let frameworkItems = Dictionary(framework.allItems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = assessment.divergence.map { entry -> Row in
            let scale = frameworkItems[entry.item].map(framework.scale(of:))
            let cells = respondents.map { respondent -> Cell in
                guard let answer = entry.answers.first(where: { $0.respondent == respondent.id })?.answer else {
                    return Cell(answer: nil, position: nil)
                }
                return Cell(answer: answer, position: scale.flatMap { Self.position(of: answer, on: $0) })
            }
            return Row(
                item: entry.item, question: items[entry.item]?.question ?? "", spread: entry.spread, cells: cells)
        }
        self.rows = rows.enumerated().sorted { a, b in
            a.element.spread != b.element.spread ? a.element.spread > b.element.spread : a.offset < b.offset
        }.map(\.element)
    }

    /// Where an answer as written ("Adopted", "2", "55.5") sits on `scale`, 0–1; nil for n/a, unknown and the like.
    static func position(of answer: String, on scale: Scale) -> Double? {
        if let level = scale.level(labeled: answer) { return scale.normalize(level.value) }
        if let value = Double(answer), scale.contains(value) { return scale.normalize(value) }
        return nil
    }
}
