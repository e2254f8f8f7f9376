import Foundation
import Spreadsheet

/// Reading lists and dates out of cells as people type them.
enum SheetText {
    /// The lines of a cell (and, with `commas`, its comma-separated parts), trimmed, empty ones left out.
    static func lines(_ text: String, commas: Bool = false) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || (commas && $0 == ",") })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// Dates as spreadsheet programs store them: a typed `2026-10-14` may come back as the day number 46309.
enum SheetDate {
    /// The cell's date as YYYY-MM-DD when it holds a day number (days since 30 December 1899, as Excel
    /// and LibreOffice count them); its text otherwise.
    static func text(_ content: CellContent) -> String {
        let text = content.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard content.kind == .number, let serial = Double(text), serial >= 1, serial < 2_958_466 else { return text }
        // Days from 1970-01-01, then the civil date (Howard Hinnant's days-to-civil algorithm).
        let days = Int(serial.rounded(.down)) - 25_569
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
