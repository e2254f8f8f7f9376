/// Parses RE2 syntax (the subset described in ``Pattern``) into a ``PatternNode``.
struct PatternParser {
    struct Failure: Error { var message: String }

    /// Groups nest at most this deep, so the parser and compiler never recurse far.
    static let maxNesting = 100
    /// The largest count allowed in `{n,m}`, as in RE2.
    static let maxRepeat = 1_000

    let scalars: [Unicode.Scalar]
    private var position = 0
    private var nesting = 0
    private var caseInsensitive = false
    private var dotMatchesNewline = false
    private var multiLine = false

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    mutating func parse() throws(Failure) -> PatternNode {
        let node = try alternation()
        if position < scalars.count { throw Failure(message: "unexpected ')'") }
        return node
    }

    var caseInsensitiveForClasses: Bool { caseInsensitive }
    func peekScalar(_ ahead: Int = 0) -> Unicode.Scalar? { peek(ahead) }
    mutating func advanceScalar(_ count: Int = 1) { position += count }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func take() throws(Failure) -> Unicode.Scalar {
        guard let c = peek() else { throw Failure(message: "unexpected end of pattern") }
        position += 1
        return c
    }

    private mutating func alternation() throws(Failure) -> PatternNode {
        var branches = [try concatenation()]
        while peek() == "|" {
            position += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func concatenation() throws(Failure) -> PatternNode {
        var items: [PatternNode] = []
        while let c = peek(), c != "|", c != ")" {
            items.append(try repetition())
        }
        return items.isEmpty ? .empty : (items.count == 1 ? items[0] : .concat(items))
    }

    private mutating func repetition() throws(Failure) -> PatternNode {
        if let c = peek(), "*+?".unicodeScalars.contains(c) {
            throw Failure(message: "missing argument to repetition operator '\(c)'")
        }
        let atom = try self.atom()
        guard let (min, max) = try quantifier() else { return atom }
        if peek() == "?" { position += 1 }  // laziness does not change whether there is a match
        if try quantifier() != nil { throw Failure(message: "bad repetition operator") }
        return .repeat(atom, min: min, max: max)
    }

    /// `*`, `+`, `?` or `{n}`, `{n,}`, `{n,m}` at the current position, consumed.
    private mutating func quantifier() throws(Failure) -> (Int, Int?)? {
        switch peek() {
        case "*":
            position += 1
            return (0, nil)
        case "+":
            position += 1
            return (1, nil)
        case "?":
            position += 1
            return (0, 1)
        case "{":
            let start = position
            position += 1
            guard let min = number() else {
                position = start  // not a count: a literal '{'
                return nil
            }
            var max: Int? = min
            if peek() == "," {
                position += 1
                max = number()
            }
            guard peek() == "}" else {
                position = start
                return nil
            }
            position += 1
            if min > Self.maxRepeat || (max ?? 0) > Self.maxRepeat || (max.map { $0 < min } ?? false) {
                throw Failure(message: "bad repetition count")
            }
            return (min, max)
        default: return nil
        }
    }

    private mutating func number() -> Int? {
        var digits = ""
        while let d = peek(), d.isDigit, digits.count < 8 {
            digits.unicodeScalars.append(d)
            position += 1
        }
        return Int(digits)
    }

    private mutating func atom() throws(Failure) -> PatternNode {
        let c = try take()
        switch c {
        case "(": return try group()
        case "[": return .set(try bracketClass())
        case ".":
            return .set(dotMatchesNewline ? .of(0...0x10FFFF) : .of(0x0A...0x0A, negated: true))
        case "^": return .assertion(multiLine ? .lineStart : .textStart)
        case "$": return .assertion(multiLine ? .lineEnd : .textEnd)
        case "\\":
            switch peek() {
            case "b":
                position += 1
                return .assertion(.wordBoundary)
            case "B":
                position += 1
                return .assertion(.notWordBoundary)
            case "A":
                position += 1
                return .assertion(.textStart)
            case "z":
                position += 1
                return .assertion(.textEnd)
            default: return .set(try escape())
            }
        default:
            return .set(literal(c))
        }
    }

    private func literal(_ c: Unicode.Scalar) -> ScalarSet {
        var set = ScalarSet.of(c.value...c.value)
        set.foldsCase = caseInsensitive
        return set
    }

    private typealias Flags = (caseInsensitive: Bool, dotMatchesNewline: Bool, multiLine: Bool)

    private var flags: Flags {
        get { (caseInsensitive, dotMatchesNewline, multiLine) }
        set { (caseInsensitive, dotMatchesNewline, multiLine) = newValue }
    }

    /// After `(`: a group, possibly non-capturing or named, or `(?flags)` that sets flags until
    /// the enclosing group closes.
    private mutating func group() throws(Failure) -> PatternNode {
        guard peek() == "?" else { return try groupBody(flags) }
        position += 1
        if peek() == "P" || (peek() == "<" && peek(1) != "=" && peek(1) != "!") {
            if peek() == "P" { position += 1 }
            guard try take() == "<" else { throw Failure(message: "invalid named group") }
            while let c = peek(), c != ">" { position += 1 }
            guard try take() == ">" else { throw Failure(message: "invalid named group") }
            return try groupBody(flags)
        }
        var newFlags = flags
        var enable = true
        while true {
            let f = try take()
            switch f {
            case "i": newFlags.caseInsensitive = enable
            case "s": newFlags.dotMatchesNewline = enable
            case "m": newFlags.multiLine = enable
            case "U": break  // ungreedy: does not change whether there is a match
            case "-" where enable: enable = false
            case ")":
                flags = newFlags
                return .empty
            case ":": return try groupBody(newFlags)
            default: throw Failure(message: "invalid or unsupported group flag '\(f.escapedForMessage)'")
            }
        }
    }

    /// A group's alternatives up to its `)`, parsed with `groupFlags`; the flags outside return after.
    private mutating func groupBody(_ groupFlags: Flags) throws(Failure) -> PatternNode {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maxNesting { throw Failure(message: "pattern nests deeper than \(Self.maxNesting) groups") }
        let outside = flags
        defer { flags = outside }
        flags = groupFlags
        let body = try alternation()
        guard peek() == ")" else { throw Failure(message: "missing ')'") }
        position += 1
        return body
    }
}
