/// A JSON value with ordered object keys, printed deterministically for humans and machines.
///
/// Doubles print in Swift's shortest round-trip form (`50.0`, `61.25`, `1e-05`); whole numbers such
/// as answered values can print as integers with `.integer`.
public indirect enum JSONText: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    /// A double, or `null` when absent.
    public static func number(_ value: Double?) -> JSONText {
        value.map(JSONText.double) ?? .null
    }

    /// A string, or `null` when absent.
    public static func string(_ value: String?) -> JSONText {
        value.map(JSONText.string) ?? .null
    }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONText {
        .array(values.map(JSONText.string))
    }

    /// The value printed with two-space indentation; arrays of scalars stay on one line.
    public func rendered(indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .double(let d): return d.isFinite ? d.description : "null"
        case .string(let s): return Self.quoted(s)
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            if elements.allSatisfy(\.isScalar) {
                return "[" + elements.map { $0.rendered() }.joined(separator: ", ") + "]"
            }
            let inner = indent + "  "
            return "[\n" + elements.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let inner = indent + "  "
            return "{\n"
                + members.map { inner + Self.quoted($0.0) + ": " + $0.1.rendered(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// `s` as a JSON string literal, escaping quotes, backslashes and control characters.
    static func quoted(_ s: String) -> String {
        var result = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
