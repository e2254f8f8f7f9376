import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A plain HTTP/1.1 connection that reads an event stream as it arrives.
final class StreamReader: Sendable {
    let socket: Int32
    private let text = Mutex("")

    /// All the text received so far.
    var received: String { text.withLock { $0 } }

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
            let part = String(decoding: buffer[0..<count], as: UTF8.self)
            text.withLock { $0 += part }
        }
        return true
    }

    func close() {
        _ = Glibc.close(socket)
    }
}
