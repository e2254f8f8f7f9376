/// Text made safe for XML: markup escaped, and the characters XML 1.0 cannot hold left out.
enum XMLText {
    /// `text` escaped for element content and attribute values alike.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "\n"
            case "\t", "\r": result += "&#\(scalar.value);"
            default:
                // XML 1.0 allows no other control character, nor the non-characters U+FFFE and U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
