/// One lexical token of a CEL expression.
struct Token: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        /// An integer literal's magnitude; `-9223372036854775808` needs one more than `Int64.max`.
        case int(UInt64)
        case double(Double)
        case string(String)
        case identifier(String)
        /// A backtick-quoted field name, as in ``m.`content-type` ``.
        case quotedIdentifier(String)
        /// An operator or punctuation, spelled as in the source (`&&`, `(`, `in` …).
        case symbol(String)
        case end
        /// Text that is no token, with the error that says why.
        case invalid(CELError)
    }

    var kind: Kind
    /// The 0-based character offset of the token's first character.
    var offset: Int

    /// Whether the token is the given operator or punctuation.
    func `is`(_ symbol: String) -> Bool { kind == .symbol(symbol) }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .int, .double: "number"
        case .string: "string"
        case .identifier(let name): "'\(name)'"
        case .quotedIdentifier(let name): "`\(name)`"
        case .symbol(let s): "'\(s)'"
        case .end: "end of expression"
        case .invalid(let error): error.message
        }
    }
}

/// Words CEL reserves: the literals and `in`, plus words kept for future use.
let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
    "package", "namespace", "return", "var", "void", "while",
]
