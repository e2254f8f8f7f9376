import Foundation
import GRDB
import Logging
import PostgresNIO
import Testing

@testable import WorkshopKit

/// The two engines behind `WorkshopStore`: every store test (and the API suites that take an
/// engine) runs on both, each test on a fresh database.
///
/// PostgreSQL needs a server: `COHERENCE_TEST_POSTGRES_URL` names one whose user may create
/// databases (`Scripts/postgres-test-cluster swift test` starts a throwaway one). Without it the
/// PostgreSQL cases are left out with a note on stderr, except under CI (`CI=true`), where they run
/// and fail.
enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let serverURL = ProcessInfo.processInfo.environment["COHERENCE_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// The engines to test here.
    static let available: [StoreEngine] = {
        if serverURL != nil || ProcessInfo.processInfo.environment["CI"] == "true" { return allCases }
        FileHandle.standardError.write(
            Data(
                """
                note: COHERENCE_TEST_POSTGRES_URL is not set: the store tests run on SQLite only; \
                'Scripts/postgres-test-cluster swift test --filter WorkshopTests' runs them on PostgreSQL too

                """.utf8))
        return [.sqlite]
    }()

    /// A fresh store of this engine: a new SQLite file in `folder`, or a new database on the test server.
    func makeStore(in folder: URL) async throws -> any WorkshopStore {
        switch self {
        case .sqlite: return try SQLiteWorkshopStore(path: folder.appendingPathComponent("w.sqlite").path)
        case .postgres: return try await PostgresWorkshopStore(PostgresSettings(url: try await Self.freshDatabase()))
        }
    }

    /// The URL of a new, empty database on the test server.
    static func freshDatabase() async throws -> String {
        let url = try #require(
            serverURL, "COHERENCE_TEST_POSTGRES_URL is not set: run the tests through Scripts/postgres-test-cluster")
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let settings = try PostgresSettings(url: url)
        let client = PostgresClient(configuration: settings.configuration, backgroundLogger: Logger(label: "tests"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            group.cancelAll()
        }
        var parts = try #require(URLComponents(string: url))
        parts.path = "/" + name
        return try #require(parts.string)
    }
}

extension WorkshopStore {
    /// Runs one SQL statement on the store's database, bypassing the store: for tests of what the database itself refuses.
    func executeRaw(_ sql: String) async throws {
        switch self {
        case let sqlite as SQLiteWorkshopStore: try await sqlite.pool.write { try $0.execute(sql: sql) }
        case let postgres as PostgresWorkshopStore: try await postgres.client.query(PostgresQuery(unsafeSQL: sql))
        default: Issue.record("no raw SQL for \(type(of: self))")
        }
    }

    /// Closes the store's connections (again, when a test closed them already).
    func closeConnections() {
        switch self {
        case let sqlite as SQLiteWorkshopStore: try? sqlite.close()
        case let postgres as PostgresWorkshopStore: postgres.close()
        default: break
        }
    }
}
