public import CoherenceKit
import Foundation
public import Logging

/// The workshops of one server: who may do what (DESIGN.md §10), and every change, made through the store.
public final class WorkshopService: Sendable {
    public let store: any WorkshopStore
    public let catalog: FrameworkCatalog
    public let events: EventHub
    /// Where events go (a workshop created, a change made, a workshop archived): ids, items and
    /// revisions, never a token, a join code or an answer.
    public let logger: Logger
    let adminTokenHash: String

    public init(
        store: any WorkshopStore, catalog: FrameworkCatalog, adminToken: String, events: EventHub = EventHub(),
        logger: Logger = Logger(label: "coherence-workshop", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.store = store
        self.catalog = catalog
        self.events = events
        self.logger = logger
        adminTokenHash = Tokens.hash(adminToken)
    }

    /// The principal a token (or join code) stands for; 401 when there is none or it is unknown.
    public func authenticate(_ token: String?) async throws -> Principal {
        guard let token, !token.isEmpty else {
            throw WorkshopError.unauthorized(
                "no token: send 'Authorization: Bearer TOKEN' with the token of a join link")
        }
        let hash = Tokens.hash(token)
        if hash == adminTokenHash { return .admin }
        var record = try await store.token(hash: hash)
        if record == nil { record = try await store.token(hash: Tokens.hash(Tokens.normalizedCode(token))) }
        guard let record else {
            throw WorkshopError.unauthorized(
                "unknown token: use the token of a join link, or ask the facilitator for a new one")
        }
        switch record.role {
        case .facilitator: return .facilitator(workshop: record.workshop)
        case .respondent: return .respondent(workshop: record.workshop, id: record.respondent ?? "")
        }
    }

    /// A workshop and its framework, once `principal` may see it: 404 when it does not exist, 403
    /// when the token belongs elsewhere (or, with `facilitatorOnly`, is not the facilitator's).
    public func open(_ id: String, as principal: Principal, facilitatorOnly: Bool = false) async throws -> OpenWorkshop
    {
        guard let record = try await store.workshop(id) else {
            throw WorkshopError.notFound("no workshop '\(id)' on this server")
        }
        guard principal.belongs(to: id) else {
            throw WorkshopError.forbidden("this token is not for workshop '\(id)'")
        }
        if facilitatorOnly, !principal.facilitates(id) {
            throw WorkshopError.forbidden("only the facilitator of workshop '\(id)' can do this")
        }
        let framework: CompiledFramework
        do {
            framework = try catalog.framework(record.framework, version: record.version)
        } catch {
            throw WorkshopError.notFound(
                "framework '\(record.framework)' \(record.version) of workshop '\(id)' is no longer in \(catalog.directory)/"
            )
        }
        return OpenWorkshop(record: record, compiled: framework, crosswalk: catalog.reportCrosswalk)
    }

    /// The framework item `id` of `workshop`; 404 when the framework has none.
    func item(_ id: String, of workshop: OpenWorkshop) throws -> Item {
        guard let item = workshop.framework.item(id) else {
            throw WorkshopError.notFound(
                "unknown item '\(id)': framework '\(workshop.framework.id)' \(workshop.framework.version) has no such item"
            )
        }
        return item
    }

    /// The respondent `id` of `workshop`; 404 when it takes no part.
    func respondent(_ id: String, of workshop: OpenWorkshop) throws -> RespondentRecord {
        guard let respondent = workshop.record.respondents.first(where: { $0.id == id }) else {
            let known = workshop.record.respondents.map(\.id).joined(separator: ", ")
            throw WorkshopError.notFound(
                "no respondent '\(id)' in workshop '\(workshop.record.id)' (its respondents are \(known))")
        }
        return respondent
    }

    /// Makes one change and wakes the event streams; a changed-since revision becomes a 409 that
    /// says who changed it and when.
    func apply(_ request: ChangeRequest) async throws -> ChangeOutcome {
        let outcome: ChangeOutcome
        do {
            outcome = try await store.apply(request)
        } catch StoreError.conflict(let expected, let current, let latest) {
            let by = latest.map { " by \($0.who) at \($0.at)" } ?? ""
            throw WorkshopError.conflict(
                "'\(request.item)' was changed\(by) since you loaded it (revision \(current), yours \(expected)): "
                    + "nothing was saved; reload to see that answer, then save yours again if it still holds")
        } catch StoreError.archived(let id) {
            throw WorkshopError.conflict(
                "workshop '\(id)' is archived and read-only: nothing was saved; the server's admin can restore it")
        }
        logger.info(
            "change",
            metadata: [
                "workshop": "\(request.workshop)", "scope": "\(request.scope)", "item": "\(request.item)",
                "who": "\(request.who)", "revision": .stringConvertible(outcome.revision),
                "sequence": .stringConvertible(outcome.sequence), "replayed": .stringConvertible(outcome.replayed),
            ])
        if !outcome.replayed { events.publish(request.workshop) }
        return outcome
    }

    /// The time now, ISO 8601 in UTC to the millisecond.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}

/// A workshop with its framework, as a request works on it.
public struct OpenWorkshop: Sendable {
    public var record: WorkshopRecord
    public var compiled: CompiledFramework
    /// The crosswalk its gap report shows the country's profile on (the GCM objectives), if any.
    public var crosswalk: Crosswalk?
    public var framework: Framework { compiled.framework }
    public var id: String { record.id }
}
