/// Showing text that may hold control characters where a terminal would act on them.
extension String {
    /// The text with every control character but tab, line feed and the carriage return of a CRLF
    /// line end written `\u001b`: other C0 controls (a lone carriage return, escape), DEL and C1
    /// controls (DESIGN.md §9). A terminal then
    /// shows them instead of obeying them, and the escape is also a valid JSON escape of the same
    /// character, so JSON text stays JSON.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: Self.isEscaped) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        let scalars = Array(unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let lineEnd = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if Self.isEscaped(scalar), !lineEnd {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0..<0x20, 0x7F...0x9F: true
        default: false
        }
    }
}
