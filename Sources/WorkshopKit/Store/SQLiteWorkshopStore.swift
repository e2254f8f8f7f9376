import Foundation
import GRDB

/// The store in one SQLite file, through GRDB's `DatabasePool` (WAL: readers never wait for the writer).
///
/// `PRAGMA synchronous = FULL` is set on the writer after opening (GRDB sets NORMAL when it turns
/// WAL on): with FULL, a committed transaction survives a power loss as well as a killed process,
/// so an acknowledged change is durable.
public final class SQLiteWorkshopStore: WorkshopStore {
    let pool: DatabasePool

    /// Opens (creating when missing) the database at `path` and brings its tables up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        try SQLiteSchema.migrator.migrate(pool)
    }

    /// The writer's `PRAGMA synchronous` level (2 is FULL), for tests.
    public func synchronousLevel() async throws -> Int {
        try await pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The writer's journal mode (`wal`), for tests.
    public func journalMode() async throws -> String {
        try await pool.write { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// SQLite's integrity check: `ok` when the file is sound.
    public func integrityCheck() async throws -> String {
        try await pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    public func create(_ workshop: WorkshopRecord, tokens: [TokenRecord]) async throws {
        try await pool.write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM workshop WHERE id = ?", arguments: [workshop.id]) == nil
            else {
                throw StoreError.duplicateWorkshop(workshop.id)
            }
            try db.execute(
                sql: """
                    INSERT INTO workshop (id, framework, version, country_code, country_name, period, date, profile, status, created)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COUNT(*) FROM workshop))
                    """,
                arguments: [
                    workshop.id, workshop.framework, workshop.version, workshop.countryCode,
                    workshop.countryName, workshop.period, workshop.date, workshop.profile,
                    workshop.status.rawValue,
                ])
            for (position, respondent) in workshop.respondents.enumerated() {
                try db.execute(
                    sql: "INSERT INTO respondent (workshop, id, name, position) VALUES (?, ?, ?, ?)",
                    arguments: [workshop.id, respondent.id, respondent.name, position])
            }
            try Self.insert(tokens, into: db)
        }
    }

    public func add(tokens: [TokenRecord]) async throws {
        try await pool.write { db in try Self.insert(tokens, into: db) }
    }

    private static func insert(_ tokens: [TokenRecord], into db: Database) throws {
        for token in tokens {
            try db.execute(
                sql: "INSERT INTO token (hash, workshop, role, respondent) VALUES (?, ?, ?, ?)",
                arguments: [token.hash, token.workshop, token.role.rawValue, token.respondent])
        }
    }

    public func workshop(_ id: String) async throws -> WorkshopRecord? {
        try await pool.read { db in try Self.workshops(db, id: id).first }
    }

    public func workshops() async throws -> [WorkshopRecord] {
        try await pool.read { db in try Self.workshops(db, id: nil) }
    }

    private static func workshops(_ db: Database, id: String?) throws -> [WorkshopRecord] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM workshop WHERE ? IS NULL OR id = ? ORDER BY created DESC", arguments: [id, id])
        return try rows.map { row in
            let id: String = row["id"]
            let respondents = try Row.fetchAll(
                db, sql: "SELECT id, name FROM respondent WHERE workshop = ? ORDER BY position", arguments: [id]
            ).map { RespondentRecord(id: $0["id"], name: $0["name"]) }
            return WorkshopRecord(
                id: id, framework: row["framework"], version: row["version"], countryCode: row["country_code"],
                countryName: row["country_name"], period: row["period"], date: row["date"], respondents: respondents,
                profile: row["profile"], status: WorkshopStatus(rawValue: row["status"]) ?? .active)
        }
    }

    public func summaries(includeArchived: Bool) async throws -> [WorkshopSummary] {
        try await pool.read { db in
            let workshops = try Self.workshops(db, id: nil).filter { includeArchived || $0.status == .active }
            return try workshops.map { workshop in
                let latest = try Row.fetchOne(
                    db, sql: "SELECT at FROM change WHERE workshop = ? ORDER BY sequence DESC LIMIT 1",
                    arguments: [workshop.id])
                let count = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM change WHERE workshop = ?", arguments: [workshop.id])
                return WorkshopSummary(workshop: workshop, lastChange: latest?["at"], changeCount: count ?? 0)
            }
        }
    }

    public func setStatus(_ status: WorkshopStatus, of workshop: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE workshop SET status = ? WHERE id = ?", arguments: [status.rawValue, workshop])
            guard db.changesCount == 1 else { throw StoreError.unknownWorkshop(workshop) }
        }
    }

    public func checkHealth() async throws {
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM workshop") }
    }

    /// Closes every connection: what follows fails (so `/healthz` answers 503) until a new store is opened.
    public func close() throws {
        try pool.close()
    }

    public func token(hash: String) async throws -> TokenRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM token WHERE hash = ?", arguments: [hash]).flatMap { row in
                TokenRecord.Role(rawValue: row["role"]).map {
                    TokenRecord(hash: row["hash"], workshop: row["workshop"], role: $0, respondent: row["respondent"])
                }
            }
        }
    }

    public func entries(workshop: String) async throws -> [Entry] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT scope, item, value, revision FROM entry WHERE workshop = ? AND value IS NOT NULL ORDER BY scope, item",
                arguments: [workshop]
            ).map { Entry(scope: $0["scope"], item: $0["item"], value: $0["value"], revision: $0["revision"]) }
        }
    }

    public func apply(_ request: ChangeRequest) async throws -> ChangeOutcome {
        try await pool.write { db in
            if let key = request.idempotencyKey,
                let earlier = try Row.fetchOne(
                    db, sql: "SELECT sequence, revision FROM change WHERE workshop = ? AND idempotency_key = ?",
                    arguments: [request.workshop, key])
            {
                return ChangeOutcome(revision: earlier["revision"], sequence: earlier["sequence"], replayed: true)
            }
            let status = try String.fetchOne(
                db, sql: "SELECT status FROM workshop WHERE id = ?", arguments: [request.workshop])
            guard let status else { throw StoreError.unknownWorkshop(request.workshop) }
            guard status == WorkshopStatus.active.rawValue else { throw StoreError.archived(request.workshop) }
            let current = try Row.fetchOne(
                db, sql: "SELECT value, revision FROM entry WHERE workshop = ? AND scope = ? AND item = ?",
                arguments: [request.workshop, request.scope, request.item])
            let revision: Int = current?["revision"] ?? 0
            if let expected = request.expectedRevision, expected != revision {
                throw StoreError.conflict(
                    expected: expected, current: revision, latest: try Self.latestChange(db, request))
            }
            let before: String? = current?["value"]
            try db.execute(
                sql: """
                    INSERT INTO entry (workshop, scope, item, value, revision) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (workshop, scope, item) DO UPDATE SET value = excluded.value, revision = excluded.revision
                    """,
                arguments: [request.workshop, request.scope, request.item, request.value, revision + 1])
            // The unique constraint on (workshop, idempotency_key) is the last word on a resent request.
            try db.execute(
                sql: """
                    INSERT INTO change (workshop, at, who, scope, item, before, after, revision, idempotency_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    request.workshop, request.at, request.who, request.scope, request.item, before,
                    request.value, revision + 1, request.idempotencyKey,
                ])
            return ChangeOutcome(revision: revision + 1, sequence: db.lastInsertedRowID, replayed: false)
        }
    }

    private static func latestChange(_ db: Database, _ request: ChangeRequest) throws -> Change? {
        try Row.fetchOne(
            db,
            sql: "SELECT * FROM change WHERE workshop = ? AND scope = ? AND item = ? ORDER BY sequence DESC LIMIT 1",
            arguments: [request.workshop, request.scope, request.item]
        ).map(change)
    }

    public func changes(workshop: String, after: Int64, limit: Int) async throws -> [Change] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM change WHERE workshop = ? AND sequence > ? ORDER BY sequence LIMIT ?",
                arguments: [workshop, after, limit]
            ).map(Self.change)
        }
    }

    /// Nothing to relay: one server process has an SQLite file to itself, so every change comes
    /// through its own service. Returns once cancelled.
    public func relayChanges(to events: EventHub) async throws {
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    private static func change(_ row: Row) -> Change {
        Change(
            sequence: row["sequence"], workshop: row["workshop"], at: row["at"], who: row["who"], scope: row["scope"],
            item: row["item"], before: row["before"], after: row["after"], revision: row["revision"])
    }
}
