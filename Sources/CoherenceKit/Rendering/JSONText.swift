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

    /// Appends the rendered value to `text`.
    public func write(to text: inout String, indent: String = "") {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 12)
        write(into: &bytes, indent: Array(indent.utf8))
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the rendered value's UTF-8 bytes: one growing buffer, no intermediate strings.
    func write(into bytes: inout [UInt8], indent: [UInt8]) {
        switch self {
        case .null: bytes += Self.nullBytes
        case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
        case .integer(let i): bytes.append(contentsOf: String(i).utf8)
        case .double(let d):
            if d.isFinite { bytes.append(contentsOf: d.description.utf8) } else { bytes += Self.nullBytes }
        case .string(let s): Self.writeQuoted(s, into: &bytes)
        case .array(let elements):
            if elements.isEmpty {
                bytes.append(contentsOf: "[]".utf8)
            } else if elements.allSatisfy(\.isScalar) {
                bytes.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { bytes.append(contentsOf: ", ".utf8) }
                    element.write(into: &bytes, indent: [])
                }
                bytes.append(UInt8(ascii: "]"))
            } else {
                let inner = indent + Self.step
                bytes.append(contentsOf: "[\n".utf8)
                for (index, element) in elements.enumerated() {
                    if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                    bytes += inner
                    element.write(into: &bytes, indent: inner)
                }
                bytes.append(UInt8(ascii: "\n"))
                bytes += indent
                bytes.append(UInt8(ascii: "]"))
            }
        case .object(let members):
            if members.isEmpty {
                bytes.append(contentsOf: "{}".utf8)
                return
            }
            let inner = indent + Self.step
            bytes.append(contentsOf: "{\n".utf8)
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                bytes += inner
                Self.writeQuoted(member.0, into: &bytes)
                bytes.append(contentsOf: ": ".utf8)
                member.1.write(into: &bytes, indent: inner)
            }
            bytes.append(UInt8(ascii: "\n"))
            bytes += indent
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let nullBytes = Array("null".utf8)
    private static let step = Array("  ".utf8)

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Appends `s` as a JSON string literal; strings with nothing to escape are copied whole.
    static func writeQuoted(_ s: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        var s = s
        let plain = s.withUTF8 { utf8 in
            !utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        guard !plain else {
            s.withUTF8 { bytes.append(contentsOf: $0) }
            return
        }
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
    }
}
