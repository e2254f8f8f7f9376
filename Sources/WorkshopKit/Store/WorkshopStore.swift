/// Where workshops are kept: one interface, so that the SQLite store (one facilitator's laptop)
/// and the PostgreSQL store (a regional body's shared server) answer the same tests.
///
/// Every method returns only once what it wrote is durable. Changes are never updated or deleted:
/// the history is append-only, and an entry's value is always the `after` of its latest change.
public protocol WorkshopStore: Sendable {
    /// Stores a new workshop with its tokens (hashed); its `status` is stored as given (an import
    /// may bring an archived workshop). `StoreError.duplicateWorkshop` when the id is taken.
    func create(_ workshop: WorkshopRecord, tokens: [TokenRecord]) async throws

    /// The workshop with this id, archived or not.
    func workshop(_ id: String) async throws -> WorkshopRecord?

    /// Every workshop, archived ones included, newest first.
    func workshops() async throws -> [WorkshopRecord]

    /// The admin's list: each workshop with its status and latest change, newest first; archived
    /// workshops only when `includeArchived`.
    func summaries(includeArchived: Bool) async throws -> [WorkshopSummary]

    /// Archives (read-only, out of the default list) or restores a workshop; setting the status it
    /// already has changes nothing. `StoreError.unknownWorkshop` when there is no such workshop.
    func setStatus(_ status: WorkshopStatus, of workshop: String) async throws

    /// The token with this hash, if any.
    func token(hash: String) async throws -> TokenRecord?

    /// Adds tokens to an existing workshop (a new link for a ministry).
    func add(tokens: [TokenRecord]) async throws

    /// Every current entry of a workshop.
    func entries(workshop: String) async throws -> [Entry]

    /// Makes one change, atomically: checks the expected revision, writes the entry and its history
    /// line; a request whose idempotency key was seen before changes nothing and reports the first outcome.
    /// `StoreError.archived` when the workshop is archived: the check and the write are one transaction,
    /// so no change slips in after an archive.
    func apply(_ change: ChangeRequest) async throws -> ChangeOutcome

    /// The workshop's changes with a sequence number above `after`, oldest first, at most `limit`.
    func changes(workshop: String, after: Int64, limit: Int) async throws -> [Change]

    /// A round trip to the database that reads a table (for `/healthz`); throws when the database
    /// does not answer. It says nothing about the database in its error beyond what went wrong.
    func checkHealth() async throws

    /// Runs until cancelled, waking `events` for every change another process on this database
    /// commits. The service wakes them itself for the changes it makes.
    func relayChanges(to events: EventHub) async throws
}
