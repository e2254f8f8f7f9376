import Foundation
import Testing

@testable import WorkshopKit

@Suite struct StoreTests {
    static let valoria = WorkshopRecord(
        id: "w1", framework: "iamm", version: "2026.1", countryCode: "VLR", countryName: "Valoria", period: "2026",
        date: "2026-12-04", respondents: [.init(id: "mol", name: "Labour"), .init(id: "moi", name: "Interior")])

    @Test func sqliteAcknowledgesOnlyDurableChanges() async throws {
        let server = try await TestServer(.sqlite)
        defer { server.remove() }
        let store = try #require(server.store as? SQLiteWorkshopStore)
        // FULL (2): a committed transaction survives a power loss, not only a killed process.
        #expect(try await store.synchronousLevel() == 2)
        #expect(try await store.journalMode() == "wal")
        #expect(try await store.integrityCheck() == "ok")
    }

    @Test(arguments: StoreEngine.available) func historyIsAppendOnly(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await server.store.create(Self.valoria, tokens: [])
        _ = try await server.store.apply(
            ChangeRequest(
                workshop: "w1", scope: "mol", item: "CU-01", value: "{\"level\":2}", who: "mol", at: "t1"))
        for statement in ["UPDATE change SET after = NULL", "DELETE FROM change"] {
            let error = await #expect(throws: (any Error).self) { try await server.store.executeRaw(statement) }
            #expect(String(reflecting: error).contains("the history is append-only"), "\(statement)")
        }
        if engine == .postgres {
            await #expect(throws: (any Error).self) { try await server.store.executeRaw("TRUNCATE change CASCADE") }
        }
        #expect(try await server.store.changes(workshop: "w1", after: 0, limit: 10).count == 1)
    }

    @Test(arguments: StoreEngine.available) func revisionsAndIdempotencyKeys(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        let store = server.store
        try await store.create(Self.valoria, tokens: [])
        func change(_ value: String?, expected: Int? = nil, key: String? = nil) -> ChangeRequest {
            ChangeRequest(
                workshop: "w1", scope: "mol", item: "CU-01", value: value, who: "mol", at: "t",
                expectedRevision: expected, idempotencyKey: key)
        }
        let first = try await store.apply(change("{\"level\":1}", expected: 0, key: "k1"))
        let again = try await store.apply(change("{\"level\":1}", expected: 0, key: "k1"))
        #expect(first.revision == 1 && !first.replayed)
        #expect(again == ChangeOutcome(revision: 1, sequence: first.sequence, replayed: true))
        // A second person of the ministry, still looking at revision 0, is told who moved it.
        let refused = await #expect(throws: StoreError.self) {
            try await store.apply(change("{\"level\":3}", expected: 0))
        }
        guard case .conflict(expected: 0, current: 1, let latest)? = refused else {
            Issue.record("not a conflict: \(String(describing: refused))")
            return
        }
        #expect(latest?.after == "{\"level\":1}" && latest?.sequence == first.sequence)
        let second = try await store.apply(change("{\"level\":3}", expected: 1))
        #expect(second.revision == 2)
        let deleted = try await store.apply(change(nil))
        #expect(deleted.revision == 3)
        #expect(try await store.entries(workshop: "w1").isEmpty)
        let history = try await store.changes(workshop: "w1", after: 0, limit: 10)
        #expect(history.map(\.after) == ["{\"level\":1}", "{\"level\":3}", nil])
        #expect(history.map(\.before) == [nil, "{\"level\":1}", "{\"level\":3}"])
        #expect(history.map(\.revision) == [1, 2, 3])
        #expect(try await store.changes(workshop: "w1", after: history[0].sequence, limit: 1).map(\.revision) == [2])
    }

    @Test(arguments: StoreEngine.available) func workshopsTokensAndEntries(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        let store = server.store
        var second = Self.valoria
        second.id = "w2"
        second.profile = #"{"coastal":true}"#
        try await store.create(Self.valoria, tokens: [.init(hash: "f1", workshop: "w1", role: .facilitator)])
        try await store.create(
            second, tokens: [.init(hash: "r2", workshop: "w2", role: .respondent, respondent: "moi")])
        await #expect(throws: StoreError.self) { try await store.create(Self.valoria, tokens: []) }
        #expect(try await store.workshops().map(\.id) == ["w2", "w1"])
        #expect(try await store.workshop("w2") == second)
        #expect(try await store.workshop("w3") == nil)
        try await store.add(tokens: [.init(hash: "r1", workshop: "w1", role: .respondent, respondent: "mol")])
        #expect(
            try await store.token(hash: "r1")
                == TokenRecord(hash: "r1", workshop: "w1", role: .respondent, respondent: "mol"))
        #expect(try await store.token(hash: "f1")?.role == .facilitator)
        #expect(try await store.token(hash: "nope") == nil)
        for (scope, item) in [("moi", "CU-02"), ("mol", "CU-01"), ("#decision", "CU-01"), ("mol", "COOP-01")] {
            _ = try await store.apply(
                ChangeRequest(workshop: "w1", scope: scope, item: item, value: "1", who: scope, at: "t"))
        }
        _ = try await store.apply(
            ChangeRequest(workshop: "w2", scope: "moi", item: "CU-01", value: "2", who: "moi", at: "t"))
        // In byte order, as SQLite sorts: '#' before letters, upper case before lower.
        #expect(
            try await store.entries(workshop: "w1").map { "\($0.scope)/\($0.item)" }
                == ["#decision/CU-01", "moi/CU-02", "mol/COOP-01", "mol/CU-01"])
        #expect(try await store.changes(workshop: "w2", after: 0, limit: 10).map(\.after) == ["2"])
    }

    /// Many changes at once, some resent with the same key: one change per key, revisions without
    /// gaps, and sequence numbers in the order the history lists them.
    @Test(arguments: StoreEngine.available) func concurrentChangesKeepOneHistory(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        let store = server.store
        try await store.create(Self.valoria, tokens: [])
        let outcomes = try await withThrowingTaskGroup(of: ChangeOutcome.self) { group in
            for n in 0..<40 {
                group.addTask {
                    try await store.apply(
                        ChangeRequest(
                            workshop: "w1", scope: "mol", item: "CU-01", value: "\(n % 20)", who: "mol", at: "t",
                            idempotencyKey: "key-\(n % 20)"))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { !$0.replayed }.count == 20)
        let history = try await store.changes(workshop: "w1", after: 0, limit: 100)
        #expect(history.count == 20)
        #expect(history.map(\.revision) == Array(1...20))
        #expect(history.map(\.sequence) == history.map(\.sequence).sorted())
        #expect(Set(history.compactMap(\.after)) == Set((0..<20).map(String.init)))
    }
}
