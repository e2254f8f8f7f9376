/// Finds the first byte that breaks UTF-8, so the error can point at it before libyaml sees the text.
enum UTF8Validation {
    /// The offset of the first byte of the first ill-formed UTF-8 sequence, or nil
    /// when all of `bytes` is valid UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return index
            }
            for offset in 1..<length {
                let position = index + offset
                // A truncated or broken sequence is reported at its first byte.
                guard position < count else { return index }
                let range = offset == 1 ? low...high : 0x80...0xBF
                if !range.contains(bytes[position]) { return index }
            }
            index += length
        }
        return nil
    }
}
