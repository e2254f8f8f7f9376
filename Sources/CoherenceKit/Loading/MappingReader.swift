import YAML

/// Reads one YAML mapping whose keys are known in advance, reporting unknown and missing keys.
struct MappingReader {
    /// The known keys, in the order given.
    private let keys: [String]
    /// The mapping's entries in document order.
    private let pairs: [Node.Pair]
    /// For each known key, the position in `pairs` of its last entry, or -1 when it is not given.
    /// Positions, not copies of the entries: a handful of keys at most, so a scan costs less than hashing.
    private var positions: [Int]

    /// Reads `node` as a mapping with the given keys; nil (with a diagnostic) when it is not a mapping.
    ///
    /// `subject` says what the mapping is, for messages ("the framework header", "item 'LAB-01'");
    /// it is only built when there is something to report.
    init?(
        _ node: Node, subject: @autoclosure () -> String, keys: [String], required: [String] = [],
        diagnostics: inout [Diagnostic]
    ) {
        guard let pairs = node.mapping else {
            diagnostics.append(
                .error("expected a mapping for \(subject()), found \(node.kindDescription)", at: node.location))
            return nil
        }
        assert(
            keys.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII && !"K;`".unicodeScalars.contains($0) } },
            "known keys are told apart by length: see position(of:in:)")
        self.keys = keys
        self.pairs = pairs
        positions = Array(repeating: -1, count: keys.count)
        // By position: iterating the pairs would copy each one.
        for position in pairs.indices {
            let key = pairs[position].key.scalar?.text ?? ""
            if let known = Self.position(of: key, in: keys) {
                positions[known] = position
            } else {
                let pair = pairs[position]
                var hint =
                    Suggestion.nearest(to: key, in: keys).map { "did you mean '\($0)'?" }
                    ?? "expected one of: \(keys.joined(separator: ", "))"
                if pair.value.value == .null, pair.key.scalar?.style == .plain {
                    // `{title: a, b}` reads `b` as a key: the usual cause is an unquoted comma in a text.
                    hint += "; if '\(key)' belongs to the text before it, put that text in quotes"
                }
                diagnostics.append(.error("unknown key '\(key)' in \(subject()): \(hint)", at: pair.key.location))
            }
        }
        for key in required {
            guard let known = Self.position(of: key, in: keys), positions[known] >= 0 else {
                diagnostics.append(.error("missing key '\(key)' in \(subject())", at: node.location))
                continue
            }
            // `key:` with nothing after it is as good as missing for a field that must have a value.
            let pair = pairs[positions[known]]
            if pair.value.isNull {
                diagnostics.append(.error("'\(key)' in \(subject()) is blank: give it a value", at: pair.key.location))
            }
        }
    }

    subscript(key: String) -> Node? {
        guard let value = raw(key) else { return nil }
        // An empty value (`key:`) counts as absent.
        if value.isNull { return nil }
        return value
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// The node given for `key` even when it is null, to point diagnostics at it.
    func raw(_ key: String) -> Node? {
        guard let known = Self.position(of: key, in: keys), positions[known] >= 0 else { return nil }
        return pairs[positions[known]].value
    }

    /// The position of `key` among `keys`. Lengths are compared first: they tell nearly every
    /// other key apart without a string comparison, a call into the runtime for strings that differ.
    /// That is exact because known keys are ASCII without `K`, `;` or a backquote, the only ASCII
    /// characters another code point (the Kelvin sign …) is canonically equal to.
    private static func position(of key: String, in keys: [String]) -> Int? {
        let length = key.utf8.count
        return keys.firstIndex { $0.utf8.count == length && $0 == key }
    }
}

/// Typed reading of YAML values with a diagnostic for each wrong type.
extension Node {
    /// The text of any scalar but null, at most `limit` long: numbers keep the text as written
    /// (`version: 2026.1`).
    func text(
        _ what: @autoclosure () -> String, limit: TextLimit = .text, into diagnostics: inout [Diagnostic]
    ) -> String? {
        guard let scalar, !scalar.isNull else {
            diagnostics.append(.error("expected text for \(what()), found \(kindDescription)", at: location))
            return nil
        }
        if let problem = limit.problem(with: scalar.text) {
            diagnostics.append(.error("\(what()) \(problem)", at: location))
            return nil
        }
        return scalar.text
    }

    /// A finite number of magnitude at most `NumberBounds.magnitude` (DESIGN.md §9): every number
    /// of a framework or an assessment is read through here, so no later sum or format can overflow.
    func number(_ what: @autoclosure () -> String, into diagnostics: inout [Diagnostic]) -> Double? {
        let number: Double
        switch value {
        case .int(let i)?: number = Double(i)
        case .double(let d)?: number = d
        default:
            diagnostics.append(.error("expected a number for \(what()), found \(kindDescription)", at: location))
            return nil
        }
        guard NumberBounds.contains(number) else {
            diagnostics.append(.error("\(what()) \(NumberBounds.problem(with: scalar?.text ?? ""))", at: location))
            return nil
        }
        return number
    }

    /// A number greater than zero (weights and efforts), within `NumberBounds`.
    func weight(_ what: @autoclosure () -> String, into diagnostics: inout [Diagnostic]) -> Double? {
        guard let weight = number(what(), into: &diagnostics) else { return nil }
        guard weight > 0 else {
            diagnostics.append(.error("\(what()) must be greater than 0, found \(scalar?.text ?? "")", at: location))
            return nil
        }
        return weight
    }

    func bool(_ what: @autoclosure () -> String, into diagnostics: inout [Diagnostic]) -> Bool? {
        if case .bool(let b)? = value { return b }
        diagnostics.append(.error("expected true or false for \(what()), found \(kindDescription)", at: location))
        return nil
    }

    /// The entries of a mapping of `what` (such as "scale ids to scales for 'scales'"), in
    /// document order; nil, with a diagnostic, when the node is not a mapping.
    func mapping(of what: @autoclosure () -> String, into diagnostics: inout [Diagnostic]) -> [Pair]? {
        guard let pairs = mapping else {
            diagnostics.append(.error("expected a mapping of \(what()), found \(kindDescription)", at: location))
            return nil
        }
        return pairs
    }

    /// The elements of a list for `what` (such as "'rules'"); none, with a diagnostic, when the
    /// node is not a list.
    func list(for what: @autoclosure () -> String, into diagnostics: inout [Diagnostic]) -> [Node] {
        guard let sequence else {
            diagnostics.append(.error("expected a list for \(what()), found \(kindDescription)", at: location))
            return []
        }
        return sequence
    }

    /// A list of texts; a single text is read as a list of one.
    func texts(_ what: @autoclosure () -> String, into diagnostics: inout [Diagnostic]) -> [(text: String, node: Node)]
    {
        if scalar != nil {
            return text(what(), into: &diagnostics).map { [($0, self)] } ?? []
        }
        let sequence = list(for: what(), into: &diagnostics)
        var texts: [(text: String, node: Node)] = []
        texts.reserveCapacity(sequence.count)
        for element in sequence {
            if let text = element.text(what(), into: &diagnostics) { texts.append((text, element)) }
        }
        return texts
    }

    /// An identifier matching `pattern`.
    func identifier(
        _ what: @autoclosure () -> String, _ pattern: IdentifierPattern, into diagnostics: inout [Diagnostic]
    ) -> String? {
        guard let text = text(what(), limit: .label, into: &diagnostics) else { return nil }
        guard pattern.matches(text) else {
            diagnostics.append(.error("\(what()) '\(text)' is not a valid id: \(pattern.explanation)", at: location))
            return nil
        }
        return text
    }

    /// "section 'coop'" when this mapping has an `id`, else "a section": names a thing before it is read.
    func subject(_ kind: String) -> String {
        if let id = self["id"]?.scalar?.text, !id.isEmpty { return "\(kind) '\(id)'" }
        return (kind.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + kind
    }

    /// The first character of this scalar's text in the file: one column past an opening quote.
    var textLocation: Location {
        var location = self.location
        if let style = scalar?.style, style == .singleQuoted || style == .doubleQuoted { location.column += 1 }
        return location
    }
}

/// The shapes ids may take.
enum IdentifierPattern {
    /// Framework ids: `[a-z0-9][a-z0-9-]*`.
    case framework
    /// Item ids: `[A-Za-z][A-Za-z0-9_.-]*`.
    case item
    /// Section, dimension, rule, capacity, scale and respondent ids: `[A-Za-z0-9][A-Za-z0-9_.-]*`.
    case name

    func matches(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        let lowerDigit: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        let word: (Unicode.Scalar) -> Bool = {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "_.-".unicodeScalars.contains($0)
        }
        switch self {
        case .framework:
            return lowerDigit(first) && text.unicodeScalars.allSatisfy { lowerDigit($0) || $0 == "-" }
        case .item:
            return (("a"..."z").contains(first) || ("A"..."Z").contains(first)) && text.unicodeScalars.allSatisfy(word)
        case .name:
            return first != "_" && first != "." && first != "-" && text.unicodeScalars.allSatisfy(word)
        }
    }

    var explanation: String {
        switch self {
        case .framework: "use lower-case letters, digits and '-', starting with a letter or digit"
        case .item: "use letters, digits, '_', '.' and '-', starting with a letter"
        case .name: "use letters, digits, '_', '.' and '-', starting with a letter or digit"
        }
    }
}
