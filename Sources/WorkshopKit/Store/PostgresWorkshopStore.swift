import Foundation
public import Logging
import PostgresNIO

/// The store in a PostgreSQL database, shared by several server processes (a regional body's
/// deployment), through postgres-nio's connection pool.
///
/// The database decides everything several processes could disagree on: a change takes the lock
/// of its workshop's row first, so the changes of one workshop commit one at a time in the order of
/// their sequence numbers (an event stream reading "after id N" can never skip one committed
/// later with a smaller number); the unique constraint on `(workshop, idempotency_key)` has the
/// last word on a resent request; triggers keep the history append-only. Every change sends a
/// NOTIFY with its workshop's id, delivered at commit to every process listening.
public final class PostgresWorkshopStore: WorkshopStore {
    /// The LISTEN/NOTIFY channel that carries the workshop id of every committed change.
    static let channel = "coherence_change"

    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>

    /// Connects to the database of `settings` and brings its tables up to date.
    public init(
        _ settings: PostgresSettings, logger: Logger = Logger(label: "coherence-workshop.postgres")
    ) async throws {
        // postgres-nio's own messages: errors only (it warns of a lease asked for before `run` starts, which waits).
        var background = logger
        background.logLevel = .error
        let client = PostgresClient(configuration: settings.configuration, backgroundLogger: background)
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
        do {
            try await PostgresSchema.migrate(client, logger: logger)
        } catch {
            running.cancel()
            throw error
        }
    }

    deinit { running.cancel() }

    /// Closes every connection.
    public func close() {
        running.cancel()
    }

    /// Runs until cancelled: wakes `events` for every change committed by any process on this
    /// database. When the listening connection is lost it connects again, and wakes every stream
    /// (which reads what it missed from the database).
    public func relayChanges(to events: EventHub) async throws {
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: Self.channel) { notifications in
                        events.publishAll()
                        for try await notification in notifications { events.publish(notification.payload) }
                    }
                }
            } catch  where !Task.isCancelled {
                logger.warning(
                    "lost the LISTEN connection, connecting again", metadata: ["error": "\(String(reflecting: error))"])
                try await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    /// Runs `body` in a transaction, committed when it returns and rolled back when it throws; the
    /// error thrown is the body's own (a `StoreError`, a `PSQLError`), not postgres-nio's wrapper.
    private func transaction<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.beginError ?? error.commitError ?? error
        }
    }

    public func create(_ workshop: WorkshopRecord, tokens: [TokenRecord]) async throws {
        do {
            try await transaction { connection in
                try await connection.query(
                    """
                    INSERT INTO workshop (id, framework, version, country_code, country_name, period, date, profile, status)
                    VALUES (\(workshop.id), \(workshop.framework), \(workshop.version), \(workshop.countryCode),
                            \(workshop.countryName), \(workshop.period), \(workshop.date), \(workshop.profile),
                            \(workshop.status.rawValue))
                    """, logger: logger)
                for (position, respondent) in workshop.respondents.enumerated() {
                    try await connection.query(
                        "INSERT INTO respondent (workshop, id, name, position) VALUES (\(workshop.id), \(respondent.id), \(respondent.name), \(position))",
                        logger: logger)
                }
                try await Self.insert(tokens, into: connection, logger: logger)
            }
        } catch let error as PSQLError
            where error.serverInfo?[.sqlState] == PostgresError.Code.uniqueViolation.raw
            && error.serverInfo?[.constraintName] == "workshop_pkey"
        {
            throw StoreError.duplicateWorkshop(workshop.id)
        }
    }

    public func add(tokens: [TokenRecord]) async throws {
        try await transaction { connection in
            try await Self.insert(tokens, into: connection, logger: logger)
        }
    }

    private static func insert(
        _ tokens: [TokenRecord], into connection: PostgresConnection, logger: Logger
    ) async throws {
        for token in tokens {
            try await connection.query(
                "INSERT INTO token (hash, workshop, role, respondent) VALUES (\(token.hash), \(token.workshop), \(token.role.rawValue), \(token.respondent))",
                logger: logger)
        }
    }

    public func workshop(_ id: String) async throws -> WorkshopRecord? {
        try await workshops(id: id).first
    }

    public func workshops() async throws -> [WorkshopRecord] {
        try await workshops(id: nil)
    }

    private func workshops(id: String?) async throws -> [WorkshopRecord] {
        let rows = try await client.query(
            """
            SELECT id, framework, version, country_code, country_name, period, date, profile, status FROM workshop
            WHERE \(id)::TEXT IS NULL OR id = \(id) ORDER BY created DESC
            """, logger: logger
        ).decode((String, String, String, String, String, String, String, String, String).self).all()
        var respondents: [String: [RespondentRecord]] = [:]
        for (workshop, id, name) in try await client.query(
            "SELECT workshop, id, name FROM respondent WHERE \(id)::TEXT IS NULL OR workshop = \(id) ORDER BY workshop, position",
            logger: logger
        ).decode((String, String, String).self).all() {
            respondents[workshop, default: []].append(.init(id: id, name: name))
        }
        return rows.map { id, framework, version, code, name, period, date, profile, status in
            WorkshopRecord(
                id: id, framework: framework, version: version, countryCode: code, countryName: name, period: period,
                date: date, respondents: respondents[id] ?? [], profile: profile,
                status: WorkshopStatus(rawValue: status) ?? .active)
        }
    }

    public func summaries(includeArchived: Bool) async throws -> [WorkshopSummary] {
        var latest: [String: (at: String, count: Int)] = [:]
        for (workshop, at, count) in try await client.query(
            """
            SELECT DISTINCT ON (workshop) workshop, at, COUNT(*) OVER (PARTITION BY workshop) FROM change
            ORDER BY workshop, sequence DESC
            """, logger: logger
        ).decode((String, String, Int).self).all() {
            latest[workshop] = (at, count)
        }
        return try await workshops().filter { includeArchived || $0.status == .active }.map {
            WorkshopSummary(workshop: $0, lastChange: latest[$0.id]?.at, changeCount: latest[$0.id]?.count ?? 0)
        }
    }

    public func setStatus(_ status: WorkshopStatus, of workshop: String) async throws {
        let updated = try await client.query(
            "UPDATE workshop SET status = \(status.rawValue) WHERE id = \(workshop) RETURNING id", logger: logger
        ).decode(String.self).all()
        guard !updated.isEmpty else { throw StoreError.unknownWorkshop(workshop) }
    }

    public func checkHealth() async throws {
        _ = try await client.query("SELECT COUNT(*) FROM workshop", logger: logger).decode(Int.self).all()
    }

    public func token(hash: String) async throws -> TokenRecord? {
        try await client.query(
            "SELECT workshop, role, respondent FROM token WHERE hash = \(hash)", logger: logger
        ).decode((String, String, String?).self).all().first.flatMap { workshop, role, respondent in
            TokenRecord.Role(rawValue: role).map {
                TokenRecord(hash: hash, workshop: workshop, role: $0, respondent: respondent)
            }
        }
    }

    public func entries(workshop: String) async throws -> [Entry] {
        try await client.query(
            """
            SELECT scope, item, value, revision FROM entry WHERE workshop = \(workshop) AND value IS NOT NULL
            ORDER BY scope COLLATE "C", item COLLATE "C"
            """, logger: logger
        ).decode((String, String, String, Int).self).all().map { Entry(scope: $0, item: $1, value: $2, revision: $3) }
    }

    public func apply(_ request: ChangeRequest) async throws -> ChangeOutcome {
        do {
            return try await transaction { connection in
                try await Self.apply(request, on: connection, logger: logger)
            }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == PostgresError.Code.uniqueViolation.raw {
            // The same key committed by another process between our look-up and our insert: report its outcome.
            guard let key = request.idempotencyKey,
                let earlier = try await client.withConnection({
                    try await Self.earlier(request.workshop, key: key, on: $0, logger: logger)
                })
            else { throw error }
            return earlier
        }
    }

    private static func apply(
        _ request: ChangeRequest, on connection: PostgresConnection, logger: Logger
    ) async throws -> ChangeOutcome {
        // One change of a workshop at a time, in sequence order (see the type's comment).
        let status = try await connection.query(
            "SELECT status FROM workshop WHERE id = \(request.workshop) FOR UPDATE", logger: logger
        ).decode(String.self).all().first
        if let key = request.idempotencyKey,
            let earlier = try await earlier(request.workshop, key: key, on: connection, logger: logger)
        {
            return earlier
        }
        guard let status else { throw StoreError.unknownWorkshop(request.workshop) }
        guard status == WorkshopStatus.active.rawValue else { throw StoreError.archived(request.workshop) }
        let current = try await connection.query(
            "SELECT value, revision FROM entry WHERE workshop = \(request.workshop) AND scope = \(request.scope) AND item = \(request.item)",
            logger: logger
        ).decode((String?, Int).self).all().first
        let (before, revision) = (current?.0, current?.1 ?? 0)
        if let expected = request.expectedRevision, expected != revision {
            throw StoreError.conflict(
                expected: expected, current: revision,
                latest: try await latestChange(request, on: connection, logger: logger))
        }
        try await connection.query(
            """
            INSERT INTO entry (workshop, scope, item, value, revision)
            VALUES (\(request.workshop), \(request.scope), \(request.item), \(request.value), \(revision + 1))
            ON CONFLICT (workshop, scope, item) DO UPDATE SET value = excluded.value, revision = excluded.revision
            """, logger: logger)
        let sequence =
            try await connection.query(
                """
                INSERT INTO change (workshop, at, who, scope, item, before, after, revision, idempotency_key)
                VALUES (\(request.workshop), \(request.at), \(request.who), \(request.scope), \(request.item), \(before),
                        \(request.value), \(revision + 1), \(request.idempotencyKey))
                RETURNING sequence
                """, logger: logger
            ).decode(Int64.self).all().first ?? 0
        try await connection.query("SELECT pg_notify(\(channel), \(request.workshop))", logger: logger)
        return ChangeOutcome(revision: revision + 1, sequence: sequence, replayed: false)
    }

    /// The outcome of the change already made with this idempotency key, if any.
    private static func earlier(
        _ workshop: String, key: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> ChangeOutcome? {
        try await connection.query(
            "SELECT sequence, revision FROM change WHERE workshop = \(workshop) AND idempotency_key = \(key)",
            logger: logger
        ).decode((Int64, Int).self).all().first.map { ChangeOutcome(revision: $1, sequence: $0, replayed: true) }
    }

    private static func latestChange(
        _ request: ChangeRequest, on connection: PostgresConnection, logger: Logger
    ) async throws -> Change? {
        try await changes(
            "WHERE workshop = \(request.workshop) AND scope = \(request.scope) AND item = \(request.item) ORDER BY sequence DESC LIMIT 1",
            query: { try await connection.query($0, logger: logger) }
        ).first
    }

    public func changes(workshop: String, after: Int64, limit: Int) async throws -> [Change] {
        try await Self.changes(
            "WHERE workshop = \(workshop) AND sequence > \(after) ORDER BY sequence LIMIT \(limit)",
            query: { try await client.query($0, logger: logger) })
    }

    private static func changes(
        _ condition: PostgresQuery, query: (PostgresQuery) async throws -> PostgresRowSequence
    ) async throws -> [Change] {
        let rows = try await query(
            PostgresQuery(
                unsafeSQL: "SELECT sequence, workshop, at, who, scope, item, before, after, revision FROM change "
                    + condition.sql,
                binds: condition.binds)
        ).decode((Int64, String, String, String, String, String, String?, String?, Int).self).all()
        return rows.map { sequence, workshop, at, who, scope, item, before, after, revision in
            Change(
                sequence: sequence, workshop: workshop, at: at, who: who, scope: scope, item: item, before: before,
                after: after, revision: revision)
        }
    }
}

extension AsyncSequence {
    /// Every element, read to the end (which also hands a pooled connection back).
    func all() async throws -> [Element] {
        try await reduce(into: []) { $0.append($1) }
    }
}
