import CYaml

/// Turns libyaml's error state into a diagnostic that says where, what, and when it can, what to do.
enum LibYAMLError {
    /// The diagnostic for a parser whose last `yaml_parser_parse` failed.
    static func diagnostic(for parser: yaml_parser_t, in source: inout SourceMap) -> Diagnostic {
        var problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if problem == "did not find expected hexdecimal number" {
            problem = "did not find expected hexadecimal number"  // libyaml's spelling
        }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error("not enough memory to read this YAML file", at: source.start)
        case YAML_READER_ERROR:
            return readerError(problem, offset: Int(parser.problem_offset), value: parser.problem_value, in: source)
        default:
            break
        }
        let mark = parser.problem_mark
        let location = source.location(line: Int(mark.line), scalarColumn: Int(mark.column))
        if let offset = source.byteOffset(line: Int(mark.line), scalarColumn: Int(mark.column)),
            source.bytes[offset] == 0x09, problem.contains("tab") || problem.contains("cannot start any token")
        {
            return .error("tabs are not allowed for indentation in YAML: use spaces", at: location)
        }
        var notes: [Diagnostic] = []
        var message = problem
        if let contextPointer = parser.context {
            let context = String(cString: contextPointer)
            message = context + ": " + problem
            let contextMark = parser.context_mark
            let contextLocation = source.location(
                line: Int(contextMark.line), scalarColumn: Int(contextMark.column))
            if contextLocation != location {
                notes.append(.note(startNote(context), at: contextLocation))
            }
        }
        if let remedy = remedy(for: problem, context: parser.context.map { String(cString: $0) }) {
            message += ": " + remedy
        }
        return .error(lowercasingFirst(message), at: location, notes: notes)
    }

    /// A reader error: libyaml gives a byte offset instead of a mark.
    private static func readerError(_ problem: String, offset: Int, value: Int32, in source: SourceMap) -> Diagnostic {
        let location = source.location(ofByte: offset)
        if problem == "control characters are not allowed" {
            let code = String(UInt32(bitPattern: value), radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            return .error(
                "control character U+\(padded) is not allowed in YAML: "
                    + "remove it, or write it as an escape in a double-quoted string",
                at: location)
        }
        return .error(lowercasingFirst(problem), at: location)
    }

    /// "while scanning a quoted scalar" → "the quoted scalar starts here".
    private static func startNote(_ context: String) -> String {
        var subject = context
        for prefix in ["while scanning ", "while parsing "] where subject.hasPrefix(prefix) {
            subject.removeFirst(prefix.count)
        }
        if subject == "a simple key" { subject = "a key" }
        if subject.hasPrefix("a ") { subject = "the " + subject.dropFirst(2) }
        if subject.hasPrefix("an ") { subject = "the " + subject.dropFirst(3) }
        return subject == context ? "\(context) here" : "\(subject) starts here"
    }

    /// What to do about libyaml's most common complaints.
    private static func remedy(for problem: String, context: String?) -> String? {
        switch problem {
        case "found unexpected end of stream" where context?.contains("quoted") == true:
            return "add the closing quote"
        case "mapping values are not allowed in this context":
            return "put the value in quotes if it contains ': ', or check the indentation"
        case "did not find expected key":
            return "check the indentation of this line"
        case "did not find expected ',' or ']'":
            return "separate the items with ',' and close the list with ']'"
        case "did not find expected ',' or '}'":
            return "separate the entries with ',' and close the mapping with '}'"
        case "did not find expected '-' indicator":
            return "start every item of the list with '- ' at the same indentation"
        case "did not find expected node content":
            return "write a value here"
        case "found character that cannot start any token":
            return "put the value in quotes"
        case "did not find expected alphabetic or numeric character":
            return "name anchors and aliases with letters, digits, '-' or '_'"
        case "found incompatible YAML document":
            return "remove the '%YAML' line"
        case "could not find expected ':'":
            return "write ': ' after the key, or join the key onto one line"
        case "did not find expected hexadecimal number":
            return "write '\\x' with 2 hexadecimal digits, '\\u' with 4 or '\\U' with 8"
        case "found unknown escape character":
            return "write a backslash as '\\\\', or use single quotes"
        case "did not find expected comment or line break":
            return "start the text of a '|' or '>' block on the next line"
        case "found undefined tag handle":
            return "remove the tag, or use '!!str'"
        default:
            return nil
        }
    }

    private static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
