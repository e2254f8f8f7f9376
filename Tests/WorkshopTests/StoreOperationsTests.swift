import Foundation
import GRDB
import Testing

@testable import WorkshopKit

/// The store's operations for many workshops on one server: the admin's list, archive and restore,
/// the health check. Written against `any WorkshopStore`, so every engine answers the same checks.
@Suite struct StoreOperationsTests {
    static func record(_ id: String, country: String = "VLR", period: String = "2026") -> WorkshopRecord {
        WorkshopRecord(
            id: id, framework: "iamm", version: "2026.1", countryCode: country, countryName: "Country " + country,
            period: period, date: "2026-12-04",
            respondents: [.init(id: "mol", name: "Labour"), .init(id: "moi", name: "Interior")])
    }

    static func answer(_ workshop: String, _ item: String, level: Int, at: String) -> ChangeRequest {
        ChangeRequest(workshop: workshop, scope: "mol", item: item, value: "{\"level\":\(level)}", who: "mol", at: at)
    }

    /// The list: newest first, each with its latest change and count; archived ones left out by default.
    static func listsArchivesAndRestores(_ store: any WorkshopStore) async throws {
        try await store.create(record("w1", country: "VLR", period: "2025"), tokens: [])
        try await store.create(record("w2", country: "NRD", period: "2026"), tokens: [])
        _ = try await store.apply(answer("w1", "CU-01", level: 1, at: "2026-12-04T09:00:00.000Z"))
        _ = try await store.apply(answer("w1", "CU-02", level: 2, at: "2026-12-04T09:05:00.000Z"))
        let all = try await store.summaries(includeArchived: false)
        #expect(all.map(\.workshop.id) == ["w2", "w1"])
        #expect(all.map(\.lastChange) == [nil, "2026-12-04T09:05:00.000Z"])
        #expect(all.map(\.changeCount) == [0, 2])
        #expect(all.map(\.workshop.countryCode) == ["NRD", "VLR"])
        #expect(all.map(\.workshop.period) == ["2026", "2025"])
        #expect(all.allSatisfy { $0.workshop.status == .active && $0.workshop.framework == "iamm" })

        try await store.setStatus(.archived, of: "w1")
        #expect(try await store.summaries(includeArchived: false).map(\.workshop.id) == ["w2"])
        let withArchived = try await store.summaries(includeArchived: true)
        #expect(withArchived.map(\.workshop.id) == ["w2", "w1"])
        #expect(withArchived.map(\.workshop.status) == [.active, .archived])
        #expect(try await store.workshop("w1")?.status == .archived)

        // Archived: read-only, and the refusal changes nothing.
        await #expect {
            try await store.apply(answer("w1", "CU-01", level: 3, at: "2026-12-04T10:00:00.000Z"))
        } throws: { error in
            if case StoreError.archived("w1") = error { true } else { false }
        }
        #expect(try await store.changes(workshop: "w1", after: 0, limit: 10).count == 2)
        #expect(try await store.entries(workshop: "w1").map(\.value) == ["{\"level\":1}", "{\"level\":2}"])
        // Archiving twice is no error; another workshop is untouched.
        try await store.setStatus(.archived, of: "w1")
        _ = try await store.apply(answer("w2", "CU-01", level: 3, at: "2026-12-04T10:00:00.000Z"))

        try await store.setStatus(.active, of: "w1")
        #expect(try await store.summaries(includeArchived: false).map(\.workshop.id) == ["w2", "w1"])
        let after = try await store.apply(answer("w1", "CU-01", level: 3, at: "2026-12-04T11:00:00.000Z"))
        #expect(after.revision == 2)

        await #expect {
            try await store.setStatus(.archived, of: "nope")
        } throws: { error in
            if case StoreError.unknownWorkshop("nope") = error { true } else { false }
        }
    }

    /// An archived workshop can be created as such (an import of an archived workshop).
    static func createsArchived(_ store: any WorkshopStore) async throws {
        var archived = record("old")
        archived.status = .archived
        try await store.create(archived, tokens: [])
        #expect(try await store.workshop("old")?.status == .archived)
        #expect(try await store.summaries(includeArchived: false).isEmpty)
        try await store.checkHealth()
    }

    @Test(arguments: StoreEngine.available) func listsArchivesAndRestores(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await Self.listsArchivesAndRestores(server.store)
    }

    @Test(arguments: StoreEngine.available) func createsArchived(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await Self.createsArchived(server.store)
    }

    @Test(arguments: StoreEngine.available) func healthFailsOnceClosed(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await server.store.checkHealth()
        server.store.closeConnections()
        await #expect(throws: (any Error).self) { try await server.store.checkHealth() }
    }

    /// A database made before archiving existed gains the status column, every workshop active.
    @Test func sqliteMigratesAnOlderDatabase() async throws {
        let server = try await TestServer()
        defer { server.remove() }
        let path = server.folder.appendingPathComponent("v1.sqlite").path
        let old = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(old, upTo: "v1")
        try await old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO workshop (id, framework, version, country_code, country_name, period, date, created)
                    VALUES ('w1', 'iamm', '2026.1', 'VLR', 'Valoria', '2026', '2026-12-04', 0)
                    """)
        }
        try old.close()
        let store = try SQLiteWorkshopStore(path: path)
        #expect(try await store.workshop("w1")?.status == .active)
        #expect(try await store.summaries(includeArchived: false).map(\.workshop.id) == ["w1"])
    }
}
