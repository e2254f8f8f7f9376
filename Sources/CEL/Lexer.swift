/// Splits a CEL source into tokens, decoding literals and reporting character offsets.
struct Lexer {
    let scalars: [Unicode.Scalar]
    /// The character offset of each scalar position (one more entry for the end).
    private let characterOffsets: [Int]
    private let source: String
    var position = 0

    init(_ source: String) {
        self.source = source
        var text = source
        if text.withUTF8({ bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }) {
            // ASCII without "\r\n": every byte is one scalar and one character.
            scalars = text.withUTF8 { bytes in bytes.map { Unicode.Scalar($0) } }
            characterOffsets = Array(0...scalars.count)
            return
        }
        scalars = Array(source.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var count = 0
        for character in source {
            for _ in character.unicodeScalars { offsets.append(count) }
            count += 1
        }
        offsets.append(count)
        characterOffsets = offsets
    }

    /// The next token; `.end` at the end, `.invalid` with the error where no token can be read.
    mutating func nextToken() -> Token {
        do {
            return try next()
        } catch {
            return Token(kind: .invalid(error), offset: error.offset ?? characterOffsets[position])
        }
    }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let i = position + ahead
        return i < scalars.count ? scalars[i] : nil
    }

    func error(_ message: String, at scalarPosition: Int) -> CELError {
        let offset = characterOffsets[min(scalarPosition, characterOffsets.count - 1)]
        return CELError("\(message) at \(SourcePosition.describe(offset, in: source))", offset: offset)
    }

    private mutating func next() throws(CELError) -> Token {
        skipSpaceAndComments()
        let start = position
        let offset = characterOffsets[start]
        guard let c = peek() else { return Token(kind: .end, offset: offset) }
        if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
            return Token(kind: try number(), offset: offset)
        }
        if c == "\"" || c == "'" {
            return Token(kind: .string(try string(raw: false)), offset: offset)
        }
        if (c == "r" || c == "R") && isQuote(peek(1)) {
            position += 1
            return Token(kind: .string(try string(raw: true)), offset: offset)
        }
        if c == "b" || c == "B", isQuote(peek(1)) || ((peek(1) == "r" || peek(1) == "R") && isQuote(peek(2))) {
            throw error("bytes literals are not supported", at: start)
        }
        if c.isIdentifierStart {
            while let d = peek(), d.isIdentifierStart || d.isDigit { position += 1 }
            let word = asciiText(start..<position)
            if word == "in" { return Token(kind: .symbol("in"), offset: offset) }
            return Token(kind: .identifier(word), offset: offset)
        }
        if c == "`" {
            position += 1
            while let d = peek(), d != "`", d != "\n" { position += 1 }
            guard peek() == "`", position > start + 1 else { throw error("unterminated quoted field name", at: start) }
            position += 1
            let name = String(String.UnicodeScalarView(scalars[(start + 1)..<(position - 1)]))
            return Token(kind: .quotedIdentifier(name), offset: offset)
        }
        if let second = peek(1), let symbol = Self.twoCharacterSymbol(c, second) {
            position += 2
            return Token(kind: .symbol(symbol), offset: offset)
        }
        if Self.oneCharacterSymbols.contains(c) {
            position += 1
            return Token(kind: .symbol(String(c)), offset: offset)
        }
        if c == "=" || c == "&" || c == "|" {
            throw error("unexpected '\(c)' (did you mean '\(c)\(c)'?)", at: start)
        }
        throw error("unexpected character '\(c.escapedForMessage)'", at: start)
    }

    private func isQuote(_ c: Unicode.Scalar?) -> Bool { c == "\"" || c == "'" }

    /// `==`, `!=`, `<=`, `>=`, `&&` or `||` when `first` and `second` spell one.
    private static func twoCharacterSymbol(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> String? {
        switch (first, second) {
        case ("=", "="): "=="
        case ("!", "="): "!="
        case ("<", "="): "<="
        case (">", "="): ">="
        case ("&", "&"): "&&"
        case ("|", "|"): "||"
        default: nil
        }
    }

    private static let oneCharacterSymbols = Set("<>!+-*/%?:.,[](){}".unicodeScalars)

    /// The text of the scalars in `range`, which are all ASCII (a name or a number).
    private func asciiText(_ range: Range<Int>) -> String {
        String(decoding: scalars[range].map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                position += 1
            } else if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func number() throws(CELError) -> Token.Kind {
        let start = position
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            position += 2
            let digitsStart = position
            while let d = peek(), d.isHexDigit { position += 1 }
            let digits = asciiText(digitsStart..<position)
            guard !digits.isEmpty else { throw error("expected hexadecimal digits", at: position) }
            try rejectSuffix()
            guard let value = UInt64(digits, radix: 16) else {
                throw error("integer literal is out of range", at: start)
            }
            return .int(value)
        }
        var isDouble = false
        while let d = peek(), d.isDigit { position += 1 }
        if peek() == ".", peek(1)?.isDigit == true {
            isDouble = true
            position += 1
            while let d = peek(), d.isDigit { position += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { ahead = 2 }
            if peek(ahead)?.isDigit == true {
                isDouble = true
                position += ahead
                while let d = peek(), d.isDigit { position += 1 }
            }
        }
        let text = asciiText(start..<position)
        try rejectSuffix()
        if isDouble {
            guard let value = Double(text) else { throw error("invalid number '\(text)'", at: start) }
            return .double(value)
        }
        guard let value = UInt64(text, radix: 10) else { throw error("integer literal is out of range", at: start) }
        return .int(value)
    }

    /// Unsigned literals (`1u`) are outside the subset; letters glued to a number are a typo.
    private mutating func rejectSuffix() throws(CELError) {
        guard let c = peek() else { return }
        if c == "u" || c == "U" { throw error("unsigned integers are not supported", at: position) }
        if c.isIdentifierStart { throw error("unexpected '\(c)' after number", at: position) }
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isHexDigit: Bool { isDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
    var isIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
    /// The scalar as it reads in an error message: control characters escaped.
    var escapedForMessage: String {
        value < 0x20 || value == 0x7F ? "\\u{\(String(value, radix: 16))}" : String(self)
    }
}
