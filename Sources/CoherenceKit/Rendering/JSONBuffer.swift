/// A growable buffer of UTF-8 bytes that the JSON writers append to, with JSON's scalars.
///
/// It owns its memory and can be emptied and filled again, so a command that writes one scorecard
/// after another allocates only until the buffer fits the largest. Each append makes room once and
/// then stores its bytes directly, where an `Array` would check its capacity and uniqueness for
/// every byte (BENCHMARKS.md, "the output and byte-scan machinery", measures the difference).
struct JSONBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private var count = 0
    /// Whether strings write DEL and the C1 controls as escapes (`\u007f`, `\u009b`), as all
    /// terminal output does, instead of as themselves, which JSON allows.
    private let escapesTerminalControls: Bool

    init(capacity: Int = 1 << 12, escapingTerminalControls: Bool = false) {
        self.capacity = Swift.max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        escapesTerminalControls = escapingTerminalControls
    }

    deinit { start.deallocate() }

    /// The bytes written so far, as text.
    var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Forgets the bytes written and keeps the memory for the next document.
    mutating func removeAll() { count = 0 }

    // MARK: - Raw appends

    /// Where the next byte goes, with room for at least `needed` bytes from there; `commit(_:)` then
    /// records how far the caller wrote.
    @inline(__always)
    mutating func reserve(_ needed: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < needed { grow(needed) }
        return start + count
    }

    /// Records that the bytes up to `end` (from the last `reserve(_:)`) are written.
    @inline(__always)
    mutating func commit(_ end: UnsafeMutablePointer<UInt8>) { count = end - start }

    @inline(never)
    private mutating func grow(_ needed: Int) {
        let grown = Swift.max(capacity * 2, count + needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = grown
    }

    /// One byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        let p = reserve(1)
        p.pointee = byte
        commit(p + 1)
    }

    /// Literal ASCII text such as punctuation or `null`.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        let p = reserve(text.utf8CodeUnitCount)
        commit(Self.copy(text, to: p))
    }

    /// `text`'s bytes at `p`; returns where they end. The caller has made room.
    @inline(__always)
    static func copy(_ text: StaticString, to p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        p.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return p + text.utf8CodeUnitCount
    }

    /// `width` spaces at `p`, written eight at a time; returns where they end. The caller has made room
    /// for `width` rounded up to a multiple of eight.
    @inline(__always)
    static func spaces(_ width: Int, at p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var offset = 0
        while offset < width {
            UnsafeMutableRawPointer(p).storeBytes(of: 0x2020_2020_2020_2020, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        return p + width
    }

    // MARK: - Scalars

    /// A line break followed by `indent` spaces.
    @inline(__always)
    mutating func newLine(indent: Int) {
        let p = reserve(indent + 9)
        p.pointee = UInt8(ascii: "\n")
        commit(Self.spaces(indent, at: p + 1))
    }

    /// `s` as a JSON string literal. Plain text (the usual id or title) is copied eight bytes at a
    /// time up to the first byte that may need an escape; the rest is then escaped byte by byte.
    mutating func appendQuoted(_ s: String) {
        guard s.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0) }) != nil else {
            var contiguous = s
            contiguous.makeContiguousUTF8()
            return appendQuoted(contiguous)
        }
    }

    /// The string literal of the UTF-8 bytes `utf8`.
    @inline(__always)
    private mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
        let length = utf8.count
        let p = reserve(length + 2)
        p.pointee = UInt8(ascii: "\"")
        let plain = Self.copyPlain(utf8, to: p + 1)
        if plain == length {
            p[length + 1] = UInt8(ascii: "\"")
            commit(p + length + 2)
            return
        }
        commit(p + plain + 1)
        appendEscaped(utf8[plain...])
        append(UInt8(ascii: "\""))
    }

    /// Copies the bytes of `utf8` to `destination` up to the first one that JSON must escape (a
    /// control character, `"` or `\\`) or that a terminal might (DEL, or the 0xC2 that leads every
    /// C1 control); returns how many it copied. Whole words are checked at once, the last one
    /// overlapping the one before, so most strings take two or three loads.
    @inline(__always)
    private static func copyPlain(
        _ utf8: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
    ) -> Int {
        guard let source = utf8.baseAddress else { return 0 }
        let length = utf8.count
        var i = 0
        if length >= 8 {
            while i + 8 <= length {
                let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                if needsEscape(word) { break }
                UnsafeMutableRawPointer(destination + i).storeBytes(of: word, as: UInt64.self)
                i += 8
            }
            if i < length, i + 8 > length {
                let word = UnsafeRawPointer(source + length - 8).loadUnaligned(as: UInt64.self)
                if !needsEscape(word) {
                    UnsafeMutableRawPointer(destination + length - 8).storeBytes(of: word, as: UInt64.self)
                    return length
                }
            }
        } else if length >= 4 {
            let first = UnsafeRawPointer(source).loadUnaligned(as: UInt32.self)
            let last = UnsafeRawPointer(source + length - 4).loadUnaligned(as: UInt32.self)
            if !needsEscape(first), !needsEscape(last) {
                UnsafeMutableRawPointer(destination).storeBytes(of: first, as: UInt32.self)
                UnsafeMutableRawPointer(destination + length - 4).storeBytes(of: last, as: UInt32.self)
                return length
            }
        }
        while i < length {
            let byte = source[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xC2 {
                break
            }
            destination[i] = byte
            i += 1
        }
        return i
    }

    /// Whether any byte of `word` is a control character, `"`, `\\`, DEL or 0xC2, by the classic
    /// word tests: `(x - 0x20 * 0x01…) & ~x & 0x80…` for a byte below 0x20, and the same with 0x01
    /// for a zero byte, applied to `x` XOR each of the others repeated.
    @inline(__always)
    private static func needsEscape<Word: FixedWidthInteger & UnsignedInteger>(_ word: Word) -> Bool {
        let ones = Word.max / 0xFF
        let highs = ones &* 0x80
        func hasByte(_ value: Word) -> Word {
            let match = word ^ (ones &* value)
            return (match &- ones) & ~match
        }
        let control = (word &- ones &* 0x20) & ~word
        return (control | hasByte(0x22) | hasByte(0x5C) | hasByte(0x7F) | hasByte(0xC2)) & highs != 0
    }

    /// `utf8` with each quote, backslash and control character escaped (DEL and C1 controls only
    /// when the buffer escapes terminal controls).
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>.SubSequence) {
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case ..<0x20: appendUnicodeEscape(byte)
            case 0x7F where escapesTerminalControls: appendUnicodeEscape(byte)
            case 0xC2 where escapesTerminalControls && index < utf8.endIndex && (0x80...0x9F).contains(utf8[index]):
                // U+0080 to U+009F are 0xC2 followed by the code point's own low byte.
                appendUnicodeEscape(utf8[index])
                index += 1
            default: append(byte)
            }
        }
    }

    /// `\u00XX` for the code point `value`, below 0x100.
    private mutating func appendUnicodeEscape(_ value: UInt8) {
        append("\\u00")
        append(Self.hexDigits[Int(value >> 4)])
        append(Self.hexDigits[Int(value & 0xF)])
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A whole number in decimal.
    mutating func append(_ value: Int) {
        let p = reserve(20)
        if value < 0 {
            p.pointee = UInt8(ascii: "-")
            commit(Self.digits(value.magnitude, at: p + 1))
        } else {
            commit(Self.digits(value.magnitude, at: p))
        }
    }

    /// The decimal digits of `value` at `p`; returns where they end. The caller has made room for 20.
    /// Numbers below 100, nearly all of a scorecard's, are written without a loop.
    @inline(__always)
    private static func digits(_ value: UInt, at p: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        if value < 10 {
            p.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            return p + 1
        }
        if value < 100 {
            let tens = value / 10
            p[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
            p[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value &- tens &* 10)
            return p + 2
        }
        var length = 3
        var rest = value / 1000
        while rest > 0 {
            rest /= 10
            length += 1
        }
        var end = p + length
        let stop = end
        rest = value
        repeat {
            end -= 1
            end.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        return stop
    }

    /// A finite double exactly as Swift's `description` prints it: the shortest text that reads
    /// back as the same value (`75.0`, `0.25`, `33.333333333333336`, `1e-05`).
    ///
    /// Scores, gaps and weights are mostly whole numbers or quarters; those are printed here
    /// directly, since below 2⁴⁸ their exact decimal is also their shortest (a shorter candidate is
    /// at least 0.05 away, more than half the spacing of doubles there). Other values go through
    /// `description`.
    @inline(__always)
    mutating func append(_ value: Double) {
        let magnitude = value.magnitude
        if magnitude < 0x1p48 {
            let quarters = magnitude * 4
            let whole = Int(quarters)
            if Double(whole) == quarters {
                let p = reserve(24)
                var end = p
                if value.sign == .minus {
                    end.pointee = UInt8(ascii: "-")
                    end += 1
                }
                end = Self.digits(UInt(bitPattern: whole >> 2), at: end)
                switch whole & 3 {
                case 0: end = Self.copy(".0", to: end)
                case 1: end = Self.copy(".25", to: end)
                case 2: end = Self.copy(".5", to: end)
                default: end = Self.copy(".75", to: end)
                }
                commit(end)
                return
            }
        }
        appendDescription(value)
    }

    /// `value.description`'s bytes: the rare double that is not a whole number or a quarter, kept
    /// out of line so that the common path stays small enough to inline at every member.
    @inline(never)
    private mutating func appendDescription(_ value: Double) {
        var text = value.description
        text.withUTF8 { utf8 in
            let p = reserve(utf8.count)
            p.initialize(from: utf8.baseAddress!, count: utf8.count)
            commit(p + utf8.count)
        }
    }
}
