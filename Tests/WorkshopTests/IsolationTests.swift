import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkshopKit

/// Many workshops on one server: the tokens of one workshop open nothing of another, on every
/// route. The routes come from the router itself, so a route added later is checked too.
@Suite struct IsolationTests {
    /// The routes that take no workshop id, and who may use them; every other route must name `{id}`.
    static let routesWithoutWorkshop: [String: String] = [
        "GET /": "anyone", "GET /static/app.css": "anyone", "GET /static/app.js": "anyone", "GET /healthz": "anyone",
        "GET /join/{token}": "anyone", "POST /join": "anyone",
        "POST /workshops": "admin", "POST /api/v1/workshops": "admin", "GET /api/v1/workshops": "admin",
        "GET /admin": "admin", "POST /admin": "admin",
    ]

    /// Routes whose success is a stream that does not end, so the positive check leaves them out.
    static let streams: Set<String> = ["GET /api/v1/workshops/{id}/events", "GET /w/{id}/live"]

    static let values = [
        "respondent": "mol", "item": "CU-01", "format": "md", "file": "assessment.yaml", "sequence": "1",
        "action": "reveal",
    ]

    /// `path` with its parameters filled in for workshop `id`.
    static func uri(_ path: String, workshop id: String) -> String {
        path.split(separator: "/").map { part -> String in
            guard part.hasPrefix("{"), part.hasSuffix("}") else { return String(part) }
            let name = String(part.dropFirst().dropLast())
            return name == "id" ? id : values[name] ?? "x"
        }.reduce("") { $0 + "/" + $1 }
    }

    /// A request with `token` both as the bearer and as the session cookie, and a body that the
    /// route would accept (JSON for the API, a form with the session's CSRF token for the pages).
    static func send(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .cookie: "\(HTML.cookieName)=\(token)"]
        var body: ByteBuffer?
        if method == .put || method == .post {
            if uri.hasPrefix("/api/") {
                headers[.contentType] = "application/json"
                let decision = uri.contains("/decisions/") ? #", "rationale": "agreed in the room""# : ""
                body = ByteBuffer(string: #"{"level": 1"# + decision + "}")
            } else {
                headers[.contentType] = "application/x-www-form-urlencoded"
                body = ByteBuffer(
                    string: "csrf=\(HTML.csrf(for: token))&level=1&answer=1&rationale=agreed&item=CU-01&respondent=mol")
            }
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body)
    }

    @Test(arguments: StoreEngine.available) func tokensOfOneWorkshopAreRefusedOnEveryRouteOfAnother(
        engine: StoreEngine
    ) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        let routes = WorkshopServer.router(server.service).routes.map { ($0.method, $0.path.description) }
        #expect(routes.count >= 25)
        try await server.test { client in
            let mine = try await client.createWorkshop()
            let other = try await client.createWorkshop()
            #expect(
                try await client.call(
                    .put, "/api/v1/workshops/\(mine.id)/responses/mol/answers/CU-01",
                    token: mine.respondents["mol"], json: #"{"level": 2}"#
                ).status == .ok)
            let before = try await server.store.changes(workshop: mine.id, after: 0, limit: 100)
            var checked = 0
            for (method, path) in routes {
                let route = "\(method) \(path)"
                guard path.contains("{id}") else {
                    #expect(
                        Self.routesWithoutWorkshop[route] != nil,
                        "\(route) names no workshop: add it to routesWithoutWorkshop, saying who may use it")
                    continue
                }
                for token in [other.facilitator, other.respondents["mol"]!, other.codes["mol"]!] {
                    let response = try await Self.send(client, method, Self.uri(path, workshop: mine.id), token: token)
                    #expect(
                        response.status == .forbidden,
                        "\(route) with another workshop's token: \(response.status) \(response.text)")
                    checked += 1
                }
            }
            #expect(checked == 3 * routes.filter { $0.1.contains("{id}") }.count && checked > 0)
            #expect(try await server.store.changes(workshop: mine.id, after: 0, limit: 100) == before)
            #expect(try await server.store.workshop(mine.id)?.status == .active)
            // The same requests with the workshop's own facilitator (the admin for the admin's routes) are not refused,
            // so the refusals above come from the token, not from the request.
            // Archive and restore last, restore after archive, so that every other route meets an active workshop.
            func order(_ path: String) -> Int { path.hasSuffix("/restore") ? 2 : path.hasSuffix("/archive") ? 1 : 0 }
            let own = routes.filter { $0.1.contains("{id}") && !Self.streams.contains("\($0.0) \($0.1)") }
            for (method, path) in own.sorted(by: { order($0.1) < order($1.1) }) {
                let admin = order(path) > 0
                let response = try await Self.send(
                    client, method, Self.uri(path, workshop: mine.id),
                    token: admin ? TestServer.adminToken : mine.facilitator)
                #expect(
                    response.status.code < 400,
                    "\(method) \(path) with its own token: \(response.status) \(response.text)")
            }
        }
    }

    @Test func everyRouteWithoutAWorkshopIsListed() async throws {
        let server = try await TestServer()
        defer { server.remove() }
        let names = Set(WorkshopServer.router(server.service).routes.map { "\($0.method) \($0.path.description)" })
        // A route removed from the router must leave the table too.
        #expect(Set(Self.routesWithoutWorkshop.keys).subtracting(names).isEmpty)
    }
}
