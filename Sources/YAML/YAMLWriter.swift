/// Writes `YAMLValue`s as block-style YAML text with comments, the way people edit it by hand.
///
/// Strings are written plain when they read back as the same string, else double-quoted (see
/// `quote(_:)`); numbers are written so they read back as the same number. The output of
/// `document(_:comments:)` parses with `YAMLParser` to the same values.
public struct YAMLWriter: Sendable {
    /// Spaces per nesting level of a mapping. Items of a list are always indented by two.
    public var indentWidth: Int

    public init(indentWidth: Int = 2) {
        self.indentWidth = indentWidth
    }

    /// A whole file: `comments` as `#` lines, then the value, ending with a newline.
    public func document(_ value: YAMLValue, comments: [String] = []) -> String {
        var lines = comments.flatMap { Self.commentLines($0, indent: 0) }
        if Self.isBlockCollection(value) {
            lines += self.lines(value, indent: 0)
        } else {
            lines.append(Self.inline(value, inFlow: true))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of a non-empty block mapping or list, each starting with `indent` spaces.
    private func lines(_ value: YAMLValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        switch value {
        case .mapping(let entries, _):
            for entry in entries {
                lines += entry.comments.flatMap { Self.commentLines($0, indent: indent) }
                let trailing = entry.trailingComment.map(Self.trailing) ?? ""
                let quoted = Self.quote(entry.key)
                var key = pad + quoted + ":"
                if Self.needsExplicitKey(quoted) {
                    lines.append(pad + "? " + quoted)
                    key = pad + ":"
                }
                if Self.isBlockCollection(entry.value) {
                    lines.append(key + trailing)
                    lines += self.lines(entry.value, indent: indent + indentWidth)
                } else {
                    let text = Self.inline(entry.value, inFlow: false)
                    lines.append(key + (text.isEmpty ? "" : " " + text) + trailing)
                }
            }
        case .sequence(let items, _):
            for item in items {
                guard Self.isBlockCollection(item) else {
                    let text = Self.inline(item, inFlow: false)
                    lines.append(pad + (text.isEmpty ? "-" : "- " + text))
                    continue
                }
                var child = self.lines(item, indent: indent + 2)
                // Comment lines stay above the dash; the first content line takes it.
                let first = child.firstIndex { !$0.drop { $0 == " " }.hasPrefix("#") } ?? 0
                child[first] = pad + "- " + child[first].dropFirst(indent + 2)
                lines += child
            }
        default:
            lines.append(pad + Self.inline(value, inFlow: false))
        }
        return lines
    }

    /// Whether the value is written over several lines: a non-empty block mapping or list.
    private static func isBlockCollection(_ value: YAMLValue) -> Bool {
        switch value {
        case .mapping(let entries, .block): return !entries.isEmpty
        case .sequence(let items, .block): return !items.isEmpty
        default: return false
        }
    }

    /// A scalar, or a collection in flow style. Null is empty after `key:` or `-`, else `null`.
    static func inline(_ value: YAMLValue, inFlow: Bool) -> String {
        switch value {
        case .null: return inFlow ? "null" : ""
        case .bool(let bool): return bool ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double): return number(double)
        case .string(let string): return quote(string)
        case .sequence(let items, _):
            return "[" + items.map { inline($0, inFlow: true) }.joined(separator: ", ") + "]"
        case .mapping(let entries, _):
            let parts = entries.map { entry in
                let key = quote(entry.key)
                let value = inline(entry.value, inFlow: true)
                return needsExplicitKey(key) ? "? \(key) : \(value)" : "\(key): \(value)"
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    /// Whether a key is too long for YAML's implicit `key: value` form (1024 characters at most)
    /// and must be written `? key` then `: value`.
    static func needsExplicitKey(_ quotedKey: String) -> Bool {
        quotedKey.unicodeScalars.count > 1000
    }

    /// A double that reads back as the same double: `1.5`, `3.0`, `1e-07`, `.inf`, `-.inf`, `.nan`.
    public static func number(_ double: Double) -> String {
        if double.isNaN { return ".nan" }
        if double.isInfinite { return double < 0 ? "-.inf" : ".inf" }
        return "\(double)"
    }

    /// `# text` lines at an indentation; a multi-line text gives several lines.
    static func commentLines(_ text: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.isEmpty ? pad + "#" : pad + "# " + $0
        }
    }

    private static func trailing(_ text: String) -> String {
        "  # " + text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
