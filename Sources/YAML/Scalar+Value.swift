extension Scalar {
    /// The scalar's meaning under the rules of DESIGN §9, a strict subset of the YAML 1.2 core schema.
    ///
    /// - Quoted and block scalars, and any scalar tagged `!!str`, are strings.
    /// - Plain `true` and `false` are booleans (not `yes`, `True`, `on`).
    /// - Plain `~`, `null` and the empty plain scalar are null.
    /// - Plain decimal integers with an optional sign (`12`, `-3`, `+7`, `012`), and `0x`/`0o`
    ///   hexadecimal and octal integers, are `int`. A decimal integer too large for `Int` is a
    ///   `double`; a hexadecimal or octal one too large is a string.
    /// - Plain decimal floats (`1.5`, `-2e3`, `.5`, `1.`), `.inf`, `-.inf`, `+.inf` and `.nan`
    ///   (also capitalized or upper-case, as in the core schema) are `double`.
    /// - Everything else, dates such as `2026-10-14` included, is a string.
    ///
    /// Tags other than `!!str` do not change the value.
    public var value: ScalarValue {
        if style != .plain || tag == "!!str" { return .string(text) }
        switch Self.glance(text.utf8) {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return .int(int)
        case .text: return .string(text)
        case .number: return Self.number(text) ?? .string(text)
        }
    }

    /// Whether the scalar resolves to null, found without building its value.
    public var isNull: Bool {
        guard style == .plain, tag != "!!str" else { return false }
        if case .null = Self.glance(text.utf8) { return true }
        return false
    }

    /// What the bytes of a plain scalar settle at a glance: the words, and short decimal integers.
    private enum Glance {
        case null
        case bool(Bool)
        case int(Int)
        /// Not a number: a string.
        case text
        /// Starts like a number: `number(_:)` decides.
        case number
    }

    private static func glance(_ bytes: String.UTF8View) -> Glance {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "~"): return bytes.count == 1 ? .null : .text
        case UInt8(ascii: "n"): return bytes.elementsEqual("null".utf8) ? .null : .text
        case UInt8(ascii: "t"): return bytes.elementsEqual("true".utf8) ? .bool(true) : .text
        case UInt8(ascii: "f"): return bytes.elementsEqual("false".utf8) ? .bool(false) : .text
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return shortDecimalInteger(bytes).map(Glance.int) ?? .number
        default: return .text
        }
    }

    /// The number a plain scalar that starts with a digit, a sign or a dot spells, or nil.
    private static func number(_ text: String) -> ScalarValue? {
        guard let first = text.utf8.first else { return nil }
        let utf8 = Array(text.utf8)
        let signed = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        let body = signed ? Array(utf8.dropFirst()) : utf8
        // Only the words start with a dot; a number such as `0.5` is not made into a string to be
        // compared with each of them.
        if body.first == UInt8(ascii: ".") {
            switch String(decoding: body, as: UTF8.self) {
            case ".inf", ".Inf", ".INF": return .double(first == UInt8(ascii: "-") ? -.infinity : .infinity)
            case ".nan", ".NaN", ".NAN": return signed ? nil : .double(.nan)
            default: break
            }
        }
        if !signed, body.count > 2, body[0] == UInt8(ascii: "0") {
            if body[1] == UInt8(ascii: "x"), body[2...].allSatisfy(\.isHexDigit) {
                return Int(String(decoding: body[2...], as: UTF8.self), radix: 16).map(ScalarValue.int) ?? .string(text)
            }
            if body[1] == UInt8(ascii: "o"), body[2...].allSatisfy(\.isOctalDigit) {
                return Int(String(decoding: body[2...], as: UTF8.self), radix: 8).map(ScalarValue.int) ?? .string(text)
            }
        }
        if !body.isEmpty, body.allSatisfy(\.isDecimalDigit) {
            if let int = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int(int) }
            return Double(text).map(ScalarValue.double)
        }
        return isDecimalFloat(body) ? Double(text).map(ScalarValue.double) : nil
    }

    /// The value of an optionally signed decimal integer of at most 18 digits, which cannot overflow;
    /// nil for anything else.
    private static func shortDecimalInteger(_ bytes: String.UTF8View) -> Int? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte.isDecimalDigit else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// Whether bytes match `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    private static func isDecimalFloat(_ body: [UInt8]) -> Bool {
        var index = 0
        var mantissaDigits = 0
        while index < body.count, body[index].isDecimalDigit {
            index += 1
            mantissaDigits += 1
        }
        if index < body.count, body[index] == UInt8(ascii: ".") {
            index += 1
            while index < body.count, body[index].isDecimalDigit {
                index += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if index < body.count, body[index] == UInt8(ascii: "e") || body[index] == UInt8(ascii: "E") {
            index += 1
            if index < body.count, body[index] == UInt8(ascii: "-") || body[index] == UInt8(ascii: "+") {
                index += 1
            }
            let exponentStart = index
            while index < body.count, body[index].isDecimalDigit { index += 1 }
            guard index > exponentStart else { return false }
        }
        return index == body.count
    }
}

extension UInt8 {
    fileprivate var isDecimalDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isOctalDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(self) }
    fileprivate var isHexDigit: Bool {
        isDecimalDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
