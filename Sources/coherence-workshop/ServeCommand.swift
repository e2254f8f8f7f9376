import ArgumentParser
import Foundation
import Hummingbird
import WorkshopKit

/// `coherence-workshop serve`: the server, on loopback unless `--host` says otherwise.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Serve the workshop app; prints 'listening on http://HOST:PORT' once it accepts connections, and logs one JSON line per request and change on stderr."
    )

    @Option(
        help:
            "The SQLite database file (created when missing), or a PostgreSQL database's URL, postgres://USER@HOST:PORT/DATABASE (?sslmode=require for TLS, ?pool_size=N for at most N connections, default 10)."
    )
    var db = "workshop.sqlite"

    @Option(help: "The folder where frameworks are found.")
    var frameworks = "Frameworks"

    @Option(help: "The address to listen on; 0.0.0.0 lets the room's devices join over the local network.")
    var host = "127.0.0.1"

    @Option(help: "The port; 0 picks a free one.")
    var port = 8080

    @Option(
        help: "The admin token's file, created (mode 0600) when missing; default: the database path plus .admin-token.")
    var adminTokenFile: String?

    func run() async throws {
        if PostgresSettings.isURL(db) {
            do {
                _ = try PostgresSettings(url: db)
            } catch let error as WorkshopError {
                FileHandle.standardError.write(Data((error.message + "\n").utf8))
                throw ExitCode(64)
            }
        }
        let service: WorkshopService
        do {
            let store = try await StoreOpening.open(db)
            let token = try AdminToken.load(adminTokenFile ?? Self.defaultAdminTokenFile(db))
            service = WorkshopService(
                store: store, catalog: FrameworkCatalog(directory: frameworks), adminToken: token,
                logger: JSONLogHandler.standardErrorLogger())
        } catch let error as WorkshopError {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(74)
        } catch {
            // postgres-nio's errors describe themselves in full only when reflected.
            FileHandle.standardError.write(
                Data(
                    "\(PostgresSettings.redacted(db)): error: cannot open the database: \(String(reflecting: error))\n"
                        .utf8))
            throw ExitCode(74)
        }
        let host = host
        let app = WorkshopServer.application(service, host: host, port: port) { port in
            // Written straight to the file descriptor, so that a script reading a pipe sees it at once.
            FileHandle.standardOutput.write(Data("listening on http://\(host):\(port)\n".utf8))
        }
        try await app.runService()
    }

    /// The admin token's file beside an SQLite file; for a PostgreSQL URL, `admin-token` in the
    /// working folder (every process of a deployment is given the same file).
    static func defaultAdminTokenFile(_ db: String) -> String {
        PostgresSettings.isURL(db) ? "admin-token" : db + ".admin-token"
    }
}
