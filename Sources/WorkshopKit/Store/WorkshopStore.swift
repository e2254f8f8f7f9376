/// Where workshops are kept: one interface, so that the SQLite store (one facilitator's laptop)
/// and the PostgreSQL store (a regional body's shared server) answer the same tests.
///
/// Every method returns only once what it wrote is durable. Changes are never updated or deleted:
/// the history is append-only, and an entry's value is always the `after` of its latest change.
public protocol WorkshopStore: Sendable {
    /// Stores a new workshop with its tokens (hashed).
    func create(_ workshop: WorkshopRecord, tokens: [TokenRecord]) async throws

    func workshop(_ id: String) async throws -> WorkshopRecord?

    /// Every workshop, newest first.
    func workshops() async throws -> [WorkshopRecord]

    /// The token with this hash, if any.
    func token(hash: String) async throws -> TokenRecord?

    /// Adds tokens to an existing workshop (a new link for a ministry).
    func add(tokens: [TokenRecord]) async throws

    /// Every current entry of a workshop.
    func entries(workshop: String) async throws -> [Entry]

    /// Makes one change, atomically: checks the expected revision, writes the entry and its history
    /// line; a request whose idempotency key was seen before changes nothing and reports the first outcome.
    func apply(_ change: ChangeRequest) async throws -> ChangeOutcome

    /// The workshop's changes with a sequence number above `after`, oldest first, at most `limit`.
    func changes(workshop: String, after: Int64, limit: Int) async throws -> [Change]

    /// Runs until cancelled, waking `events` for every change another process on this database
    /// commits. The service wakes them itself for the changes it makes.
    func relayChanges(to events: EventHub) async throws
}
