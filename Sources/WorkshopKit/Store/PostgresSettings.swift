public import Foundation
import NIOSSL
public import PostgresNIO

/// The connection settings of a `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` URL, as libpq reads
/// them: `sslmode` (`disable`, `prefer` (the default), `require`, `verify-ca`, `verify-full`), and
/// the password from the URL or `PGPASSWORD`. Beside them, `pool_size` (default 10): the most
/// connections this process opens, one of them held for LISTEN.
public struct PostgresSettings: Sendable {
    public var configuration: PostgresClient.Configuration
    public var poolSize: Int

    /// The settings of `url`; a message saying what to fix when it is not a PostgreSQL URL.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
            let host = parts.host, !host.isEmpty
        else {
            throw WorkshopError.invalid(
                "\(Self.redacted(url)): error: not a PostgreSQL URL: write postgres://USER@HOST:PORT/DATABASE")
        }
        guard let user = parts.user, !user.isEmpty else {
            throw WorkshopError.invalid(
                "\(Self.redacted(url)): error: the URL names no user: write postgres://USER@HOST:PORT/DATABASE")
        }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let tls: PostgresClient.Configuration.TLS
        switch query["sslmode"] ?? "prefer" {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(Self.tls(.none))
        case "require": tls = .require(Self.tls(.none))
        case "verify-ca": tls = .require(Self.tls(.noHostnameVerification))
        case "verify-full": tls = .require(Self.tls(.fullVerification))
        case let other:
            throw WorkshopError.invalid(
                "\(Self.redacted(url)): error: unknown sslmode '\(other)': use disable, prefer, require, verify-ca or verify-full"
            )
        }
        poolSize = 10
        if let size = query["pool_size"] {
            guard let value = Int(size), value >= 2 else {
                throw WorkshopError.invalid(
                    "\(Self.redacted(url)): error: pool_size '\(size)' is not a whole number of at least 2")
            }
            poolSize = value
        }
        configuration = PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: user,
            password: parts.password ?? environment["PGPASSWORD"], database: database.isEmpty ? user : database,
            tls: tls)
        configuration.options.maximumConnections = poolSize
    }

    /// Whether `db` names a PostgreSQL database rather than an SQLite file.
    public static func isURL(_ db: String) -> Bool {
        db.hasPrefix("postgres://") || db.hasPrefix("postgresql://")
    }

    /// `url` without its password, for messages and logs.
    public static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }

    private static func tls(_ verification: CertificateVerification) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = verification
        return configuration
    }
}
