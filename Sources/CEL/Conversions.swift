/// The type conversion functions `int()`, `double()`, `string()` and `bool()`.
enum Conversions {
    static func int(_ v: Value, at offset: Int) throws(CELError) -> Value {
        switch v {
        case .int: return v
        case .double(let d):
            // Both bounds exclusive, as in the CEL conformance suite (-2^63 as a double is out).
            guard d > -9_223_372_036_854_775_808.0 && d < 9_223_372_036_854_775_808.0 else {
                throw CELError("double \(Value.double(d).json) is out of the int range", offset: offset)
            }
            return .int(Int64(d))
        case .string(let s):
            guard let i = Int64(s) else { throw CELError("cannot convert '\(s)' to int", offset: offset) }
            return .int(i)
        default:
            throw CELError("no such overload: int(\(v.typeName))", offset: offset)
        }
    }

    static func double(_ v: Value, at offset: Int) throws(CELError) -> Value {
        switch v {
        case .double: return v
        case .int(let i): return .double(Double(i))
        case .string(let s):
            guard let d = Double(s) else { throw CELError("cannot convert '\(s)' to double", offset: offset) }
            return .double(d)
        default:
            throw CELError("no such overload: double(\(v.typeName))", offset: offset)
        }
    }

    static func string(_ v: Value, at offset: Int) throws(CELError) -> Value {
        switch v {
        case .string: return v
        case .int(let i): return .string(String(i))
        case .double(let d): return .string(formatDouble(d))
        case .bool(let b): return .string(b ? "true" : "false")
        default:
            throw CELError("no such overload: string(\(v.typeName))", offset: offset)
        }
    }

    static func bool(_ v: Value, at offset: Int) throws(CELError) -> Value {
        switch v {
        case .bool: return v
        case .string(let s):
            switch s {
            case "1", "t", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "false", "FALSE", "False": return .bool(false)
            default: throw CELError("cannot convert '\(s)' to bool", offset: offset)
            }
        default:
            throw CELError("no such overload: bool(\(v.typeName))", offset: offset)
        }
    }

    /// `string(double)` as cel-go prints it (Go's `%g` with the shortest digits that read back
    /// as the same double): `1.5`, `100`, `123456`, `1.234567e+06`, `1.5e-05`, `NaN`, `+Inf`.
    static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Swift prints the shortest round-trip digits; take them and the decimal exponent.
        let text = "\(d.magnitude)"
        let parts = text.split(separator: "e")
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let pointIndex = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        exponent += mantissa.distance(from: mantissa.startIndex, to: pointIndex) - 1
        var digits = mantissa.filter { $0 != "." }
        let leadingZeros = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leadingZeros)
        exponent -= leadingZeros
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        let sign = d < 0 ? "-" : ""
        if exponent < -4 || exponent >= 6 {  // Go's rule for the shortest %g
            var result = sign + String(digits.first!)
            if digits.count > 1 { result += "." + digits.dropFirst() }
            let e = abs(exponent)
            return result + (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + String(e)
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        if digits.count <= exponent + 1 {
            return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
        return sign + digits[..<split] + "." + digits[split...]
    }
}
