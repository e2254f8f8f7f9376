import Foundation
import TestSupport
import Testing

/// `coherence-workshop serve` as users run it.
@Suite struct ServeCommandTests {
    @Test func servePrintsWhereItListensAndMakesAPrivateAdminToken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Programs.url("coherence-workshop")
        process.arguments = ["serve", "--db", folder.appendingPathComponent("w.sqlite").path, "--port", "0"]
        process.currentDirectoryURL = TestServer.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        // The first line, read byte by byte so that nothing after it is waited for.
        var line = ""
        while !line.hasSuffix("\n"), let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            line += String(decoding: byte, as: UTF8.self)
        }
        #expect(line.hasPrefix("listening on http://127.0.0.1:"))
        let port = Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        #expect(port > 0 && port != 8080)
        let tokenFile = folder.appendingPathComponent("w.sqlite.admin-token").path
        let attributes = try FileManager.default.attributesOfItem(atPath: tokenFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.count == 32 && token.allSatisfy(\.isHexDigit))
    }

    @Test func aPostgresURLIsRefusedForNow() throws {
        let result = try Programs.run("coherence-workshop", ["serve", "--db", "postgres://localhost/workshops"])
        #expect(result.status == 64)
        #expect(result.stderr == "error: PostgreSQL is not supported yet: pass --db with an SQLite file path\n")
    }

    @Test func exportOfAnUnknownWorkshopSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try Programs.run("coherence-workshop", [
            "export", "nope", "-o", folder.appendingPathComponent("out").path, "--db", folder.appendingPathComponent("w.sqlite").path,
        ])
        #expect(result.status == 66)
        #expect(result.stderr == "error: no workshop 'nope' on this server\n")
    }
}
