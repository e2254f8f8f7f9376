extension Lexer {
    /// Reads a quoted string literal at the current position (after any `r` prefix):
    /// single or double quotes, tripled for multi-line text, with CEL's escapes unless raw.
    mutating func string(raw: Bool) throws(CELError) -> String {
        let start = position
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        var result = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw error("unterminated string literal", at: start) }
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                position += triple ? 3 : 1
                return String(result)
            }
            if !triple && (c == "\n" || c == "\r") {
                throw error("unterminated string literal", at: start)
            }
            if c == "\\" && !raw {
                result.append(try escape())
            } else {
                if c == "\\", let d = peek(1), d == quote || d == "\\" {
                    // A raw string keeps the backslash, but an escaped quote does not end it.
                    result.append(c)
                    position += 1
                    result.append(d)
                    position += 1
                    continue
                }
                result.append(c)
                position += 1
            }
        }
    }

    /// Decodes one escape sequence starting at the backslash.
    private mutating func escape() throws(CELError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let c = peek() else { throw error("unterminated string literal", at: start) }
        position += 1
        switch c {
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "\\", "'", "\"", "`", "?": return c
        case "x", "X": return try codePoint(digits: 2, radix: 16, from: start)
        case "u": return try codePoint(digits: 4, radix: 16, from: start)
        case "U": return try codePoint(digits: 8, radix: 16, from: start)
        case "0"..."3":
            position -= 1
            return try codePoint(digits: 3, radix: 8, from: start)
        default:
            throw error("invalid escape sequence '\\\(c.escapedForMessage)'", at: start)
        }
    }

    private mutating func codePoint(digits: Int, radix: Int, from start: Int) throws(CELError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let d = peek(), let digit = Int(String(d), radix: radix) else {
                throw error("invalid escape sequence", at: start)
            }
            value = value * UInt32(radix) + UInt32(digit)
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("escape sequence is not a valid code point", at: start)
        }
        return scalar
    }
}
