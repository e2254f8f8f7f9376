import CYaml

extension YAMLParser {
    /// What `scanHeader(atPath:section:keys:)` found.
    public enum HeaderScan: Sendable, Hashable {
        /// The texts of the scalars under the keys asked for, in that order.
        case found([String])
        /// The file has no such header, or cannot be read, or breaks before the header is complete:
        /// a full parse would not give one either.
        case absent
        /// An alias stands where the header is read: only a full parse can tell.
        case undecided
    }

    /// Reads the file at `path` only as far as the scalars under `keys` of the top-level entry
    /// `section`, as `parseFile(atPath:)` would give them through `root[section]?[key]?.scalar?.text`,
    /// without building a tree.
    ///
    /// For choosing among many files by their header cheaply: a file whose header is found may
    /// still be invalid further on, so the file chosen must still be parsed whole.
    public func scanHeader(atPath path: String, section: String, keys: [String]) -> HeaderScan {
        guard let file = try? Self.readBytes(path, name: path, limit: limits.maxFileSize),
            file.size <= limits.maxFileSize, !file.bytes.isEmpty
        else { return .absent }
        let bytes = file.bytes
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .absent }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            // libyaml reads the buffer in place, so the whole scan happens inside this closure.
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var scan = HeaderScanner(section: section, keys: keys)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if let result = scan.read(event) { return result }
            }
            return .absent
        }
    }
}

/// Follows parse events through the top-level mapping into one entry's mapping, keeping the first
/// scalar under each wanted key, as a tree lookup of the first matching key would.
private struct HeaderScanner {
    let section: String
    let keys: [String]
    private var texts: [String?]
    /// Open collections.
    private var depth = 0
    /// Whether the next node at the current depth is a key of the top-level or the section mapping.
    private var expectingKey = false
    /// Whether the section's mapping is open (at depth 2).
    private var inSection = false
    /// What the value being read is for: the section, a wanted key's index, or nothing.
    private var target: Target = .none

    private enum Target {
        case none, section
        case key(Int)
    }

    init(section: String, keys: [String]) {
        self.section = section
        self.keys = keys
        texts = Array(repeating: nil, count: keys.count)
    }

    /// Takes one event; returns the outcome once it is known.
    mutating func read(_ event: yaml_event_t) -> YAMLParser.HeaderScan? {
        switch event.type {
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT:
            return nil
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if depth == 0 {
                guard isMapping else { return .absent }
                depth = 1
                expectingKey = true
                return nil
            }
            if expectingKey && isHeaderLevel { return .absent }  // a non-scalar key: the file is invalid
            if case .section = target, depth == 1 {
                guard isMapping else { return .absent }
                depth = 2
                inSection = true
                expectingKey = true
                target = .none
                return nil
            }
            if case .key = target { return .absent }  // the first such key holds no scalar
            depth += 1
            return nil
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            depth -= 1
            if inSection && depth == 1 { return .absent }  // the section ended without every key
            if depth == 0 { return .absent }
            if isHeaderLevel { expectingKey = true }
            return nil
        case YAML_ALIAS_EVENT:
            if isHeaderLevel {
                if expectingKey { return .undecided }
                if case .none = target {} else { return .undecided }
                expectingKey = true
            }
            return nil
        case YAML_SCALAR_EVENT:
            guard isHeaderLevel else { return nil }
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            if expectingKey {
                expectingKey = false
                if !inSection, text == section {
                    target = .section
                } else if inSection, let index = keys.firstIndex(of: text), texts[index] == nil {
                    target = .key(index)
                } else {
                    target = .none
                }
                return nil
            }
            expectingKey = true
            switch target {
            case .section:
                return .absent  // the section is not a mapping
            case .key(let index):
                texts[index] = text
                target = .none
                if texts.allSatisfy({ $0 != nil }) { return .found(texts.map { $0! }) }
            case .none:
                break
            }
            return nil
        default:
            return .absent
        }
    }

    /// Whether events are at the level of the top-level mapping's or the section's entries.
    private var isHeaderLevel: Bool { inSection ? depth == 2 : depth == 1 }
}
