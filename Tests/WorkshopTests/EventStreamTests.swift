import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkshopKit

#if canImport(Glibc)
    import Glibc
#endif

/// A plain HTTP/1.1 connection that reads an event stream as it arrives. `@unchecked Sendable`:
/// one read at a time, awaited before the next.
final class StreamReader: @unchecked Sendable {
    let socket: Int32
    var received = ""

    init(port: Int, path: String, headers: [String: String]) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let head =
            "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + headers.map { "\($0.key): \($0.value)\r\n" }.joined() + "\r\n"
        _ = head.withCString { send(socket, $0, strlen($0), 0) }
    }

    /// Reads until the text received contains `marker`, or 5 s pass without data. The blocking
    /// reads run on a thread of their own: on the cooperative pool (two threads on a 2-core
    /// machine) they could hold up the very server tasks whose events they wait for.
    func read(until marker: String) async -> Bool {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.readBlocking(until: marker)) }
        }
    }

    private func readBlocking(until marker: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(marker) {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { return false }
            received += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return true
    }

    func close() {
        _ = Glibc.close(socket)
    }
}

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
