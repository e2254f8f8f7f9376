import CoherenceKit
import Foundation
import TestSupport
import Testing

@testable import WorkshopKit

/// Export of every workshop as folders of YAML, and import into a fresh server: nothing lost.
@Suite struct ServerFolderTests {
    /// Fills `service` with two workshops that use every kind of change: answers (with evidence,
    /// notes, n/a and unknown), a removed answer, decisions with dissent, the room's controls, an
    /// undo; the second is archived.
    static func populate(_ service: WorkshopService) async throws -> [String] {
        func create(_ code: String, _ respondents: [String]) async throws -> String {
            try await service.create(
                .init(
                    framework: "iamm", country: .init(code: code, name: "Country \(code)"), period: "2026",
                    respondents: respondents.map { RespondentRecord(id: $0, name: "Ministry “\($0)”") },
                    date: "2026-12-04",
                    profile: ["region": .string("West Africa")]), as: .admin
            ).id
        }
        let first = try await create("VLR", ["mol", "moi", "mfa"])
        let second = try await create("NRD", ["mol", "mof"])
        let facilitator = Principal.facilitator(workshop: first)
        let answers: [(String, String, [String: Any])] = [
            (
                "mol", "CU-01",
                ["level": 2, "evidence": ["Decree 12/2024", "Labour code, art. 5"], "note": "since March; “pilot”"]
            ),
            ("moi", "CU-01", ["level": 4]), ("mfa", "CU-01", ["level": "Adopted"]),
            ("mol", "CU-02", ["status": "n/a", "reason": "no land border"]), ("moi", "CU-02", ["status": "unknown"]),
            ("mol", "CU-01", ["level": 3, "evidence": ["Decree 12/2024"]]), ("mfa", "CU-02", ["level": 1]),
        ]
        for (respondent, item, fields) in answers {
            _ = try await service.setAnswer(
                fields, workshop: first, respondent: respondent, item: item,
                as: .respondent(workshop: first, id: respondent))
        }
        _ = try await service.setAnswer(nil, workshop: first, respondent: "mfa", item: "CU-02", as: facilitator)
        try await service.room(.discuss, workshop: first, item: "CU-01", as: facilitator)
        try await service.room(.reveal, workshop: first, item: "CU-01", as: facilitator)
        _ = try await service.decide(
            ["level": 3, "rationale": "the decree is in force", "dissent": "moi: 4"],
            workshop: first, item: "CU-01", as: facilitator)
        let undone = try await service.setAnswer(
            ["level": 0], workshop: first, respondent: "moi", item: "CU-02", as: facilitator)
        _ = try await service.undo(undone.sequence, workshop: first, as: facilitator)
        _ = try await service.setAnswer(
            ["level": 1], workshop: second, respondent: "mof", item: "CU-01",
            as: .respondent(workshop: second, id: "mof"))
        try await service.setStatus(.archived, of: second, as: .admin)
        return [first, second]
    }

    /// Every workshop record, current entry and history line of `ids`, compared between two stores
    /// (the history's sequence numbers are the store's own, so they are left out).
    static func expectSame(_ ids: [String], _ source: any WorkshopStore, _ target: any WorkshopStore) async throws {
        for id in ids {
            let original = try #require(try await source.workshop(id))
            #expect(try await target.workshop(id) == original)
            #expect(try await target.entries(workshop: id) == (try await source.entries(workshop: id)))
            func lines(_ store: any WorkshopStore) async throws -> [Change] {
                try await store.changes(workshop: id, after: 0, limit: 10_000).map { change in
                    var change = change
                    change.sequence = 0
                    return change
                }
            }
            let history = try await lines(source)
            #expect(!history.isEmpty)
            #expect(try await lines(target) == history)
        }
        #expect(
            try await target.summaries(includeArchived: true).map(\.workshop)
                == (try await source.summaries(includeArchived: true).map(\.workshop)))
    }

    static func roundTrip(source: TestServer, target: TestServer) async throws {
        let ids = try await populate(source.service)
        let folder = source.folder.appendingPathComponent("export").path
        let written = try await ServerFolder.export(from: source.service, to: folder)
        #expect(written.map { ($0 as NSString).lastPathComponent }.sorted() == ids.sorted())
        let first = (folder as NSString).appendingPathComponent(ids[0])
        let files = try FileManager.default.subpathsOfDirectory(atPath: first).sorted()
        #expect(
            files == [
                "assessment.yaml", "history.yaml", "responses", "responses/mfa.yaml", "responses/moi.yaml",
                "responses/mol.yaml", "workshop.yaml",
            ])
        let created = try await ServerFolder.import(from: folder, into: target.service)
        #expect(created.map(\.id).sorted() == ids.sorted())
        try await expectSame(ids, source.store, target.store)
        // The documents people read come out the same.
        let open = try await target.service.open(ids[0], as: .facilitator(workshop: ids[0]))
        let national = try await target.service.documents(open).text()
        #expect(national == (try String(contentsOfFile: first + "/assessment.yaml", encoding: .utf8)))
        // New secrets work on the new server; the old server's do not reach it.
        let token = try #require(created.first { $0.id == ids[0] }?.facilitator.token)
        #expect(try await target.service.authenticate(token) == .facilitator(workshop: ids[0]))
        #expect(try await target.service.authenticate(created[0].respondents[0].code).belongs(to: created[0].id))
        // A second import into the same server is refused, and adds nothing.
        await #expect(throws: WorkshopError.self) { try await ServerFolder.import(from: folder, into: target.service) }
        try await expectSame(ids, source.store, target.store)
    }

    /// From each engine into each engine: a laptop's SQLite file onto the regional PostgreSQL server, and back.
    @Test(arguments: StoreEngine.available, StoreEngine.available)
    func aRoundTripLosesNothing(from: StoreEngine, to: StoreEngine) async throws {
        let source = try await TestServer(from)
        let target = try await TestServer(to)
        defer {
            source.remove()
            target.remove()
        }
        try await Self.roundTrip(source: source, target: target)
    }

    @Test func aHistoryOutOfOrderIsRefusedWithItsPlace() async throws {
        let source = try await TestServer()
        let target = try await TestServer()
        defer {
            source.remove()
            target.remove()
        }
        let ids = try await Self.populate(source.service)
        let folder = source.folder.appendingPathComponent("export").path
        _ = try await ServerFolder.export(from: source.service, to: folder)
        let history = "\(folder)/\(ids[0])/history.yaml"
        let text = try String(contentsOfFile: history, encoding: .utf8)
        // Drop the first change: the next change of that answer no longer follows on.
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("  - id:") })
        let end = try #require(lines[(start + 1)...].firstIndex { $0.hasPrefix("  - id:") })
        try (lines[..<start] + lines[end...]).joined(separator: "\n").write(
            toFile: history, atomically: true, encoding: .utf8)
        await #expect {
            try await ServerFolder.import(from: folder, into: target.service)
        } throws: { error in
            let message = (error as? WorkshopError)?.message ?? ""
            return message.hasPrefix("\(history):")
                && message.contains(
                    ": error: revision must be 1: the changes of 'mol' 'CU-01' are out of order or missing")
        }
        #expect(try await target.store.workshops().isEmpty)
    }
}

/// `export --all` and `import --all` as an admin runs them.
@Suite struct ServerFolderCommandTests {
    /// What the command wrote on stderr, less postgres-nio's own warning lines (its client may
    /// warn that a first query waited for it to start): the messages to users are checked whole.
    static func messages(_ result: Programs.Result) -> String {
        result.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("[PostgresNIO]") }
            .joined(separator: "\n")
    }

    /// From an SQLite file into a fresh SQLite file, or into a fresh PostgreSQL database.
    @Test(arguments: StoreEngine.available) func exportAllAndImportAllMoveAServer(to engine: StoreEngine) async throws {
        let source = try await TestServer()
        defer { source.remove() }
        let ids = try await ServerFolderTests.populate(source.service)
        let folder = source.folder.appendingPathComponent("all").path
        let target =
            engine == .sqlite
            ? source.folder.appendingPathComponent("fresh.sqlite").path : try await StoreEngine.freshDatabase()
        let exported = try Programs.run(
            "coherence-workshop",
            ["export", "--all", "-o", folder, "--db", source.folder.appendingPathComponent("w.sqlite").path])
        #expect(exported.status == 0 && exported.stderr.isEmpty)
        #expect(exported.stdout == ids.map { "\(folder)/\($0)\n" }.joined())
        let imported = try Programs.run("coherence-workshop", ["import", "--all", folder, "--db", target])
        #expect(imported.status == 0 && Self.messages(imported).isEmpty)
        let lines = imported.stdout.split(separator: "\n")
        let headings: [String] = lines.filter { $0.hasPrefix("workshop ") }.map(String.init)
        #expect(headings == ids.map { "workshop " + $0 })
        // Each workshop: its heading, the facilitator's line, one line per ministry (3 and 2).
        #expect(lines.count == 9)
        let store = try await StoreOpening.open(target)
        defer { store.closeConnections() }
        try await ServerFolderTests.expectSame(ids, source.store, store)
        let again = try Programs.run("coherence-workshop", ["import", "--all", folder, "--db", target])
        #expect(again.status == 65)
        #expect(
            Self.messages(again)
                == "\(folder)/\(ids[0])/workshop.yaml: error: workshop '\(ids[0])' exists on this server already: import into a fresh database\n"
        )
        let both = try Programs.run("coherence-workshop", ["export", ids[0], "--all", "-o", folder, "--db", target])
        #expect(both.status == 64)
        #expect(Self.messages(both) == "error: give a workshop id, or --all for every workshop, not both\n")
        let missing = try Programs.run("coherence-workshop", ["import", "--all", source.folder.path, "--db", target])
        #expect(missing.status == 66)
        #expect(
            Self.messages(missing)
                == "\(source.folder.path)/workshops.yaml: error: no such file: give the folder written by 'export --all'\n"
        )
    }
}
