/// Escaping and number formatting shared by the renderers of gap reports and comparisons.
///
/// Every string a user wrote (titles, questions, answers, notes, names) passes through one of the
/// escapers before it reaches a report; numbers pass through the formatters so every format rounds alike.
enum ReportText {
    // MARK: - Escaping

    /// `text` safe inside HTML element content and quoted attribute values: `& < > " '` escaped.
    static func html(_ text: String) -> String {
        // Most text has nothing to escape: one pass over the bytes instead of comparing Characters.
        guard text.utf8.contains(where: mayNeedHTMLEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` as literal Markdown text: punctuation that would start markup is backslash-escaped,
    /// `&`, `<` and `>` are entities (so no viewer sees raw HTML), and line breaks become spaces (or
    /// `<br>` inside a table cell).
    static func markdown(_ text: String, inCell: Bool = false) -> String {
        guard text.utf8.contains(where: mayNeedMarkdownEscape) else { return text }
        // Characters, not bytes, from here: a special character joined to the next scalar in one
        // grapheme cluster stays as it is.
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                result.append("\\")
                result.append(character)
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r\n", "\n", "\r": result += inCell ? "<br>" : " "
            default: result.append(character)
            }
        }
        return result
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, with quotes doubled.
    ///
    /// Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) gets a leading
    /// apostrophe, so a hostile answer cannot execute when a minister opens the file.
    static func csv(_ text: String, isText: Bool = true) -> String {
        var field = text
        if isText, let first = field.first, "=+-@".contains(first) { field = "'" + field }
        let needsQuotes = field.utf8.contains(where: mayNeedCSVQuotes)
            && field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return field }
        // Most quoted fields hold a comma and no quote: nothing to double.
        guard field.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // The bytes that may begin a character an escaper changes. A string with none of them is
    // returned as it is; with one, the escaper compares Characters as it always has.

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
