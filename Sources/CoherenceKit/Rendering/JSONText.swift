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
        var text = ""
        write(to: &text, indent: indent)
        return text
    }

    /// Appends the rendered value to `text`: one growing buffer, no intermediate strings.
    public func write(to text: inout String, indent: String = "") {
        switch self {
        case .null: text += "null"
        case .bool(let b): text += b ? "true" : "false"
        case .integer(let i): text += String(i)
        case .double(let d): text += d.isFinite ? d.description : "null"
        case .string(let s): Self.writeQuoted(s, to: &text)
        case .array(let elements):
            if elements.isEmpty {
                text += "[]"
            } else if elements.allSatisfy(\.isScalar) {
                text += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { text += ", " }
                    element.write(to: &text)
                }
                text += "]"
            } else {
                let inner = indent + "  "
                text += "[\n"
                for (index, element) in elements.enumerated() {
                    if index > 0 { text += ",\n" }
                    text += inner
                    element.write(to: &text, indent: inner)
                }
                text += "\n" + indent + "]"
            }
        case .object(let members):
            if members.isEmpty {
                text += "{}"
                return
            }
            let inner = indent + "  "
            text += "{\n"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ",\n" }
                text += inner
                Self.writeQuoted(member.0, to: &text)
                text += ": "
                member.1.write(to: &text, indent: inner)
            }
            text += "\n" + indent + "}"
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
        var result = ""
        writeQuoted(s, to: &result)
        return result
    }

    /// Appends `s` as a JSON string literal; strings with nothing to escape are copied whole.
    static func writeQuoted(_ s: String, to text: inout String) {
        text += "\""
        defer { text += "\"" }
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            text += s
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
