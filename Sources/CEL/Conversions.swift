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

    /// `string(double)`: the shortest text that reads back as the same double, without a
    /// trailing `.0` on whole numbers (`string(2.0)` is `"2"`), exponent from 1e21 up.
    static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
        var text = "\(d)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
