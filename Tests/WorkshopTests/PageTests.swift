import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkshopKit

@Suite struct PageTests {
    /// The session cookie a join link sets.
    func join(_ client: any TestClientProtocol, _ token: String) async throws -> (cookie: String, location: String) {
        let response = try await client.execute(uri: "/join/\(token)", method: .get)
        #expect(response.status == .seeOther)
        let cookie = try #require(response.headers[.setCookie])
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        return (String(cookie.split(separator: ";")[0]), response.headers[.location] ?? "")
    }

    func page(_ client: any TestClientProtocol, _ uri: String, cookie: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
    }

    func post(
        _ client: any TestClientProtocol, _ uri: String, cookie: String, form: String, origin: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        if let origin { headers[.origin] = origin }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form))
    }

    func csrf(_ html: String) throws -> String {
        let marker = "name=\"csrf\" value=\""
        let start = try #require(html.range(of: marker)).upperBound
        return String(html[start...].prefix(32))
    }

    @Test func aMinistryAnswersWithFormsAloneAndSeesOthersOnlyAfterTheReveal() async throws {
        try await TestServer.withWorkshop { _, client, w in
            // The other ministry's note is hostile markup: it must come back escaped.
            _ = try await client.call(
                .put, "/api/v1/workshops/\(w.id)/responses/moi/answers/CU-01", token: w.respondents["moi"],
                json: #"{"level": 4, "note": "<script>alert(1)</script>"}"#)
            let (cookie, location) = try await join(client, try #require(w.respondents["mol"]))
            #expect(location == "/w/\(w.id)")
            let first = try await page(client, location, cookie: cookie)
            #expect(first.status == .ok)
            #expect(first.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(!first.text.contains("<script>alert") && !first.text.contains("Revealed:"))
            #expect(first.text.contains("<b>2 Adopted</b>"))
            let token = try csrf(first.text)
            let saved = try await post(
                client, "/w/\(w.id)/answers/CU-01", cookie: cookie,
                form: "csrf=\(token)&revision=0&answer=2&evidence=Decree+12%0ADecree+13&note=a+%3Cb%3Enote%3C%2Fb%3E")
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/w/\(w.id)#CU-01")
            let after = try await page(client, location, cookie: cookie)
            #expect(after.text.contains("value=\"2\" checked"))
            #expect(after.text.contains("Decree 12\nDecree 13"))
            #expect(after.text.contains("a &lt;b&gt;note&lt;/b&gt;"))
            // A second official still on revision 0 is told, nothing is overwritten.
            let stale = try await post(
                client, "/w/\(w.id)/answers/CU-01", cookie: cookie, form: "csrf=\(token)&revision=0&answer=4")
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("was changed by mol"))
            // Without the CSRF token, or from another origin: refused.
            #expect(
                try await post(client, "/w/\(w.id)/answers/CU-01", cookie: cookie, form: "revision=1&answer=3").status
                    == .forbidden)
            #expect(
                try await post(
                    client, "/w/\(w.id)/answers/CU-01", cookie: cookie, form: "csrf=\(token)&revision=1&answer=3",
                    origin: "http://evil.example"
                ).status == .forbidden)
            // The facilitator reveals; the ministry now sees the other answers, escaped.
            let (facilitator, _) = try await join(client, w.facilitator)
            let board = try await page(client, "/w/\(w.id)", cookie: facilitator)
            #expect(board.text.contains("<h2>Progress</h2>"))
            #expect(board.text.contains("<meta name=\"live\" content=\"/w/\(w.id)/live\">"))
            let revealed = try await post(
                client, "/w/\(w.id)/room/CU-01/reveal", cookie: facilitator, form: "csrf=\(try csrf(board.text))")
            #expect(revealed.status == .seeOther)
            let now = try await page(client, location, cookie: cookie)
            #expect(now.text.contains("Revealed: Ministry mol: 2; Ministry moi: 4; Ministry mfa: —"))
            // A ministry cannot use the facilitator's controls or pages.
            #expect(
                try await post(client, "/w/\(w.id)/room/CU-01/reveal", cookie: cookie, form: "csrf=\(token)").status
                    == .forbidden)
            #expect(try await page(client, "/w/\(w.id)/projector", cookie: cookie).status == .forbidden)
            #expect(try await page(client, "/w/\(w.id)", cookie: "coherence_token=nope").status == .unauthorized)
        }
    }

    @Test func theFacilitatorRunsTheFlowFromThePage() async throws {
        try await TestServer.withWorkshop { _, client, w in
            for (respondent, level) in [("mol", 0), ("moi", 4), ("mfa", 2)] {
                _ = try await client.call(
                    .put, "/api/v1/workshops/\(w.id)/responses/\(respondent)/answers/CU-01",
                    token: w.respondents[respondent], json: "{\"level\": \(level)}")
            }
            let (cookie, _) = try await join(client, w.facilitator)
            let token = try csrf(try await page(client, "/w/\(w.id)", cookie: cookie).text)
            #expect(
                try await post(client, "/w/\(w.id)/discuss", cookie: cookie, form: "csrf=\(token)&item=CU-01").status
                    == .seeOther)
            #expect(
                try await post(client, "/w/\(w.id)/room/CU-01/round", cookie: cookie, form: "csrf=\(token)").status
                    == .seeOther)
            // Second round: the ministries move closer.
            _ = try await client.call(
                .put, "/api/v1/workshops/\(w.id)/responses/mol/answers/CU-01", token: w.respondents["mol"],
                json: #"{"level": 2}"#)
            let board = try await page(client, "/w/\(w.id)", cookie: cookie)
            #expect(board.text.contains("converged (from 100%)"))
            let (ministry, _) = try await join(client, try #require(w.respondents["mfa"]))
            #expect(
                try await page(client, "/w/\(w.id)", cookie: ministry).text.contains(
                    "Second round. First-round answers: Ministry mol: 0; Ministry moi: 4; Ministry mfa: 2 (spread 100%)."
                ))
            let decided = try await post(
                client, "/w/\(w.id)/decisions/CU-01", cookie: cookie,
                form: "csrf=\(token)&answer=2&rationale=Rules+exist+but+are+not+applied&dissent=moi")
            #expect(decided.status == .seeOther)
            // Undo restores mol's first-round answer as a new change.
            let changes = try await client.history(w.id, token: w.facilitator)
            let second = try #require(changes.last { $0["respondent"] as? String == "mol" }?["id"] as? Int)
            #expect(
                try await page(client, "/w/\(w.id)", cookie: cookie).text.contains(
                    "action=\"/w/\(w.id)/undo/\(second)\""))
            #expect(
                try await post(client, "/w/\(w.id)/undo/\(second)", cookie: cookie, form: "csrf=\(token)").status
                    == .seeOther)
            let restored = try await client.call(.get, "/api/v1/workshops/\(w.id)/responses/mol", token: w.facilitator)
            #expect(restored.text.contains("  CU-01: 0\n"))
            let projector = try await page(client, "/w/\(w.id)/projector", cookie: cookie)
            #expect(projector.text.contains("Agreed: <strong>2</strong> — Rules exist but are not applied"))
            #expect(!projector.text.contains("<form"))
            let export = try await page(client, "/w/\(w.id)/export/assessment.yaml", cookie: cookie)
            #expect(
                export.text
                    == (try await client.call(.get, "/api/v1/workshops/\(w.id)/assessment", token: w.facilitator).text))
            let response = try await page(client, "/w/\(w.id)/export/response-moi.yaml", cookie: cookie)
            #expect(
                response.text
                    == (try await client.call(.get, "/api/v1/workshops/\(w.id)/responses/moi", token: w.facilitator)
                        .text))
            #expect(try await page(client, "/w/\(w.id)/export/response-zz.yaml", cookie: cookie).status == .notFound)
            let report = try await page(client, "/w/\(w.id)/export/report.csv", cookie: cookie)
            #expect(report.status == .ok && report.headers[.contentDisposition]?.hasPrefix("attachment") == true)
        }
    }

    @Test func theStartPageCreatesAWorkshopAndJoinsByCode() async throws {
        let server = try await TestServer()
        defer { server.remove() }
        try await server.test { client in
            let start = try await client.execute(uri: "/", method: .get)
            #expect(start.text.contains("action=\"/workshops\""))
            let wrong = try await post(
                client, "/workshops", cookie: "",
                form: "admin=guess&framework=iamm&country_code=VLR&country_name=V&period=2026&respondents=a+A%0Ab+B")
            #expect(wrong.status == .unauthorized)
            let made = try await post(
                client, "/workshops", cookie: "",
                form:
                    "admin=\(TestServer.adminToken)&framework=iamm&country_code=VLR&country_name=Valoria&period=2026&respondents=mol+Ministry+of+Labour%0Amoi+Ministry+of+Interior"
            )
            #expect(made.status == .ok)
            #expect(made.text.contains("Ministry of Interior"))
            let code = try #require(
                made.text.components(separatedBy: "<td class=\"code\">").dropFirst(2).first?.prefix(11))
            let joined = try await post(
                client, "/join", cookie: "", form: "code=\(code.lowercased().replacingOccurrences(of: "-", with: "+"))")
            #expect(joined.status == .seeOther)
            #expect(joined.headers[.location]?.hasPrefix("/w/") == true)
            let css = try await client.execute(uri: "/static/app.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }
}
