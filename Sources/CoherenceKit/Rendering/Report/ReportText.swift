/// Escaping and number formatting shared by the renderers of gap reports and comparisons.
///
/// Every string a user wrote (titles, questions, answers, notes, names) passes through one of the
/// escapers before it reaches a report; numbers pass through the formatters so every format rounds alike.
public enum ReportText {
    // MARK: - Escaping

    /// `text` safe inside HTML element content and quoted attribute values: `& < > " '` escaped.
    ///
    /// - Parameter text: Any text, such as a title or an answer from a file.
    /// - Returns: The text with `&`, `<`, `>`, `"` and `'` replaced by entities.
    public static func html(_ text: String) -> String {
        // Most text has nothing to escape: one pass over the bytes instead of comparing Characters.
        guard text.utf8.contains(where: mayNeedHTMLEscape) else { return text }
        // Scalars, not Characters: a special character may share a grapheme cluster with its
        // neighbour ("\u{600}<" is one Character) and must still be escaped.
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` as literal Markdown text: punctuation that would start markup is backslash-escaped,
    /// `&`, `<` and `>` are entities (so no viewer sees raw HTML), and line breaks become spaces (or
    /// `<br>` inside a table cell).
    static func markdown(_ text: String, inCell: Bool = false) -> String {
        guard text.utf8.contains(where: mayNeedMarkdownEscape) else { return text }
        // Scalars, not Characters, as in `html`.
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n" where previous == "\r": break  // CR LF is one line break
            case "\r", "\n": result += inCell ? "<br>" : " "
            default: result.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return result
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, with quotes doubled.
    ///
    /// Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return: OWASP's six) gets a leading
    /// apostrophe, so a hostile answer cannot execute when a minister opens the file.
    static func csv(_ text: String, isText: Bool = true) -> String {
        var field = text
        if isText, let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            field = "'" + field
        }
        // Bytes, not Characters: a comma joined to its neighbour in one grapheme cluster still needs quotes.
        guard field.utf8.contains(where: mayNeedCSVQuotes) else { return field }
        // Most quoted fields hold a comma and no quote: nothing to double.
        guard field.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        var quoted = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    // The bytes an escaper changes. A string with none of them is returned as it is.

    private static func mayNeedHTMLEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    private static func mayNeedMarkdownEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "&"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
            true
        default: false
        }
    }

    private static func mayNeedCSVQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"): true
        default: false
        }
    }

    // MARK: - Numbers

    /// A 0–100 score for people: one decimal, "—" when there is none.
    static func score(_ value: Double?) -> String {
        ScorecardText.decimal(value)
    }

    /// A priority: two decimals, "—" when there is none.
    static func priority(_ value: Double?) -> String {
        ScorecardText.decimal(value, places: 2)
    }

    /// A weight, level value or factor without needless zeros: `2`, `0.5`, `55.5`, `0.25`.
    ///
    /// Rounds like `ScorecardText.decimal(value, places: 3)` with the trailing zeros dropped, but
    /// builds the text from the thousandths as integers rather than trimming a string (charts call
    /// this for every coordinate).
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let rounded = (value * 1000).rounded(.toNearestOrAwayFromZero)
        // As in `ScorecardText.decimal`: no trap for a number no Int holds.
        guard rounded.magnitude < 0x1p53 else { return LevelText.format(value) }
        let thousandths = Int(abs(rounded))
        let (whole, fraction) = thousandths.quotientAndRemainder(dividingBy: 1000)
        var text = rounded < 0 && thousandths != 0 ? "-" : ""
        text += String(whole)
        guard fraction != 0 else { return text }
        var digits = fraction < 10 ? "00" : fraction < 100 ? "0" : ""
        var significant = fraction
        while significant % 10 == 0 { significant /= 10 }
        digits += String(significant)
        return text + "." + digits
    }

    /// A coordinate in an SVG drawing, with one decimal.
    static func coordinate(_ value: Double) -> String {
        plain((value * 10).rounded() / 10)
    }

    /// "1 item", "3 items".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
