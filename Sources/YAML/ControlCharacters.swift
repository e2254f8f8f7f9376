/// Showing text that may hold control characters where a terminal would act on them.
extension String {
    /// The text with every control character but tab and line feed written `\u001b`: C0 controls
    /// (carriage return and escape included), DEL and C1 controls (DESIGN.md §9). A terminal then
    /// shows them instead of obeying them, and the escape is also a valid JSON escape of the same
    /// character, so JSON text stays JSON.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: Self.isEscaped) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            if Self.isEscaped(scalar) {
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
