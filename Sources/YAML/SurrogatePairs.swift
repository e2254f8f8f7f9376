/// JSON writes a character beyond U+FFFF in a string as two escapes, a surrogate pair
/// (`"\ud83c\udf89"`), which JSON allows and YAML (so libyaml) refuses. A JSON text is YAML in all
/// else, so before parsing, each such pair in a double-quoted string of a document written in flow
/// style (starting with `{` or `[`, as JSON does) is rewritten as YAML's one escape of the same
/// character, `\U0001f389`. That is two characters shorter, so a column later on the same line is
/// reported two to the left per pair.
enum SurrogatePairs {
    /// `bytes` with every surrogate pair escape joined, or nil when there is none to join.
    static func joined(_ bytes: [UInt8]) -> [UInt8]? {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            bytes[first] == UInt8(ascii: "{") || bytes[first] == UInt8(ascii: "["),
            mayHavePair(bytes)
        else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var changed = false
        var index = 0
        var tokenStart = true
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\"") where tokenStart:
                // A double-quoted string: escapes are copied two bytes at a time, pairs joined.
                result.append(byte)
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        if let (scalar, length) = pair(in: bytes, at: index) {
                            result += Array("\\U".utf8) + hex(scalar, digits: 8)
                            index += length
                            changed = true
                            continue
                        }
                        result += bytes[index...index + 1]
                        index += 2
                        continue
                    }
                    result.append(bytes[index])
                    index += 1
                }
                if index < bytes.count {
                    result.append(bytes[index])
                    index += 1
                }
                tokenStart = false
                continue
            case UInt8(ascii: "'") where tokenStart:
                // A single-quoted string has no escapes but a doubled quote.
                result.append(byte)
                index += 1
                while index < bytes.count {
                    result.append(bytes[index])
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "'") {
                        guard index < bytes.count, bytes[index] == UInt8(ascii: "'") else { break }
                        result.append(bytes[index])
                        index += 1
                    }
                }
                tokenStart = false
                continue
            case UInt8(ascii: "#") where tokenStart:
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                    result.append(bytes[index])
                    index += 1
                }
                continue
            default:
                tokenStart = isSpace(byte) || "[]{},:".utf8.contains(byte)
            }
            result.append(byte)
            index += 1
        }
        return changed ? result : nil
    }

    /// The character of the surrogate pair escape `\uD8xx\uDCxx` at `index`, and the pair's length (12).
    private static func pair(in bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        guard index + 12 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 6] == UInt8(ascii: "\\"),
            bytes[index + 7] == UInt8(ascii: "u"),
            let high = value(bytes[(index + 2)..<(index + 6)]), (0xD800...0xDBFF).contains(high),
            let low = value(bytes[(index + 8)..<(index + 12)]), (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), 12)
    }

    private static func value(_ digits: ArraySlice<UInt8>) -> UInt32? {
        UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
    }

    private static func hex(_ value: UInt32, digits: Int) -> [UInt8] {
        let text = String(value, radix: 16)
        return Array((String(repeating: "0", count: digits - text.count) + text).utf8)
    }

    /// Whether a `\u` followed by `d` or `D` appears at all: most files are settled by this scan.
    private static func mayHavePair(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "\\")) {
            if slash + 2 < bytes.count, bytes[slash + 1] == UInt8(ascii: "u"),
                bytes[slash + 2] | 0x20 == UInt8(ascii: "d")
            {
                return true
            }
            index = slash + 1
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\t")
    }
}
