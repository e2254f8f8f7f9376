import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import WorkshopKit

/// The structured logs: one JSON line per request and event, with no token, join code or answer in them.
@Suite struct LogTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }

        var logger: Logger {
            Logger(label: "test") { _ in JSONLogHandler { line in self.lines.withLock { $0.append(line) } } }
        }
    }

    @Test func linesCarryFieldsButNoSecretsNorAnswers() async throws {
        let captured = Lines()
        let server = try await TestServer()
        defer { server.remove() }
        let service = WorkshopService(
            store: server.store, catalog: server.service.catalog, adminToken: TestServer.adminToken,
            logger: captured.logger)
        let answer = "Decree 12 of the secret cabinet meeting"
        let w = try await Application(router: WorkshopServer.router(service)).test(.router) { client in
            let w = try await client.createWorkshop()
            let path = "/api/v1/workshops/\(w.id)/responses/mol/answers/CU-01"
            #expect(
                try await client.call(
                    .put, path, token: w.respondents["mol"], json: "{\"level\": 2, \"note\": \"\(answer)\"}"
                ).status == .ok)
            #expect(
                try await client.call(.put, path, token: w.codes["moi"], json: #"{"level": 2}"#).status == .forbidden)
            #expect(try await client.execute(uri: "/join/\(w.facilitator)", method: .get).status == .seeOther)
            let join = try await client.execute(
                uri: "/join", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "code=\(w.codes["mfa"]!)"))
            #expect(join.status == .seeOther)
            #expect(
                try await client.call(.get, "/api/v1/workshops/\(w.id)/history", token: w.facilitator).text.contains(
                    answer))
            #expect(try await client.execute(uri: "/nowhere/\(w.facilitator)", method: .get).status == .notFound)
            return w
        }
        let lines = captured.all
        let secrets =
            [TestServer.adminToken, w.facilitator, answer, "secret cabinet"] + w.respondents.values + w.codes.values
        for line in lines {
            for secret in secrets { #expect(!line.contains(secret), "a log line holds a secret: \(line)") }
        }
        let objects = try lines.map { line in
            #expect(line.hasSuffix("\n") && line.dropLast().allSatisfy { $0 != "\n" })
            return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.allSatisfy { $0["at"] is String && $0["level"] is String && $0["event"] is String })
        let requests = objects.filter { $0["event"] as? String == "request" }
        let routes = requests.map { "\($0["method"] ?? "") \($0["route"] ?? "") \($0["status"] ?? "")" }
        #expect(
            routes == [
                "POST /api/v1/workshops 201", "PUT /api/v1/workshops/{id}/responses/{respondent}/answers/{item} 200",
                "PUT /api/v1/workshops/{id}/responses/{respondent}/answers/{item} 403", "GET /join/{token} 303",
                "POST /join 303",
                "GET /api/v1/workshops/{id}/history 200", "GET NotFound 404",
            ])
        #expect(requests.allSatisfy { $0["ms"] is Double })
        let created = try #require(objects.first { $0["event"] as? String == "created" })
        #expect(created["workshop"] as? String == w.id && created["country"] as? String == "VLR")
        let change = try #require(objects.first { $0["event"] as? String == "change" })
        #expect(
            change["workshop"] as? String == w.id && change["item"] as? String == "CU-01"
                && change["who"] as? String == "mol")
        #expect(change["revision"] as? Int == 1 && change["replayed"] as? Bool == false)
    }
}
