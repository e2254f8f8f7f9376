import Foundation
import GRDB
import Testing
@testable import WorkshopKit

@Suite struct StoreTests {
    @Test func acknowledgedChangesAreDurable() async throws {
        let server = try TestServer()
        defer { server.remove() }
        // FULL (2): a committed transaction survives a power loss, not only a killed process.
        #expect(try await server.store.synchronousLevel() == 2)
        #expect(try await server.store.journalMode() == "wal")
        #expect(try await server.store.integrityCheck() == "ok")
    }

    @Test func historyIsAppendOnly() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.store.create(
            WorkshopRecord(id: "w1", framework: "iamm", version: "2026.1", countryCode: "VLR", countryName: "Valoria",
                           period: "2026", date: "2026-12-04", respondents: [.init(id: "mol", name: "Labour")]),
            tokens: [])
        _ = try await server.store.apply(ChangeRequest(
            workshop: "w1", scope: "mol", item: "CU-01", value: "{\"level\":2}", who: "mol", at: "t1"))
        await #expect(throws: DatabaseError.self) {
            try await server.store.pool.write { try $0.execute(sql: "UPDATE change SET after = NULL") }
        }
        await #expect(throws: DatabaseError.self) {
            try await server.store.pool.write { try $0.execute(sql: "DELETE FROM change") }
        }
        #expect(try await server.store.changes(workshop: "w1", after: 0, limit: 10).count == 1)
    }

    @Test func revisionsAndIdempotencyKeys() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let store = server.store
        try await store.create(
            WorkshopRecord(id: "w1", framework: "iamm", version: "2026.1", countryCode: "VLR", countryName: "Valoria",
                           period: "2026", date: "2026-12-04", respondents: [.init(id: "mol", name: "Labour")]),
            tokens: [])
        func change(_ value: String?, expected: Int? = nil, key: String? = nil) -> ChangeRequest {
            ChangeRequest(workshop: "w1", scope: "mol", item: "CU-01", value: value, who: "mol", at: "t",
                          expectedRevision: expected, idempotencyKey: key)
        }
        let first = try await store.apply(change("{\"level\":1}", expected: 0, key: "k1"))
        let again = try await store.apply(change("{\"level\":1}", expected: 0, key: "k1"))
        #expect(first.revision == 1 && !first.replayed)
        #expect(again == ChangeOutcome(revision: 1, sequence: first.sequence, replayed: true))
        // A second person of the ministry, still looking at revision 0, is told.
        await #expect(throws: StoreError.self) { try await store.apply(change("{\"level\":3}", expected: 0)) }
        let second = try await store.apply(change("{\"level\":3}", expected: 1))
        #expect(second.revision == 2)
        let deleted = try await store.apply(change(nil))
        #expect(deleted.revision == 3)
        #expect(try await store.entries(workshop: "w1").isEmpty)
        let history = try await store.changes(workshop: "w1", after: 0, limit: 10)
        #expect(history.map(\.after) == ["{\"level\":1}", "{\"level\":3}", nil])
        #expect(history.map(\.before) == [nil, "{\"level\":1}", "{\"level\":3}"])
    }
}
