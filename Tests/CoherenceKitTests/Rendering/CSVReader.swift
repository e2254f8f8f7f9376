import CoherenceKit

/// A strict RFC 4180 reader, so tests check CSV output the way a spreadsheet reads it.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The records of `text`: CRLF-separated, fields quoted with doubled quotes inside.
    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        chars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard field.isEmpty else { throw Malformed(description: "quote inside an unquoted field: \(field)") }
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            } else if c == "\n" {
                throw Malformed(description: "bare LF outside quotes after \(record)")
            } else {
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        guard record.isEmpty && field.isEmpty else { throw Malformed(description: "last record lacks CRLF") }
        return records
    }
}
