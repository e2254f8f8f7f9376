/// A YAML node with the place it was read from. Aliases are expanded: the tree has no cycles.
public struct Node: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One entry of a mapping, in document order.
    public struct Pair: Sendable, Hashable {
        public var key: Node
        public var value: Node
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    public var location: Location

    public init(_ content: Content, at location: Location) {
        self.content = content
        self.location = location
    }
}

/// A scalar as written, and its resolved value.
public struct Scalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML unescaping and folding.
    public var text: String
    public var style: Style
    /// An explicit tag such as `!!str`, if one was written.
    public var tag: String?

    public init(_ text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }
}

/// What a scalar means. Only `true`/`false` are booleans; `~`, `null` and the empty plain scalar are
/// null; plain scalars that read as numbers are `int` or `double`; everything else, and every quoted
/// or block scalar, is a string.
public enum ScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
}
