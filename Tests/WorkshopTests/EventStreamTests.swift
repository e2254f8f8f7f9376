import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkshopKit

@Suite struct EventStreamTests {
    @Test func eventsArriveLiveAndReplayFromLastEventID() async throws {
        let server = try await TestServer()
        defer { server.remove() }
        let app = Application(
            router: WorkshopServer.router(server.service),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let w = try await client.createWorkshop()
            let answer = "/api/v1/workshops/\(w.id)/responses/mol/answers/CU-01"
            #expect(
                try await client.call(.put, answer, token: w.respondents["mol"], json: #"{"level": 1}"#).status == .ok)
            let events = "/api/v1/workshops/\(w.id)/events"
            let auth = ["Authorization": "Bearer \(w.facilitator)"]
            let stream = try StreamReader(port: client.port!, path: events, headers: auth)
            #expect(await stream.read(until: "id: 1\n"))
            #expect(stream.received.lowercased().contains("content-type: text/event-stream"))
            // A change made now reaches the open stream without a new request.
            #expect(
                try await client.call(.put, answer, token: w.respondents["mol"], json: #"{"level": 2}"#).status == .ok)
            #expect(await stream.read(until: "id: 2\n"))
            #expect(stream.received.contains(#"data: {"after":{"level":2},"at":"#))
            stream.close()
            // The server ends the stream once the client has gone.
            var open = server.service.events.count
            for _ in 0..<50 where open > 0 {
                try await Task.sleep(for: .milliseconds(100))
                open = server.service.events.count
            }
            #expect(open == 0)
            // A client coming back with Last-Event-ID gets only what it missed.
            #expect(
                try await client.call(.put, answer, token: w.respondents["mol"], json: #"{"level": 3}"#).status == .ok)
            let replay = try StreamReader(
                port: client.port!, path: events, headers: auth.merging(["Last-Event-ID": "2"]) { a, _ in a })
            #expect(await replay.read(until: "id: 3\n"))
            #expect(!replay.received.contains("id: 1\n") && !replay.received.contains("id: 2\n"))
            replay.close()
        }
    }
}
