import CoherenceKit
import Foundation

/// Answers, decisions and the documents built from them.
extension WorkshopService {
    /// Sets (or, with `fields` nil, removes) `respondent`'s answer to `item`.
    public func setAnswer(
        _ fields: [String: Any]?, workshop id: String, respondent: String, item itemID: String, as principal: Principal,
        expectedRevision: Int? = nil, idempotencyKey: String? = nil
    ) async throws -> ChangeOutcome {
        let workshop = try await open(id, as: principal)
        let respondentRecord = try self.respondent(respondent, of: workshop)
        guard principal.answers(for: respondent, in: id) else {
            throw WorkshopError.forbidden("this token answers for another respondent, not '\(respondent)'")
        }
        let item = try item(itemID, of: workshop)
        var value: String?
        if let fields {
            let respondents = [Respondent(id: respondentRecord.id, name: respondentRecord.name)]
            let answer: Answer?
            do throws(AnswerJSON.Invalid) {
                answer = try AnswerJSON.answer(fields, to: item, of: workshop.framework, respondents: respondents)
            } catch {
                throw WorkshopError.invalid(error.message)
            }
            value = answer.map(AnswerJSON.text)
        }
        return try await apply(
            ChangeRequest(
                workshop: id, scope: respondent, item: item.id, value: value, who: principal.name, at: Self.now(),
                expectedRevision: expectedRevision, idempotencyKey: idempotencyKey))
    }

    /// Records the room's agreed answer to `item` with its rationale (and any dissent); the facilitator only.
    public func decide(
        _ fields: [String: Any], workshop id: String, item itemID: String, as principal: Principal,
        idempotencyKey: String? = nil
    ) async throws -> (outcome: ChangeOutcome, value: [String: Any]) {
        let workshop = try await open(id, as: principal, facilitatorOnly: true)
        let item = try item(itemID, of: workshop)
        var answerFields = fields
        let rationale = answerFields.removeValue(forKey: "rationale")
        let dissent = answerFields.removeValue(forKey: "dissent")
        guard let rationale = rationale as? String, !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw WorkshopError.invalid(
                "a decision on '\(item.id)' needs a 'rationale': say why the room agreed on this answer")
        }
        if dissent != nil, !(dissent is String) {
            throw WorkshopError.invalid("'dissent' on '\(item.id)' must be text: who disagreed, and why")
        }
        let answer: Answer?
        do throws(AnswerJSON.Invalid) {
            answer = try AnswerJSON.answer(answerFields, to: item, of: workshop.framework)
        } catch {
            throw WorkshopError.invalid(error.message)
        }
        guard let answer else {
            throw WorkshopError.invalid(
                "a decision on '\(item.id)' needs an answer: a 'level', or a 'status' of n/a or unknown")
        }
        var value = AnswerJSON.fields(AnswerJSON.text(answer))
        value["rationale"] = rationale
        if let dissent = dissent as? String, !dissent.isEmpty { value["dissent"] = dissent }
        let at = Self.now()
        value["at"] = at
        let outcome = try await apply(
            ChangeRequest(
                workshop: id, scope: NationalAssessment.decisionScope, item: item.id,
                value: AnswerJSON.serialized(value),
                who: principal.name, at: at, idempotencyKey: idempotencyKey))
        return (outcome, value)
    }

    /// The documents of a workshop as they stand.
    public func documents(_ workshop: OpenWorkshop) async throws -> NationalAssessment {
        NationalAssessment(workshop: workshop, entries: try await store.entries(workshop: workshop.id))
    }

    /// `respondent`'s response as an assessment file; that respondent or the facilitator.
    public func responseText(workshop id: String, respondent: String, as principal: Principal) async throws -> String {
        let workshop = try await open(id, as: principal)
        _ = try self.respondent(respondent, of: workshop)
        guard principal.answers(for: respondent, in: id) else {
            throw WorkshopError.forbidden(
                "this token cannot read the answers of respondent '\(respondent)' before the reveal")
        }
        return try await documents(workshop).responseText(of: respondent)
    }

    /// The national assessment file; the facilitator only.
    public func assessmentText(workshop id: String, as principal: Principal) async throws -> String {
        let workshop = try await open(id, as: principal, facilitatorOnly: true)
        return try await documents(workshop).text()
    }

    /// The scorecard JSON of the national assessment; the facilitator only.
    public func scorecardJSON(workshop id: String, as principal: Principal) async throws -> String {
        let workshop = try await open(id, as: principal, facilitatorOnly: true)
        return try await documents(workshop).scorecardJSON()
    }

    /// Every change of a workshop after `after`, oldest first; the facilitator only.
    public func history(workshop id: String, after: Int64 = 0, as principal: Principal) async throws -> [Change] {
        _ = try await open(id, as: principal, facilitatorOnly: true)
        var all: [Change] = []
        var last = after
        while true {
            let page = try await store.changes(workshop: id, after: last, limit: 1000)
            all += page
            guard page.count == 1000, let next = page.last?.sequence else { return all }
            last = next
        }
    }
}

/// Undo: an earlier value restored as a new change, so the history keeps both.
extension WorkshopService {
    /// Restores what change `sequence` replaced (its `before`); the facilitator only.
    public func undo(_ sequence: Int64, workshop id: String, as principal: Principal) async throws -> ChangeOutcome {
        _ = try await open(id, as: principal, facilitatorOnly: true)
        guard let change = try await store.changes(workshop: id, after: sequence - 1, limit: 1).first,
            change.sequence == sequence
        else {
            throw WorkshopError.notFound("no change \(sequence) in workshop '\(id)'")
        }
        return try await apply(
            ChangeRequest(
                workshop: id, scope: change.scope, item: change.item, value: change.before, who: principal.name,
                at: Self.now()))
    }

    /// The latest `count` changes, newest first.
    func recentChanges(workshop id: String, count: Int) async throws -> [Change] {
        let last = try await PageRoutes.latest(id, self)
        return try await store.changes(workshop: id, after: max(0, last - Int64(count) * 4), limit: count * 4)
            .suffix(count).reversed()
    }
}
