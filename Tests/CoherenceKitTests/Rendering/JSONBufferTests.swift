@testable import CoherenceKit
import Testing

/// The JSON byte buffer prints numbers as Swift does and escapes strings as JSON requires.
@Suite struct JSONBufferTests {
    static func text(_ write: (inout JSONBuffer) -> Void) -> String {
        var buffer = JSONBuffer(capacity: 8)
        write(&buffer)
        return buffer.text
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
        let expected = "\"id-01 \\\"quoted\\\" back\\\\slash é 🇫🇷 \u{7F}"
            + "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\t\\n\\u000b\\u000c\\r\\u000e\\u000f"
            + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f"
            + "end\""
        #expect(Self.text { $0.appendQuoted(text) } == expected)
        #expect(Self.text { $0.appendQuoted("") } == "\"\"")
        #expect(Self.text { $0.appendQuoted("\"") } == "\"\\\"\"")
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
