public import CoherenceKit
import Foundation
import YAML

/// A workshop's documents, built by the core: each ministry's response as an assessment file, and
/// the national assessment, consolidated as `coherence consolidate` does, decisions applied.
public struct NationalAssessment: Sendable {
    public static let decisionScope = "#decision"

    let workshop: OpenWorkshop
    /// The current answers, by respondent, then item.
    let answers: [String: [String: Answer]]
    /// The decided items, by item.
    let decisions: [String: (answer: Answer, decision: Decision)]

    /// The documents of `workshop` given its current `entries`.
    init(workshop: OpenWorkshop, entries: [Entry]) {
        self.workshop = workshop
        let framework = workshop.framework
        let respondents = workshop.record.respondents.map { Respondent(id: $0.id, name: $0.name) }
        var answers: [String: [String: Answer]] = [:]
        var decisions: [String: (answer: Answer, decision: Decision)] = [:]
        for entry in entries {
            guard let item = framework.item(entry.item) else { continue }
            var fields = AnswerJSON.fields(entry.value)
            if entry.scope == Self.decisionScope {
                let rationale = fields.removeValue(forKey: "rationale") as? String ?? ""
                let dissent = fields.removeValue(forKey: "dissent") as? String
                let at = fields.removeValue(forKey: "at") as? String
                guard let answer = try? AnswerJSON.answer(fields, to: item, of: framework, respondents: respondents)
                else { continue }
                decisions[item.id] = (
                    answer,
                    Decision(
                        item: item.id, answer: AnswerJSON.short(answer.response), rationale: rationale, at: at,
                        dissent: dissent)
                )
            } else if !entry.scope.hasPrefix("#"),
                let answer = try? AnswerJSON.answer(fields, to: item, of: framework, respondents: respondents)
            {
                answers[entry.scope, default: [:]][item.id] = answer
            }
        }
        self.answers = answers
        self.decisions = decisions
    }

    /// The workshop's header and respondents, without answers.
    static func blankAssessment(of record: WorkshopRecord, framework: Framework) -> Assessment {
        Assessment(
            framework: framework.id, frameworkVersion: framework.version,
            country: Country(code: record.countryCode, name: record.countryName), period: record.period,
            date: record.date, respondents: record.respondents.map { Respondent(id: $0.id, name: $0.name) },
            profile: profile(record.profile), location: Location(file: "workshop", line: 1, column: 1))
    }

    /// The profile values of a JSON object: booleans, numbers, texts and lists of texts.
    static func profile(_ json: String) -> [String: ProfileValue] {
        AnswerJSON.fields(json).compactMapValues { value -> ProfileValue? in
            if let number = value as? NSNumber {
                // JSON's true and false arrive as NSNumbers of the C type `char` ("c").
                return String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.doubleValue)
            }
            if let text = value as? String { return .string(text) }
            if let list = value as? [Any] { return .list(list.map { "\($0)" }) }
            return nil
        }
    }

    /// A profile as a JSON object.
    static func json(_ profile: [String: ProfileValue]) -> String {
        AnswerJSON.serialized(
            profile.mapValues { value -> Any in
                switch value {
                case .bool(let b): b
                case .number(let n): n
                case .string(let s): s
                case .list(let items): items
                }
            })
    }

    /// Respondent `id`'s response as an assessment file (DESIGN.md §4, `respondent` set).
    public func responseText(of id: String) -> String {
        let record = workshop.record
        var assessment = Self.blankAssessment(of: record, framework: workshop.framework)
        let mine = answers[id] ?? [:]
        assessment.respondent = id
        assessment.respondents = assessment.respondents.filter { $0.id == id }
        assessment.answers = workshop.framework.allItems.compactMap { mine[$0.id] }
        let name = record.respondents.first { $0.id == id }?.name ?? id
        return ConsolidatedYAML.render(
            assessment, framework: workshop.framework,
            comment: [
                "The response of \(name) to workshop \(record.id), written by coherence-workshop."
            ])
    }

    /// The national assessment file: the responses consolidated (median), each decided item's answer
    /// replaced by the decision (its evidence added to the responses'), and the decision log.
    public func text() throws -> String {
        let framework = workshop.framework
        let responses = try workshop.record.respondents.map { respondent in
            let path = "responses/\(respondent.id).yaml"
            let file = try AssessmentFile(text: responseText(of: respondent.id), file: path)
            return LocatedAssessment(
                path: path, assessment: try file.assessment(against: framework), framework: framework)
        }
        var national = try Consolidator(method: .median).consolidate(responses, output: "assessment.yaml")
        var comment = [
            "Consolidated by `coherence consolidate --method median` from the responses of "
                + national.respondents.map(\.id).joined(separator: ", ") + ".",
            "Where the responses differ, 'divergence' keeps every respondent's answer.",
        ]
        if !decisions.isEmpty {
            comment.append("The room's decisions replace the consolidated answer of the items 'decisions' lists.")
            national.answers = framework.allItems.compactMap { item in
                let consolidated = national.answer(to: item.id)
                guard let decided = decisions[item.id]?.answer else { return consolidated }
                var answer = decided
                answer.evidence = unique((consolidated?.evidence ?? []) + decided.evidence)
                answer.note = decided.note ?? consolidated?.note
                return answer
            }
            national.decisions = framework.allItems.compactMap { decisions[$0.id]?.decision }
        }
        return ConsolidatedYAML.render(national, framework: framework, comment: comment)
    }

    /// The scorecard of the national assessment as `coherence score --format json` prints it.
    public func scorecardJSON() throws -> String {
        ScorecardJSON.render(Scorer.score(try assessment(), against: workshop.compiled))
    }

    /// The gap report of the national assessment file as `coherence report` writes it, with the
    /// path to the next band and the GCM profile.
    public func report() throws -> GapReport {
        GapReport(try assessment(), against: workshop.compiled, crosswalk: workshop.crosswalk)
    }

    /// What the live pages show of the report (scores, findings, divergence), without the path to
    /// the next band, which no page shows and which would cost a plan search on every update.
    public func liveReport() throws -> GapReport {
        let assessment = try assessment()
        return GapReport(
            scorecard: Scorer.score(assessment, against: workshop.compiled), framework: workshop.framework,
            assessment: assessment)
    }

    /// The national assessment file, read back as the `coherence` command reads it.
    private func assessment() throws -> Assessment {
        try AssessmentFile(text: try text(), file: "assessment.yaml").assessment(against: workshop.framework)
    }

    /// Respondent `id`'s answer to `item`, if any.
    public func answer(of id: String, to item: String) -> Answer? {
        answers[id]?[item]
    }

    /// The room's decision on `item`, if any.
    public func decision(on item: String) -> Decision? {
        decisions[item]?.decision
    }

    private func unique(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }
}
