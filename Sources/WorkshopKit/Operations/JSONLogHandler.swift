import Foundation
public import Logging

/// Structured logs: one JSON object per line (`at`, `level`, `event`, then the event's fields;
/// numbers and flags given as `.stringConvertible` stay numbers and booleans), so
/// that a log shipper reads them without a pattern. What is logged is chosen where it is logged:
/// ids, routes, statuses, items and revisions, never a token, a join code or an answer.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let write: @Sendable (String) -> Void

    /// A handler that hands each line (with its final newline) to `write`.
    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// The server's logger, writing to standard error (standard output carries the `listening on` line).
    public static func standardErrorLogger() -> Logger {
        Logger(label: "coherence-workshop") { _ in
            JSONLogHandler { line in FileHandle.standardError.write(Data(line.utf8)) }
        }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: Any] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) {
            fields[key] = Self.json(value)
        }
        fields["at"] = Self.timestamp()
        fields["level"] = event.level.rawValue
        fields["event"] = event.message.description
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        write(String(decoding: data, as: UTF8.self) + "\n")
    }

    static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let flag as Bool): flag
        case .stringConvertible(let number as Int): number
        case .stringConvertible(let number as Int64): number
        case .stringConvertible(let number as Double): number
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(json)
        case .dictionary(let fields): fields.mapValues(json)
        }
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
