import CoherenceKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOFoundationEssentialsCompat
import TestSupport
import Testing

@testable import WorkshopKit

/// A workshop server over a fresh database of `engine` (SQLite unless told), with the shipped
/// frameworks, and a temporary folder for files.
struct TestServer {
    static let adminToken = "admin-token-for-tests"

    let folder: URL
    let store: any WorkshopStore
    let service: WorkshopService

    init(_ engine: StoreEngine = .sqlite) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try await engine.makeStore(in: folder)
        service = WorkshopService(
            store: store,
            catalog: FrameworkCatalog(directory: Programs.packageRoot.appendingPathComponent("Frameworks").path),
            adminToken: Self.adminToken)
    }

    /// Runs `test` against the app in process.
    func test(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: WorkshopServer.router(service))
        try await app.test(.router, test)
    }

    /// Runs `test` against the app in process on a fresh server of `engine`, with one workshop made
    /// by `createWorkshop()`, then removes the server.
    static func withWorkshop(
        _ engine: StoreEngine = .sqlite,
        _ test: @escaping @Sendable (TestServer, any TestClientProtocol, CreatedWorkshop) async throws -> Void
    ) async throws {
        let server = try await TestServer(engine)
        defer { server.remove() }
        try await server.test { client in try await test(server, client, try await client.createWorkshop()) }
    }

    func remove() {
        store.closeConnections()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A created workshop's secrets, read from the 201 response.
struct CreatedWorkshop: Sendable {
    var id: String
    var facilitator: String
    var respondents: [String: String]
    var codes: [String: String]
}

extension TestClientProtocol {
    /// A request with a bearer token and a JSON (or empty) body.
    func call(
        _ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var all = headers
        if let token { all[.authorization] = "Bearer \(token)" }
        if json != nil { all[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: all, body: json.map { ByteBuffer(string: $0) })
    }

    /// Creates a workshop of Valoria with three ministries, as the admin.
    func createWorkshop(respondents: [String] = ["mol", "moi", "mfa"]) async throws -> CreatedWorkshop {
        let list = respondents.map { "{\"id\": \"\($0)\", \"name\": \"Ministry \($0)\"}" }.joined(separator: ", ")
        let response = try await call(
            .post, "/api/v1/workshops", token: TestServer.adminToken,
            json: """
                {"framework": "iamm", "country": {"code": "VLR", "name": "Valoria"}, "period": "2026", "respondents": [\(list)]}
                """)
        #expect(response.status == .created)
        let object = response.json
        let facilitator = try #require(object["facilitator"] as? [String: Any])
        let holders = try #require(object["respondents"] as? [[String: Any]])
        var tokens: [String: String] = [:]
        var codes: [String: String] = [:]
        for holder in holders {
            let id = try #require(holder["id"] as? String)
            tokens[id] = try #require(holder["token"] as? String)
            codes[id] = try #require(holder["code"] as? String)
        }
        return CreatedWorkshop(
            id: try #require(object["id"] as? String), facilitator: try #require(facilitator["token"] as? String),
            respondents: tokens, codes: codes)
    }

    /// The changes of workshop `id`, oldest first, as its history route gives them to `token`.
    func history(_ id: String, token: String) async throws -> [[String: Any]] {
        try #require(try await call(.get, "/api/v1/workshops/\(id)/history", token: token).jsonArray)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object; empty when it is not one.
    var json: [String: Any] { parsed as? [String: Any] ?? [:] }

    /// The body as a JSON array of objects; nil when it is not one.
    var jsonArray: [[String: Any]]? { parsed as? [[String: Any]] }

    private var parsed: Any? { try? JSONSerialization.jsonObject(with: Data(buffer: body)) }

    /// The `error` message of a refused request.
    var error: String { json["error"] as? String ?? "" }
}
