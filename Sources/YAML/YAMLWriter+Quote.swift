extension YAMLWriter {
    /// The string as a YAML scalar that reads back as the same string, in block and flow context.
    ///
    /// Plain when that is safe: not empty, no surrounding spaces, not read as null, a boolean or a
    /// number (by this parser or a YAML 1.1 one: `yes`, `No`, `on`, `1_000`, `12:30`, dates), no
    /// leading indicator, no `: `, ` #`, trailing `:`, flow punctuation, tabs, breaks or control
    /// characters. Otherwise double-quoted, escaping `\\`, `\"`, `\n`, `\t`, `\r`, `\0`, other
    /// control characters as `\xNN`, and unprintable characters as `\uNNNN`.
    public static func quote(_ string: String) -> String {
        isPlainSafe(string) ? string : doubleQuoted(string)
    }

    /// The string in double quotes with escapes.
    public static func doubleQuoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += "\\x" + hex(UInt8(scalar.value))
                } else if !isPrintable(scalar) {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    result +=
                        scalar.value > 0xFFFF
                        ? "\\U" + String(repeating: "0", count: 8 - digits.count) + digits
                        : "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let yaml11Words: Set<String> = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    ]
    private static let leadingIndicators = Set("-?:,[]{}#&*!|>'\"%@`".unicodeScalars)
    private static let flowPunctuation = Set(",[]{}".unicodeScalars)
    private static let numberLike = Set("0123456789_:.+-eExXoObBabcdfABCDF".unicodeScalars)

    /// Checks scalars, not Characters, as libyaml reads them: a ':' that shares a grapheme cluster
    /// with its neighbour ("\u{600}:") is still an indicator to a YAML reader.
    static func isPlainSafe(_ string: String) -> Bool {
        let scalars = Array(string.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if Scalar(string).value != .string(string) { return false }
        if yaml11Words.contains(string.lowercased()) { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace || last == ":" { return false }
        if leadingIndicators.contains(first) || scalars.prefix(3).elementsEqual("...".unicodeScalars) { return false }
        if ("0"..."9").contains(first) || first == "." || first == "+", scalars.allSatisfy(numberLike.contains) {
            return false
        }
        for (scalar, next) in zip(scalars, scalars.dropFirst()) {
            if (scalar == ":" && next == " ") || (scalar == " " && next == "#") { return false }
        }
        if scalars.contains(where: flowPunctuation.contains) { return false }
        return scalars.allSatisfy { $0 != "\t" && $0.value >= 0x20 && isPrintable($0) }
    }

    /// Whether libyaml accepts the character unescaped; line breaks other than LF are excluded.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E: return true
        case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
