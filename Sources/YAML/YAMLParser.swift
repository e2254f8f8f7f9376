import CYaml

/// Reads one YAML document into a located `Node` tree, with the checks and limits of DESIGN §9.
///
/// Uses libyaml's event API; the C parser lives inside one call and is freed on every path.
/// Aliases are expanded into copies of the anchored node (located at the anchor). Every problem
/// is thrown as `Diagnostics` whose locations are 1-based, with columns counted in characters.
public struct YAMLParser: Sendable {
    public var limits: Limits

    /// The most problems reported for one file.
    static let maxProblems = 100

    public init(limits: Limits = .default) {
        self.limits = limits
    }

    /// Parses UTF-8 text held as bytes; `file` is the name diagnostics show.
    public func parse(_ bytes: [UInt8], file: String) throws(Diagnostics) -> Node {
        if bytes.count > limits.maxFileSize { throw tooLarge(size: bytes.count, file: file) }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            let location = SourceMap(file: file, bytes: bytes, upTo: bad).location(ofByte: bad)
            throw Diagnostics([
                .error(
                    "the file is not valid UTF-8 (byte 0x\(hex(bytes[bad]))): save it as UTF-8 text",
                    at: location)
            ])
        }
        var source = SourceMap(file: file, bytes: SurrogatePairs.joined(bytes) ?? bytes)
        return try events(of: &source)
    }

    /// The error for a file of `size` bytes, more than `limits.maxFileSize`.
    func tooLarge(size: Int, file: String) -> Diagnostics {
        Diagnostics([
            .error(
                "the file is too large: \(size) bytes, more than the limit of "
                    + "\(limits.maxFileSize) bytes; split it into smaller files",
                at: Location(file: file, line: 1, column: 1))
        ])
    }

    /// Parses text; `file` is the name diagnostics show.
    public func parse(_ text: String, file: String) throws(Diagnostics) -> Node {
        try parse(Array(text.utf8), file: file)
    }

    /// Runs libyaml over the whole text and builds the tree.
    private func events(of source: inout SourceMap) throws(Diagnostics) -> Node {
        let bytes = source.bytes
        if bytes.isEmpty { throw Self.empty(source) }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostics([.error("not enough memory to start the YAML parser", at: source.start)])
        }
        defer { yaml_parser_delete(&parser) }
        var builder = TreeBuilder(limits: limits)
        var documents = 0
        let result: Result<Void, Diagnostics> = bytes.withUnsafeBufferPointer { buffer in
            // libyaml reads the buffer in place, so the whole parse happens inside this closure.
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let error = LibYAMLError.diagnostic(for: parser, in: &source)
                    return .failure(Diagnostics(builder.problems + [error]))
                }
                defer { yaml_event_delete(&event) }
                // Past this many duplicate or non-scalar keys, more of them help nobody.
                if builder.problems.count >= Self.maxProblems { return .failure(Diagnostics(builder.problems)) }
                do throws(Diagnostic) {
                    if try Self.handle(event, source: &source, builder: &builder, documents: &documents) {
                        return .success(())
                    }
                } catch {
                    return .failure(Diagnostics(builder.problems + [error]))
                }
            }
        }
        try result.get()
        if !builder.problems.isEmpty { throw Diagnostics(builder.problems) }
        guard let root = builder.root, !Self.isEmptyDocument(root) else { throw Self.empty(source) }
        return root
    }

    /// The error for a file with no document, or one that is nothing but a bare `---`.
    private static func empty(_ source: SourceMap) -> Diagnostics {
        Diagnostics([.error("the file is empty: expected a YAML mapping", at: source.start)])
    }

    /// Feeds one event to the builder; true at the end of the stream.
    private static func handle(
        _ event: yaml_event_t, source: inout SourceMap, builder: inout TreeBuilder, documents: inout Int
    ) throws(Diagnostic) -> Bool {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            builder.endCollection()
            return false
        case YAML_DOCUMENT_START_EVENT, YAML_ALIAS_EVENT, YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT,
            YAML_MAPPING_START_EVENT:
            break
        default:
            return false
        }
        // Only the events above have a place anyone reads.
        let location = source.location(line: Int(event.start_mark.line), scalarColumn: Int(event.start_mark.column))
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw secondDocument(at: location, explicit: event.data.document_start.implicit == 0)
            }
        case YAML_ALIAS_EVENT:
            try builder.alias(String(cString: event.data.alias.anchor), at: location)
        case YAML_SCALAR_EVENT:
            try builder.scalar(scalar(of: event), anchor: string(event.data.scalar.anchor), at: location)
        case YAML_SEQUENCE_START_EVENT:
            let anchor = string(event.data.sequence_start.anchor)
            try builder.startCollection(isMapping: false, anchor: anchor, at: location)
        case YAML_MAPPING_START_EVENT:
            let anchor = string(event.data.mapping_start.anchor)
            try builder.startCollection(isMapping: true, anchor: anchor, at: location)
        default:
            break
        }
        return false
    }

    private static func secondDocument(at location: Location, explicit: Bool) -> Diagnostic {
        let what = explicit ? "remove this '---' and the document after it" : "remove the document that starts here"
        return .error(
            "only one YAML document is allowed per file: \(what), or move it to its own file", at: location)
    }

    /// A document that is nothing but a bare `---`.
    private static func isEmptyDocument(_ root: Node) -> Bool {
        guard let scalar = root.scalar else { return false }
        return scalar.text.isEmpty && scalar.style == .plain && scalar.tag == nil
    }

    private static func scalar(of event: yaml_event_t) -> Scalar {
        let data = event.data.scalar
        let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        let style: Scalar.Style
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        return Scalar(text, style: style, tag: string(data.tag).map(shortTag))
    }

    /// `tag:yaml.org,2002:str` as `!!str`; other tags as libyaml resolved them.
    private static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// Two hexadecimal digits.
func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
}
