extension Value {
    /// The value as JSON text (DESIGN.md §7): an int as a number, a double always with a decimal
    /// point or an exponent (`1.0`, `1e+300`), NaN and the infinities as the strings `"NaN"`,
    /// `"Infinity"` and `"-Infinity"`, strings with JSON escapes, map keys as JSON strings
    /// (`{"1": …}` for an int key), `null` as `null`. Lists and maps print on one line, with
    /// `", "` and `": "` separators and map entries in insertion order.
    public var json: String {
        var out = ""
        writeJSON(to: &out)
        return out
    }

    private func writeJSON(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += Self.jsonNumber(d)
        case .string(let s): Self.writeJSONString(s, to: &out)
        case .list(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ", " }
                element.writeJSON(to: &out)
            }
            out += "]"
        case .map(let map):
            out += "{"
            for (i, (key, value)) in zip(map.keys, map.values).enumerated() {
                if i > 0 { out += ", " }
                if case .string(let s) = key {
                    Self.writeJSONString(s, to: &out)
                } else {
                    Self.writeJSONString(key.json, to: &out)
                }
                out += ": "
                value.writeJSON(to: &out)
            }
            out += "}"
        }
    }

    static func jsonNumber(_ d: Double) -> String {
        if d.isNaN { return "\"NaN\"" }
        if d.isInfinite { return d > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
        return "\(d)"  // Swift's shortest round-trip form always has a "." or an "e".
    }

    static func writeJSONString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
