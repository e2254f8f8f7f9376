import Foundation
import Testing

/// Two `coherence-workshop serve` processes on one PostgreSQL database, as a regional body runs them.
@Suite(.enabled(if: StoreEngine.available.contains(.postgres), "needs COHERENCE_TEST_POSTGRES_URL"))
struct SharedDatabaseTests {
    let folder: URL
    let url: String
    let tokenFile: String
    static let admin = "admin-token-of-the-shared-deployment"

    init() async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("shared-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tokenFile = folder.appendingPathComponent("admin-token").path
        try Self.admin.write(toFile: tokenFile, atomically: true, encoding: .utf8)
        url = try await StoreEngine.freshDatabase()
    }

    func start() throws -> ServerProcess {
        let server = try ServerProcess(["--db", url, "--admin-token-file", tokenFile])
        try #require(server.port > 0, "the server did not start: \(server.line)")
        return server
    }

    /// Creates a workshop of two ministries through `server`: its id and the tokens by holder.
    func createWorkshop(through server: ServerProcess) async throws -> (id: String, tokens: [String: String]) {
        let created = try await server.call(
            "POST", "/api/v1/workshops", token: Self.admin,
            json: """
                {"framework": "iamm", "country": {"code": "VLR", "name": "Valoria"}, "period": "2026",
                 "respondents": [{"id": "mol", "name": "Labour"}, {"id": "moi", "name": "Interior"}]}
                """)
        #expect(created.status == 201)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(created.body.utf8)) as? [String: Any])
        var tokens = ["facilitator": try #require((object["facilitator"] as? [String: Any])?["token"] as? String)]
        for holder in try #require(object["respondents"] as? [[String: Any]]) {
            tokens[try #require(holder["id"] as? String)] = try #require(holder["token"] as? String)
        }
        return (try #require(object["id"] as? String), tokens)
    }

    /// The event ids a stream has received so far, in order. (Split as bytes: to Swift's String,
    /// the "\r\n" ending a chunk's size and the "\n" after it are one character, not a line end.)
    static func ids(_ stream: StreamReader) -> [Int] {
        stream.received.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let text = String(decoding: line, as: UTF8.self)
            return text.hasPrefix("id: ") ? Int(text.dropFirst(4)) : nil
        }
    }

    @Test func changesSavedThroughOneProcessReachTheOthersStream() async throws {
        let a = try start()
        let b = try start()
        defer {
            a.stop()
            b.stop()
        }
        let w = try await createWorkshop(through: a)
        let auth = ["Authorization": "Bearer \(w.tokens["facilitator"]!)"]
        let streamA = try StreamReader(port: a.port, path: "/api/v1/workshops/\(w.id)/events", headers: auth)
        let streamB = try StreamReader(port: b.port, path: "/api/v1/workshops/\(w.id)/events", headers: auth)
        defer {
            streamA.close()
            streamB.close()
        }
        #expect(await streamA.read(until: "\r\n\r\n"))
        #expect(await streamB.read(until: "\r\n\r\n"))
        // 24 answers, alternately through each process, the last ones waited for on both streams.
        let items = ["CU-01", "CU-02", "CU-03", "CU-04", "CU-05", "COOP-01"]
        var last = Date()
        for n in 0..<24 {
            let server = n % 2 == 0 ? a : b
            let holder = n % 4 < 2 ? "mol" : "moi"
            let saved = try await server.call(
                "PUT", "/api/v1/workshops/\(w.id)/responses/\(holder)/answers/\(items[n % items.count])",
                token: w.tokens[holder]!, json: #"{"level": \#(n % 5)}"#)
            #expect(saved.status == 200, "\(saved.body)")
            last = Date()
        }
        #expect(await streamA.read(until: "id: 24\n"))
        #expect(await streamB.read(until: "id: 24\n"))
        #expect(Date().timeIntervalSince(last) < 1, "the last change took over a second to reach both streams")
        // In order, none missing, none twice: each stream's ids are the history's, 24 of them.
        let history = try await b.call("GET", "/api/v1/workshops/\(w.id)/history", token: w.tokens["facilitator"]!)
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(history.body.utf8)) as? [[String: Any]])
        let ids = changes.compactMap { $0["id"] as? Int }
        #expect(ids.count == 24)
        #expect(Self.ids(streamA) == ids)
        #expect(Self.ids(streamB) == ids)
    }

    @Test func aKilledProcessLosesNoAcknowledgedAnswer() async throws {
        var a = try start()
        let b = try start()
        defer {
            a.stop()
            b.stop()
        }
        let w = try await createWorkshop(through: a)
        // Through a, then through b: clients save concurrently, and the process is killed under them.
        for round in 0..<2 {
            let victim = round == 0 ? a : b
            let survivor = round == 0 ? b : a
            let acknowledged = await withTaskGroup(of: [String].self) { group in
                for holder in ["mol", "moi"] {
                    group.addTask {
                        var saved: [String] = []
                        for n in 0..<400 {
                            let item = "CU-0\(n % 5 + 1)"
                            let level = (n + round) % 5
                            guard
                                let result = try? await victim.call(
                                    "PUT", "/api/v1/workshops/\(w.id)/responses/\(holder)/answers/\(item)",
                                    token: w.tokens[holder]!, json: #"{"level": \#(level)}"#), result.status == 200
                            else { break }
                            saved.append("\(holder) \(item) \(level)")
                        }
                        return saved
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: .milliseconds(700))
                    victim.stop(kill: true)
                    return []
                }
                return await group.reduce(into: []) { $0 += $1 }
            }
            #expect(acknowledged.count > 0, "no answer was saved before the kill")
            // Every acknowledged answer is in the history, read through the other process (a
            // request cut off by the kill may be there too: it was durable, only not acknowledged).
            let history = try await survivor.call(
                "GET", "/api/v1/workshops/\(w.id)/history", token: w.tokens["facilitator"]!)
            let changes = try #require(
                try JSONSerialization.jsonObject(with: Data(history.body.utf8)) as? [[String: Any]])
            var recorded: [String: Int] = [:]
            for change in changes {
                let level = (change["after"] as? [String: Any])?["level"] as? Int ?? -1
                recorded["\(change["who"] as? String ?? "") \(change["item"] as? String ?? "") \(level)", default: 0] +=
                    1
            }
            for (answer, count) in Dictionary(acknowledged.map { ($0, 1) }, uniquingKeysWith: +) {
                #expect(
                    recorded[answer, default: 0] >= count,
                    "acknowledged \(count) times but recorded \(recorded[answer, default: 0]): \(answer)")
            }
            // Increasing ids (a transaction cut off by the kill may leave a number unused: PostgreSQL's
            // identity columns do not roll back).
            let ids = changes.compactMap { $0["id"] as? Int }
            #expect(ids.count == changes.count && ids == ids.sorted() && Set(ids).count == ids.count)
            if round == 0 { a = try start() }
        }
    }
}
