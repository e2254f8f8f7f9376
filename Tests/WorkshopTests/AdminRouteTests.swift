import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkshopKit

/// The admin's list, archive and restore through the API and the pages, and `/healthz`.
@Suite struct AdminRouteTests {
    func list(
        _ client: any TestClientProtocol, _ query: String = "", token: String? = TestServer.adminToken
    ) async throws -> [[String: Any]] {
        let response = try await client.call(.get, "/api/v1/workshops" + query, token: token)
        #expect(response.status == .ok)
        return response.jsonArray ?? []
    }

    @Test(arguments: StoreEngine.available) func theAdminListsArchivesAndRestores(engine: StoreEngine) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await server.test { client in
            let first = try await client.createWorkshop()
            let second = try await client.createWorkshop(respondents: ["mol", "moi"])
            let answer = "/api/v1/workshops/\(first.id)/responses/mol/answers/CU-01"
            #expect(
                try await client.call(.put, answer, token: first.respondents["mol"], json: #"{"level": 2}"#).status
                    == .ok)

            let all = try await list(client)
            #expect(all.map { $0["id"] as? String } == [second.id, first.id])
            let line = try #require(all.last)
            #expect(line["framework"] as? String == "iamm" && line["version"] as? String == "2026.1")
            #expect((line["country"] as? [String: String]) == ["code": "VLR", "name": "Valoria"])
            #expect(line["period"] as? String == "2026" && line["status"] as? String == "active")
            #expect(line["changes"] as? Int == 1 && line["respondents"] as? [String] == ["mol", "moi", "mfa"])
            let at = try #require(try await client.history(first.id, token: first.facilitator).last?["at"] as? String)
            #expect(line["last_change"] as? String == at)
            #expect(all.first?["last_change"] is NSNull)

            let archived = try await client.call(
                .post, "/api/v1/workshops/\(first.id)/archive", token: TestServer.adminToken)
            #expect(archived.status == .ok && archived.json["status"] as? String == "archived")
            #expect(try await list(client).map { $0["id"] as? String } == [second.id])
            #expect(try await list(client, "?archived=true").map { $0["status"] as? String } == ["active", "archived"])
            // Read-only: reading works, changing is refused and changes nothing.
            #expect(
                try await client.call(.get, "/api/v1/workshops/\(first.id)/assessment", token: first.facilitator).status
                    == .ok)
            let refused = try await client.call(.put, answer, token: first.respondents["mol"], json: #"{"level": 3}"#)
            #expect(refused.status == .conflict)
            #expect(
                refused.error
                    == "workshop '\(first.id)' is archived and read-only: nothing was saved; the server's admin can restore it"
            )
            let decision = try await client.call(
                .put, "/api/v1/workshops/\(first.id)/decisions/CU-01", token: first.facilitator,
                json: #"{"level": 2, "rationale": "agreed"}"#)
            #expect(decision.status == .conflict)
            #expect(try await server.store.changes(workshop: first.id, after: 0, limit: 10).count == 1)

            let restored = try await client.call(
                .post, "/api/v1/workshops/\(first.id)/restore", token: TestServer.adminToken)
            #expect(restored.status == .ok && restored.json["status"] as? String == "active")
            #expect(
                try await client.call(.put, answer, token: first.respondents["mol"], json: #"{"level": 3}"#).json[
                    "revision"] as? Int == 2)
        }
    }

    @Test func onlyTheAdminManagesWorkshops() async throws {
        try await TestServer.withWorkshop { server, client, w in
            for token in [w.facilitator, w.respondents["mol"]!] {
                let listed = try await client.call(.get, "/api/v1/workshops", token: token)
                #expect(listed.status == .forbidden)
                #expect(listed.error == "only the server's admin token can list the workshops")
                let archive = try await client.call(.post, "/api/v1/workshops/\(w.id)/archive", token: token)
                #expect(archive.status == .forbidden)
                #expect(archive.error == "only the server's admin token can archive a workshop")
                #expect(
                    try await client.call(.post, "/api/v1/workshops/\(w.id)/restore", token: token).status == .forbidden
                )
            }
            #expect(try await client.call(.get, "/api/v1/workshops", token: nil).status == .unauthorized)
            let unknown = try await client.call(.post, "/api/v1/workshops/nope/archive", token: TestServer.adminToken)
            #expect(unknown.status == .notFound)
            #expect(unknown.error == "no workshop 'nope' on this server")
            #expect(try await server.store.workshop(w.id)?.status == .active)
        }
    }

    @Test(arguments: StoreEngine.available) func healthzSaysWhetherTheDatabaseAnswers(engine: StoreEngine) async throws
    {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await server.test { client in
            let up = try await client.execute(uri: "/healthz", method: .get)
            #expect(up.status == .ok)
            #expect(up.text == "{\"status\": \"ok\"}\n")
            server.store.closeConnections()
            let down = try await client.execute(uri: "/healthz", method: .get)
            #expect(down.status == .serviceUnavailable)
            #expect(down.text == "{\"status\": \"unavailable\", \"error\": \"the database does not answer\"}\n")
            #expect(!down.text.contains(server.folder.path))
        }
    }

    @Test func theAdminPageListsAndArchivesWithForms() async throws {
        try await TestServer.withWorkshop { server, client, w in
            let signIn = try await client.execute(
                uri: "/admin", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "admin=\(TestServer.adminToken)"))
            #expect(signIn.status == .seeOther && signIn.headers[.location] == "/admin")
            let cookie = String(try #require(signIn.headers[.setCookie]).split(separator: ";")[0])
            let page = try await client.execute(uri: "/admin", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            #expect(
                page.text.contains("<td>Valoria <span class=\"tag\">VLR</span></td><td>2026</td><td>iamm 2026.1</td>"))
            #expect(page.text.contains("none yet (created ") && page.text.contains("<p>1 active workshop · "))
            #expect(page.text.contains("action=\"/admin/workshops/\(w.id)/archive\""))
            let form = "csrf=\(HTML.csrf(for: TestServer.adminToken))"
            let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
            // Without the CSRF token nothing happens.
            let forged = try await client.execute(
                uri: "/admin/workshops/\(w.id)/archive", method: .post, headers: headers,
                body: ByteBuffer(string: "csrf=x"))
            #expect(forged.status == .forbidden)
            #expect(try await server.store.workshop(w.id)?.status == .active)
            let archive = try await client.execute(
                uri: "/admin/workshops/\(w.id)/archive", method: .post, headers: headers, body: ByteBuffer(string: form)
            )
            #expect(archive.status == .seeOther && archive.headers[.location] == "/admin")
            #expect(try await server.store.workshop(w.id)?.status == .archived)
            for token in [w.facilitator, w.respondents["mol"]!] {
                let own = try await client.execute(
                    uri: "/w/\(w.id)", method: .get, headers: [.cookie: "\(HTML.cookieName)=\(token)"])
                #expect(own.status == .ok && own.text.contains("<p class=\"archived-note\">This workshop is archived"))
            }
            let after = try await client.execute(uri: "/admin", method: .get, headers: [.cookie: cookie])
            #expect(after.text.contains("<p>No active workshops.</p>") && !after.text.contains(w.id))
            let shown = try await client.execute(uri: "/admin?archived=true", method: .get, headers: [.cookie: cookie])
            #expect(
                shown.text.contains("<tr class=\"archived\">")
                    && shown.text.contains("/admin/workshops/\(w.id)/restore"))
            let restore = try await client.execute(
                uri: "/admin/workshops/\(w.id)/restore", method: .post, headers: headers, body: ByteBuffer(string: form)
            )
            #expect(restore.status == .seeOther)
            #expect(try await server.store.workshop(w.id)?.status == .active)
            // A facilitator's session does not open the admin's page.
            let facilitator = try await client.execute(
                uri: "/admin", method: .get, headers: [.cookie: "coherence_token=\(w.facilitator)"])
            #expect(facilitator.status == .forbidden)
            let wrong = try await client.execute(
                uri: "/admin", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "admin=\(w.facilitator)"))
            #expect(wrong.status == .forbidden && wrong.headers[.setCookie] == nil)
        }
    }
}
