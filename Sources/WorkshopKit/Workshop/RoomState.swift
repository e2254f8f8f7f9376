import CoherenceKit

/// Where the room is: the item in discussion, the items revealed, the second rounds opened.
public struct RoomState: Sendable {
    public static let roomScope = "#room"
    public static let revealScope = "#reveal"
    public static let roundScope = "#round"

    /// A second round: each respondent's first-round answer (as written) and its spread.
    public struct SecondRound: Sendable {
        public var first: [String: String]
        public var spread: Double
    }

    public var current: String?
    public var revealed: Set<String> = []
    public var rounds: [String: SecondRound] = [:]
    /// The revision of each entry, by scope then item, for the forms' optimistic checks.
    public var revisions: [String: [String: Int]] = [:]

    public init(entries: [Entry]) {
        for entry in entries {
            revisions[entry.scope, default: [:]][entry.item] = entry.revision
            let fields = AnswerJSON.fields(entry.value)
            switch entry.scope {
            case Self.roomScope where entry.item == "current": current = fields["item"] as? String
            case Self.revealScope: revealed.insert(entry.item)
            case Self.roundScope:
                rounds[entry.item] = SecondRound(
                    first: fields["first"] as? [String: String] ?? [:], spread: (fields["spread"] as? Double) ?? 0)
            default: break
            }
        }
    }
}

/// The facilitator's controls of the flow.
extension WorkshopService {
    public enum RoomAction: String, Sendable, CaseIterable {
        /// Put the item in discussion (the projector shows it).
        case discuss
        /// Show every ministry's answer and the spread.
        case reveal
        /// Open a second round: each ministry sees the first round's distribution before it answers again.
        case round
    }

    public func room(
        _ action: RoomAction, workshop id: String, item itemID: String, as principal: Principal
    ) async throws {
        let workshop = try await open(id, as: principal, facilitatorOnly: true)
        let item = try item(itemID, of: workshop)
        let who = principal.name
        switch action {
        case .discuss:
            _ = try await apply(
                ChangeRequest(
                    workshop: id, scope: RoomState.roomScope, item: "current",
                    value: AnswerJSON.serialized(["item": item.id]),
                    who: who, at: Self.now()))
        case .reveal:
            _ = try await apply(
                ChangeRequest(
                    workshop: id, scope: RoomState.revealScope, item: item.id, value: "{\"revealed\":true}", who: who,
                    at: Self.now()))
        case .round:
            let documents = try await documents(workshop)
            let scale = workshop.framework.scale(of: item)
            var first: [String: String] = [:]
            var values: [Double] = []
            for respondent in workshop.record.respondents {
                guard let answer = documents.answer(of: respondent.id, to: item.id) else { continue }
                first[respondent.id] = AnswerJSON.short(answer.response)
                if case .level(let value) = answer.response { values.append(value) }
            }
            let spread = Consolidator.spread(of: values, on: scale)
            _ = try await apply(
                ChangeRequest(
                    workshop: id, scope: RoomState.roundScope, item: item.id,
                    value: AnswerJSON.serialized(["round": 2, "first": first, "spread": spread]), who: who,
                    at: Self.now()))
            // The second round is answered blind again: the reveal is withdrawn until the facilitator reveals anew.
            _ = try await apply(
                ChangeRequest(
                    workshop: id, scope: RoomState.revealScope, item: item.id, value: nil, who: who, at: Self.now()))
        }
    }
}
