import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `serve` as deployed: JSON log lines on stderr, `/healthz` for the proxy, no secret in the log.
@Suite struct ServeLogTests {
    @Test func serveLogsJSONLinesOnStderrWithoutTheToken() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-log-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = Programs.folder.appendingPathComponent("coherence-workshop")
        process.arguments = ["serve", "--db", folder.appendingPathComponent("w.sqlite").path, "--port", "0"]
        process.currentDirectoryURL = Programs.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var line = ""
        while !line.hasSuffix("\n"), let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            line += String(decoding: byte, as: UTF8.self)
        }
        let base = line.replacingOccurrences(of: "listening on ", with: "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let token = try String(contentsOf: folder.appendingPathComponent("w.sqlite.admin-token"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let (body, health) = try await URLSession.shared.data(from: try #require(URL(string: base + "/healthz")))
        #expect((health as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == "{\"status\": \"ok\"}\n")
        var request = URLRequest(url: try #require(URL(string: base + "/api/v1/workshops")))
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (_, list) = try await URLSession.shared.data(for: request)
        #expect((list as? HTTPURLResponse)?.statusCode == 200)
        process.terminate()
        process.waitUntilExit()
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { !$0.contains(token) })
        let requests = lines.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }.filter { $0["event"] as? String == "request" }
        #expect(
            requests.map { "\($0["route"] ?? "") \($0["status"] ?? "")" } == ["/healthz 200", "/api/v1/workshops 200"])
    }
}
