import GRDB

/// The tables of the SQLite store, created and evolved by numbered migrations (never erased).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE workshop (
                        id TEXT PRIMARY KEY NOT NULL,
                        framework TEXT NOT NULL,
                        version TEXT NOT NULL,
                        country_code TEXT NOT NULL,
                        country_name TEXT NOT NULL,
                        period TEXT NOT NULL,
                        date TEXT NOT NULL,
                        profile TEXT NOT NULL DEFAULT '{}',
                        created INTEGER NOT NULL
                    );
                    CREATE TABLE respondent (
                        workshop TEXT NOT NULL REFERENCES workshop(id),
                        id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (workshop, id)
                    );
                    CREATE TABLE token (
                        hash TEXT PRIMARY KEY NOT NULL,
                        workshop TEXT NOT NULL REFERENCES workshop(id),
                        role TEXT NOT NULL,
                        respondent TEXT
                    );
                    CREATE TABLE entry (
                        workshop TEXT NOT NULL REFERENCES workshop(id),
                        scope TEXT NOT NULL,
                        item TEXT NOT NULL,
                        value TEXT,
                        revision INTEGER NOT NULL,
                        PRIMARY KEY (workshop, scope, item)
                    );
                    CREATE TABLE change (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                        workshop TEXT NOT NULL REFERENCES workshop(id),
                        at TEXT NOT NULL,
                        who TEXT NOT NULL,
                        scope TEXT NOT NULL,
                        item TEXT NOT NULL,
                        before TEXT,
                        after TEXT,
                        revision INTEGER NOT NULL,
                        idempotency_key TEXT,
                        UNIQUE (workshop, idempotency_key)
                    );
                    CREATE INDEX change_by_workshop ON change (workshop, sequence);
                    -- The history is append-only: the database itself refuses to edit it.
                    CREATE TRIGGER change_no_update BEFORE UPDATE ON change
                        BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
                    CREATE TRIGGER change_no_delete BEFORE DELETE ON change
                        BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
                    """)
        }
        // Many workshops on one server: archived ones stay whole but read-only.
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE workshop ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
                        CHECK (status IN ('active', 'archived'));
                    """)
        }
        return migrator
    }
}
