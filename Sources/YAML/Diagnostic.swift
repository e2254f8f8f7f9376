/// A message about an input file, pointing at the place it concerns.
///
/// Printed as `file:line:column: error: message`, followed by its notes in the same form.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    public var location: Location
    /// Related places, such as the first definition of a duplicate.
    public var notes: [Diagnostic]

    public init(_ severity: Severity = .error, _ message: String, at location: Location, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: Location, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func note(_ message: String, at location: Location) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// The diagnostic and its notes, one per line, with control characters (from a file name or
    /// a quoted value) escaped so a terminal shows them.
    public var description: String {
        ([self] + notes).map { "\($0.location): \($0.severity.rawValue): \($0.message)".escapingControlCharacters }
            .joined(separator: "\n")
    }
}

/// One or more diagnostics, thrown when a file cannot be used.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    /// Why a file could not be used, so a command can choose its exit code (65 or 66).
    public enum Kind: Sendable, Hashable {
        /// The file was read but its content is not acceptable.
        case invalidInput
        /// The file is missing, is a folder, or cannot be opened for reading.
        case missingInput
    }

    public var all: [Diagnostic]
    public var kind: Kind

    public init(_ all: [Diagnostic], kind: Kind = .invalidInput) {
        self.all = all
        self.kind = kind
    }

    public var description: String { all.map(\.description).joined(separator: "\n") }
}
