import Logging
import PostgresNIO

/// The tables of the PostgreSQL store: the SQLite store's tables with PostgreSQL's types, created
/// and evolved by numbered migrations (never erased), each run once, in one transaction, by the
/// first process that starts.
enum PostgresSchema {
    /// The migrations in order: a name and its statements (the extended protocol takes one statement per query).
    static let migrations: [(name: String, statements: [PostgresQuery])] = [
        (
            "v1",
            [
                """
                CREATE TABLE workshop (
                    id TEXT PRIMARY KEY,
                    framework TEXT NOT NULL,
                    version TEXT NOT NULL,
                    country_code TEXT NOT NULL,
                    country_name TEXT NOT NULL,
                    period TEXT NOT NULL,
                    date TEXT NOT NULL,
                    profile TEXT NOT NULL DEFAULT '{}',
                    created BIGINT GENERATED ALWAYS AS IDENTITY
                )
                """,
                """
                CREATE TABLE respondent (
                    workshop TEXT NOT NULL REFERENCES workshop(id),
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (workshop, id)
                )
                """,
                """
                CREATE TABLE token (
                    hash TEXT PRIMARY KEY,
                    workshop TEXT NOT NULL REFERENCES workshop(id),
                    role TEXT NOT NULL,
                    respondent TEXT
                )
                """,
                """
                CREATE TABLE entry (
                    workshop TEXT NOT NULL REFERENCES workshop(id),
                    scope TEXT NOT NULL,
                    item TEXT NOT NULL,
                    value TEXT,
                    revision BIGINT NOT NULL,
                    PRIMARY KEY (workshop, scope, item)
                )
                """,
                """
                CREATE TABLE change (
                    sequence BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    workshop TEXT NOT NULL REFERENCES workshop(id),
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    item TEXT NOT NULL,
                    before TEXT,
                    after TEXT,
                    revision BIGINT NOT NULL,
                    idempotency_key TEXT,
                    UNIQUE (workshop, idempotency_key)
                )
                """,
                "CREATE INDEX change_by_workshop ON change (workshop, sequence)",
                // The history is append-only: the database itself refuses to edit it.
                """
                CREATE FUNCTION change_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the history is append-only'; END $$
                """,
                """
                CREATE TRIGGER change_no_update_or_delete BEFORE UPDATE OR DELETE ON change
                    FOR EACH ROW EXECUTE FUNCTION change_is_append_only()
                """,
                """
                CREATE TRIGGER change_no_truncate BEFORE TRUNCATE ON change
                    FOR EACH STATEMENT EXECUTE FUNCTION change_is_append_only()
                """,
            ]
        ),
        // Many workshops on one server: archived ones stay whole but read-only.
        (
            "v2",
            [
                """
                ALTER TABLE workshop ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'archived'))
                """
            ]
        ),
    ]

    /// Brings the database up to date. Several processes may start at once: a transaction-wide
    /// advisory lock makes the others wait, then find the migrations applied.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7165402316)", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger)
            let applied = Set(
                try await connection.query("SELECT name FROM schema_migration", logger: logger).decode(String.self)
                    .all())
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements { try await connection.query(statement, logger: logger) }
                try await connection.query(
                    "INSERT INTO schema_migration (name) VALUES (\(migration.name))", logger: logger)
            }
        }
    }
}
