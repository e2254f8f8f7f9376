public import YAML

/// Merges several ministries' responses into one national assessment (DESIGN.md §7).
///
/// Per item, in framework order:
/// - the chosen statistic of the answered values, when at least one response gives a level (responses
///   that say `n/a` or `unknown` beside levels are left out of the statistic and recorded in `divergence`);
/// - `n/a` when every response says so;
/// - `unknown` when none gives a level but at least one says unknown;
/// - unanswered otherwise (nobody answered, or some said `n/a` and the others nothing).
///
/// An item is recorded in `divergence` when the respondents who answered it gave different answers
/// (values, `n/a`, `unknown`), or when it stays unanswered although someone answered it; each entry
/// lists every respondent, `unanswered` for those who said nothing, and the spread of the values.
///
/// Evidence is the union in order of first appearance; notes and `n/a` reasons keep their author
/// (`mol: text`, several joined by newlines); `by` names the author when exactly one response
/// answered the item and is omitted otherwise.
public struct Consolidator: Sendable {
    public var method: ConsolidationMethod

    public init(method: ConsolidationMethod = .median) {
        self.method = method
    }

    /// The consolidated assessment of `responses`, or the reasons they cannot be merged.
    public func consolidate(_ responses: [LocatedAssessment], output: String) throws(Diagnostics) -> Assessment {
        try ResponseCheck(responses).verify()
        let first = responses[0]
        let framework = first.framework
        let respondentIDs = responses.map { $0.assessment.respondent ?? "" }
        let answerTables = responses.map(\.assessment.answersByItem)
        var answers: [Answer] = []
        var divergence: [Divergence] = []
        let here = Location(file: output, line: 1, column: 1)
        for item in framework.allItems {
            let given = answerTables.map { $0[item.id] }
            guard given.contains(where: { $0 != nil }) else { continue }
            let scale = framework.scale(of: item)
            let authors = zip(given, respondentIDs).map { answer, respondent in answer?.by ?? respondent }
            let answer = merge(item: item.id, given: given, authors: authors, at: here)
            if let answer { answers.append(answer) }
            let written = given.map { $0.map { Self.written($0.response) } ?? "unanswered" }
            let said = Set(zip(given, written).compactMap { $0.0 == nil ? nil : $0.1 })
            // Silence is not disagreement; but an item left unanswered although someone answered it is recorded.
            if said.count > 1 || answer == nil {
                divergence.append(
                    Divergence(
                        item: item.id, answers: Array(zip(respondentIDs, written)).map { ($0.0, $0.1) },
                        spread: Self.spread(of: given.compactMap { $0?.value }, on: scale)))
            }
        }
        let dates = responses.compactMap(\.assessment.date)
        return Assessment(
            framework: framework.id, frameworkVersion: framework.version, country: first.assessment.country,
            period: first.assessment.period, date: dates.max(), status: .draft, respondent: nil,
            respondents: Self.respondents(of: responses), profile: try ProfileMerge.merge(responses),
            answers: answers, divergence: divergence, location: here)
    }

    /// One item's consolidated answer; nil when it stays unanswered.
    func merge(item: String, given: [Answer?], authors: [String], at location: Location) -> Answer? {
        let addressed = zip(given, authors).compactMap { answer, author in answer.map { ($0, author) } }
        let values = addressed.compactMap { $0.0.value }
        let response: Answer.Response
        if let value = method.apply(to: values) {
            response = .level(value)
        } else if given.allSatisfy({ $0?.isNotApplicable == true }) {
            let reasons = addressed.compactMap { answer, author in answer.reason.map { "\(author): \($0)" } }
            response = .notApplicable(reason: Self.joined(Self.unique(reasons)))
        } else if addressed.contains(where: { $0.0.response == .unknown }) {
            response = .unknown
        } else {
            return nil
        }
        let evidence = Self.unique(addressed.flatMap { $0.0.evidence })
        let notes = addressed.compactMap { answer, author in answer.note.map { "\(author): \($0)" } }
        return Answer(
            item: item, response: response, evidence: evidence, note: Self.joined(notes),
            by: addressed.count == 1 ? addressed[0].1 : nil, location: location)
    }

    /// `(max − min) / (scale max − scale min)` over the answered values; 0 with fewer than two.
    public static func spread(of values: [Double], on scale: Scale) -> Double {
        guard values.count >= 2, let low = values.min(), let high = values.max() else { return 0 }
        let span = scale.max - scale.min
        return span > 0 ? (high - low) / span : 0
    }

    /// An answer as the divergence records it: the value, `n/a` or `unknown`.
    static func written(_ response: Answer.Response) -> String {
        switch response {
        case .level(let value): LevelText.format(value)
        case .notApplicable: "n/a"
        case .unknown: "unknown"
        }
    }

    /// Every respondent of every response, in input order, each once (the first name given wins).
    static func respondents(of responses: [LocatedAssessment]) -> [Respondent] {
        var seen: Set<String> = []
        var result: [Respondent] = []
        for respondent in responses.flatMap(\.assessment.respondents) where seen.insert(respondent.id).inserted {
            result.append(respondent)
        }
        return result
    }

    static func unique(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }

    static func joined(_ texts: [String]) -> String? {
        texts.isEmpty ? nil : texts.joined(separator: "\n")
    }
}
