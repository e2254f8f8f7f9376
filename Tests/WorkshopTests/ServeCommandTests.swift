import Foundation
import TestSupport
import Testing

/// `coherence-workshop serve` as users run it.
@Suite struct ServeCommandTests {
    @Test func servePrintsWhereItListensAndMakesAPrivateAdminToken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServerProcess(["--db", folder.appendingPathComponent("w.sqlite").path])
        defer { server.stop() }
        let line = server.line
        let port = server.port
        #expect(line.hasPrefix("listening on http://127.0.0.1:"))
        #expect(port > 0 && port != 8080)
        let tokenFile = folder.appendingPathComponent("w.sqlite.admin-token").path
        let attributes = try FileManager.default.attributesOfItem(atPath: tokenFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(token.count == 32 && token.allSatisfy(\.isHexDigit))
    }

    @Test func aPostgresURLThatCannotWorkIsRefused() throws {
        let noUser = try Programs.run("coherence-workshop", ["serve", "--db", "postgres://localhost/workshops"])
        #expect(noUser.status == 64)
        #expect(
            noUser.stderr
                == "postgres://localhost/workshops: error: the URL names no user: write postgres://USER@HOST:PORT/DATABASE\n"
        )
        let mode = try Programs.run(
            "coherence-workshop", ["serve", "--db", "postgres://me:secret@localhost/w?sslmode=always"])
        #expect(mode.status == 64)
        #expect(
            mode.stderr
                == "postgres://me:***@localhost/w?sslmode=always: error: unknown sslmode 'always': use disable, prefer, require, verify-ca or verify-full\n"
        )
    }

    @Test func exportOfAnUnknownWorkshopSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try Programs.run(
            "coherence-workshop",
            [
                "export", "nope", "-o", folder.appendingPathComponent("out").path, "--db",
                folder.appendingPathComponent("w.sqlite").path,
            ])
        #expect(result.status == 66)
        #expect(result.stderr == "error: no workshop 'nope' on this server\n")
    }
}
