import TestSupport
import Testing
import YAML

@testable import CoherenceKit

/// The JSON byte buffer prints numbers exactly as Swift does and escapes strings as JSON requires.
@Suite struct JSONBufferTests {
    static func text(_ write: (inout JSONBuffer) -> Void) -> String {
        var buffer = JSONBuffer(capacity: 8)
        write(&buffer)
        return buffer.text
    }

    /// Values near the edges of the direct path: zero's sign, quarters, 2⁴⁸ where it stops, 2⁵³ and
    /// 10¹⁶ where `description` changes form, and values that never take it.
    static let edges: [Double] = [
        0, -0.0, 1, -1, 0.25, 0.5, 0.75, -0.25, 1.5, 3.25, 75, 100, 0.125, 0.1, 1.0 / 3, 1e-5, 1e-4,
        .leastNonzeroMagnitude,
        0x1p48 - 1, 0x1p48 - 0.25, 0x1p48 - 0.75, 0x1p48, 0x1p48 + 1, -(0x1p48 - 0.25), 0x1p47 + 0.25,
        0x1p53 - 1, 0x1p53, 0x1p53 + 2, 1e15, 1e15 + 0.25, 1e16, 1e17, 999_999_999_999_999.9,
        Double(Int.max), Double(Int.min), Double(UInt.max), .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .leastNormalMagnitude, .ulpOfOne,
    ]

    @Test func doublesPrintAsDescriptionDoes() {
        var values = Self.edges
        for n in -2000...2000 { values.append(Double(n) / 4) }
        for n in -200...200 { values.append(Double(n) / 8) }
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<20_000 {
            values.append(Double.random(in: 0...100, using: &generator))
            values.append((Double.random(in: -1e6...1e6, using: &generator) * 4).rounded() / 4)
            values.append(Double(Int64.random(in: -(1 << 53)...(1 << 53), using: &generator)))
            let bits = Double(bitPattern: generator.next())
            if bits.isFinite { values.append(bits) }
        }
        for exponent in -60...60 {
            let power = Double(sign: .plus, exponent: exponent, significand: 1)
            values += [power, power.nextUp, power.nextDown, -power, power * 0.75]
        }
        for value in values {
            #expect(Self.text { $0.append(value) } == value.description, "\(value.bitPattern)")
        }
    }

    @Test func nonFiniteDoublesAreNull() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(JSONText.double(value).rendered() == "null")
            var writer = JSONByteWriter()
            writer.number(value)
            #expect(writer.text == "null")
        }
    }

    @Test(arguments: [0, 1, -1, 9, 10, -10, 99, 100, 123_456_789, Int.max, Int.min])
    func integersPrintAsDescriptionDoes(_ value: Int) {
        #expect(Self.text { $0.append(value) } == value.description)
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let text = "id-01 \"quoted\" back\\slash é 🇫🇷 \u{7F}" + controls + "end"
        let expected =
            "\"id-01 \\\"quoted\\\" back\\\\slash é 🇫🇷 \u{7F}"
            + "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\t\\n\\u000b\\u000c\\r\\u000e\\u000f"
            + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f"
            + "end\""
        #expect(Self.text { $0.appendQuoted(text) } == expected)
        #expect(Self.text { $0.appendQuoted("") } == "\"\"")
        #expect(Self.text { $0.appendQuoted("\"") } == "\"\\\"\"")
    }

    /// Strings are checked and copied a word at a time: an escape at every position of strings of
    /// every length up to three words is still found.
    @Test func escapesAreFoundAtEveryPosition() {
        func reference(_ s: String) -> String {
            var text = "\""
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "\""): text += "\\\""
                case UInt8(ascii: "\\"): text += "\\\\"
                case UInt8(ascii: "\n"): text += "\\n"
                case 0x01: text += "\\u0001"
                case 0x1F: text += "\\u001f"
                default: text += String(UnicodeScalar(byte))
                }
            }
            return text + "\""
        }
        let plain = Array("abcdefghijklmnopqrstuvwxyz~ !#[]".utf8)
        for length in 0...plain.count {
            let base = String(decoding: plain[..<length], as: UTF8.self)
            #expect(Self.text { $0.appendQuoted(base) } == "\"" + base + "\"")
            for position in 0..<length {
                for escaped in [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), 0x01, 0x1F, 0x7F] {
                    var bytes = Array(plain[..<length])
                    bytes[position] = escaped
                    let s = String(decoding: bytes, as: UTF8.self)
                    #expect(Self.text { $0.appendQuoted(s) } == reference(s), "\(length) \(position) \(escaped)")
                }
            }
        }
    }

    /// Escaping terminal controls gives what `escapingControlCharacters` makes of the plain
    /// literal, for strings of every length with DEL, C1 controls and the characters around them
    /// (U+00A0 and `°` share C1's first byte) at every position.
    @Test func terminalControlsAreEscapedAsInTerminalOutput() {
        let pool: [Character] = [
            "a", "Z", " ", "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "°", "é", "漢", "😀", "\"", "\n",
            "\u{1B}",
        ]
        var generator = SeededGenerator(seed: 13)
        for length in 0..<40 {
            for _ in 0..<40 {
                let s = String((0..<length).map { _ in pool.randomElement(using: &generator)! })
                var escaping = JSONBuffer(capacity: 8, escapingTerminalControls: true)
                escaping.appendQuoted(s)
                #expect(escaping.text == Self.text { $0.appendQuoted(s) }.escapingControlCharacters, "\(Array(s.utf8))")
            }
        }
    }

    /// A buffer grows past its first capacity, keeps what it holds, and starts over when emptied.
    @Test func growsAndEmpties() {
        var buffer = JSONBuffer(capacity: 8)
        var expected = ""
        for n in 0..<1000 {
            buffer.appendQuoted("item-\(n)")
            buffer.newLine(indent: n % 13)
            expected += "\"item-\(n)\"\n" + String(repeating: " ", count: n % 13)
        }
        #expect(buffer.text == expected)
        buffer.removeAll()
        buffer.append("null")
        #expect(buffer.text == "null")
    }
}
