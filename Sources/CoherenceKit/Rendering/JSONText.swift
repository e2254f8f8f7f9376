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
    ///
    /// - Parameter value: The number; nil for `null`.
    /// - Returns: The JSON value.
    public static func number(_ value: Double?) -> JSONText {
        value.map(JSONText.double) ?? .null
    }

    /// A level value as the scorecard writes one: an integer when whole; `null` when absent.
    ///
    /// - Parameter value: The level value; nil for `null`.
    /// - Returns: The JSON value: `3`, not `3.0`, for a whole value.
    public static func level(_ value: Double?) -> JSONText {
        guard let value else { return .null }
        return LevelText.whole(value).map(JSONText.integer) ?? .double(value)
    }

    /// A string, or `null` when absent.
    ///
    /// - Parameter value: The text; nil for `null`.
    /// - Returns: The JSON value.
    public static func string(_ value: String?) -> JSONText {
        value.map(JSONText.string) ?? .null
    }

    /// An array of strings.
    ///
    /// - Parameter values: The strings, in order.
    /// - Returns: The JSON array.
    public static func strings(_ values: [String]) -> JSONText {
        .array(values.map(JSONText.string))
    }

    /// The value printed with two-space indentation; arrays of scalars stay on one line.
    ///
    /// - Returns: The JSON text, without a final newline.
    public func rendered() -> String {
        var buffer = JSONBuffer()
        write(into: &buffer, indent: 0)
        return buffer.text
    }

    /// Appends the rendered value, whose lines after the first are indented by `indent` spaces.
    func write(into buffer: inout JSONBuffer, indent: Int) {
        switch self {
        case .null: buffer.append("null")
        case .bool(let b): if b { buffer.append("true") } else { buffer.append("false") }
        case .integer(let i): buffer.append(i)
        case .double(let d): if d.isFinite { buffer.append(d) } else { buffer.append("null") }
        case .string(let s): buffer.appendQuoted(s)
        case .array(let elements):
            if elements.isEmpty {
                buffer.append("[]")
            } else if elements.allSatisfy(\.isScalar) {
                buffer.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { buffer.append(", ") }
                    element.write(into: &buffer, indent: 0)
                }
                buffer.append(UInt8(ascii: "]"))
            } else {
                buffer.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { buffer.append(UInt8(ascii: ",")) }
                    buffer.newLine(indent: indent + 2)
                    element.write(into: &buffer, indent: indent + 2)
                }
                buffer.newLine(indent: indent)
                buffer.append(UInt8(ascii: "]"))
            }
        case .object(let members):
            if members.isEmpty {
                buffer.append("{}")
                return
            }
            buffer.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.newLine(indent: indent + 2)
                buffer.appendQuoted(member.0)
                buffer.append(": ")
                member.1.write(into: &buffer, indent: indent + 2)
            }
            buffer.newLine(indent: indent)
            buffer.append(UInt8(ascii: "}"))
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
