import YAML

/// Helpers that parse and return what went wrong, for tests that check diagnostics.
enum ParseFailures {
    /// The diagnostics parsing `text` throws; empty when it parses.
    static func of(_ text: String, limits: Limits = .default) -> [Diagnostic] {
        of(Array(text.utf8), limits: limits)
    }

    /// The diagnostics parsing `bytes` throws; empty when they parse.
    static func of(_ bytes: [UInt8], limits: Limits = .default) -> [Diagnostic] {
        do {
            _ = try YAMLParser(limits: limits).parse(bytes, file: "t.yaml")
            return []
        } catch {
            return error.all
        }
    }

    /// `line:column: message` for each diagnostic and note, the way tests compare them.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.flatMap { diagnostic in
            ([diagnostic] + diagnostic.notes).map {
                "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)"
            }
        }
    }
}
