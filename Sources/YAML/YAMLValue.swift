/// A value for `YAMLWriter` to write: scalars, lists and mappings, with comments on mapping entries.
public indirect enum YAMLValue: Sendable, Hashable {
    /// How a list or mapping is laid out.
    public enum Style: Sendable, Hashable {
        /// One entry per line, nested by indentation.
        case block
        /// On one line: `[a, b]` or `{k: v}`. Everything inside is written in flow style too.
        case flow
    }

    /// One entry of a mapping, with comment lines written above it and an optional comment after it.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: YAMLValue
        /// Lines written as `# line` above the entry; an empty string writes a bare `#`.
        public var comments: [String]
        /// Written as `  # comment` at the end of the entry's first line.
        public var trailingComment: String?

        public init(_ key: String, _ value: YAMLValue, comments: [String] = [], trailingComment: String? = nil) {
            self.key = key
            self.value = value
            self.comments = comments
            self.trailingComment = trailingComment
        }
    }

    /// Written as nothing after `key:` or `-` in block style, as `null` elsewhere.
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case sequence([YAMLValue], style: Style = .block)
    case mapping([Entry], style: Style = .block)

    /// An integral double within ±2^53 as `.int`, so `3.0` is written `3`; any other as `.double`.
    public static func number(_ value: Double) -> YAMLValue {
        if value.isFinite, value.rounded() == value, abs(value) <= 9_007_199_254_740_992 {
            return .int(Int(value))
        }
        return .double(value)
    }

    /// The value of a parsed node: scalars by their resolved value, collections in block style.
    public init(_ node: Node) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let bool): self = .bool(bool)
            case .int(let int): self = .int(int)
            case .double(let double): self = .double(double)
            case .string(let string): self = .string(string)
            }
        case .sequence(let items):
            self = .sequence(items.map(YAMLValue.init))
        case .mapping(let pairs):
            self = .mapping(pairs.map { Entry($0.key.scalar?.text ?? "", YAMLValue($0.value)) })
        }
    }
}
