import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `coherence-workshop serve` process on a free port of 127.0.0.1, as users run it.
final class ServerProcess: Sendable {
    let process = Process()
    /// The first line it printed: `listening on http://127.0.0.1:PORT`.
    let line: String
    let port: Int

    init(_ arguments: [String]) throws {
        process.executableURL = Programs.folder.appendingPathComponent("coherence-workshop")
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = Programs.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line, read byte by byte so that nothing after it is waited for.
        var line = ""
        while !line.hasSuffix("\n"), let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            line += String(decoding: byte, as: UTF8.self)
        }
        self.line = line
        port = Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    /// Stops it as a supervisor would (SIGTERM), or as a crash does (`kill -9`).
    func stop(kill: Bool = false) {
        guard process.isRunning else { return }
        if kill { Foundation.kill(process.processIdentifier, SIGKILL) } else { process.terminate() }
        process.waitUntilExit()
    }

    /// One request; the status and body, or a thrown error when the server is gone.
    func call(
        _ method: String, _ path: String, token: String, json: String? = nil
    ) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.timeoutInterval = 10
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
