import YAML

/// Reading an assessment's profile, answers and divergence against its framework.
extension AssessmentLoader {
    static let answerKeys = ["level", "status", "reason", "evidence", "note", "by"]

    mutating func readProfile(_ node: Node) -> [String: ProfileValue] {
        guard let pairs = node.mapping else {
            diagnostics.append(
                .error("expected a mapping for 'profile', found \(node.kindDescription)", at: node.location))
            return [:]
        }
        var profile: [String: ProfileValue] = [:]
        // By index: iterating the pairs would copy each one.
        for index in pairs.indices {
            let name = pairs[index].key.scalar?.text ?? ""
            guard let field = framework.profile.firstIndex(where: { $0.id == name }) else {
                let declared = framework.profile.map(\.id)
                let remedy =
                    declared.isEmpty
                    ? "framework '\(framework.id)' declares no profile fields" : "declared fields are \(list(declared))"
                diagnostics.append(
                    .error(
                        "unknown profile field '\(name)'\(Suggestion.hint(for: name, in: declared)): \(remedy)",
                        at: pairs[index].key.location))
                continue
            }
            let node = pairs[index].value
            // An empty value, as a template leaves it, is an absent field.
            if node.isNull { continue }
            func what() -> String { "profile field '\(name)'" }
            let value: ProfileValue?
            switch framework.profile[field].type {
            case .bool: value = node.bool(what(), into: &diagnostics).map(ProfileValue.bool)
            case .number: value = node.number(what(), into: &diagnostics).map(ProfileValue.number)
            case .string: value = node.text(what(), into: &diagnostics).map(ProfileValue.string)
            case .list:
                // A single text is refused: a list field is written as a list.
                let elements = node.list(for: what(), into: &diagnostics)
                value = node.sequence == nil ? nil : .list(elements.compactMap { $0.text(what(), into: &diagnostics) })
            }
            profile[name] = value
        }
        return profile
    }

    mutating func readAnswers(_ node: Node) -> [Answer] {
        guard let pairs = node.mapping(of: "item ids to answers for 'answers'", into: &diagnostics) else { return [] }
        var answers: [Answer] = []
        answers.reserveCapacity(pairs.count)
        // Items on one scale are usually answered together: the last scale looked up is kept.
        var scale: Scale?
        // Answers usually follow the framework's order, so the item after the last one found is
        // tried before the index. Only when item ids are unique is that the item the index gives.
        let items = framework.tree.items
        let idsAreUnique = framework.tree.itemPositions.count == items.count
        var next = 0
        for index in pairs.indices {
            let id = pairs[index].key.scalar?.text ?? ""
            let guessed = idsAreUnique && next < items.count && items[next].id == id ? next : nil
            guard let position = guessed ?? framework.tree.itemPositions[id] else {
                diagnostics.append(
                    .error(
                        "unknown item '\(id)'\(Suggestion.hint(for: id, in: framework.sortedItemIDs)): framework '\(framework.id)' \(framework.version) has no such item",
                        at: pairs[index].key.location))
                continue
            }
            next = position + 1
            if scale?.id != items[position].scale { scale = framework.scale(of: items[position]) }
            let count = answers.count
            readAnswer(pairs[index].value, to: id, on: scale!, at: pairs[index].key.location, into: &answers)
            if answers.count > count, !items[position].allowsNotApplicable,
                case .notApplicable = answers[count].response
            {
                diagnostics.append(
                    .error(
                        "'\(id)' must not be answered n/a: framework '\(framework.id)' asks it of every country; answer a level, or unknown",
                        at: pairs[index].value.location,
                        notes: [.note("allow_na: false on the item", at: items[position].location)]))
                answers.removeLast()
            }
        }
        return answers
    }

    /// One answer to item `item` on `scale`: a value or label, `n/a`, `unknown`, or a mapping with details.
    /// An empty answer is unanswered. A valid answer is appended to `answers`: built in place there,
    /// not returned and copied.
    mutating func readAnswer(
        _ node: Node, to item: String, on scale: Scale, at location: Location, into answers: inout [Answer]
    ) {
        if let scalar = node.scalar {
            let value = scalar.value
            guard value != .null, let response = response(value, of: node, to: item, on: scale) else { return }
            answers.append(Answer(item: item, response: response, location: location))
            return
        }
        guard
            let fields = MappingReader(
                node, subject: "the answer to '\(item)'", keys: Self.answerKeys,
                diagnostics: &diagnostics)
        else { return }
        var response: Answer.Response?
        switch (fields["level"], fields["status"]) {
        case (let level?, nil):
            response = self.response(level.value, of: level, to: item, on: scale)
        case (nil, let status?):
            let reason = fields["reason"]?.text("the reason", into: &diagnostics)
            switch status.text("the status of the answer to '\(item)'", into: &diagnostics) {
            case let text? where Self.equalIgnoringCase(text, "n/a"): response = .notApplicable(reason: reason)
            case let text? where Self.equalIgnoringCase(text, "unknown"): response = .unknown
            case let other?:
                diagnostics.append(
                    .error(
                        "unknown answer status '\(other)' for '\(item)': use n/a or unknown, or give a 'level'",
                        at: status.location))
            case nil: break
            }
        case (nil, nil):
            diagnostics.append(
                .error("the answer to '\(item)' needs a 'level', or a 'status' of n/a or unknown", at: node.location))
        case (_?, _?):
            diagnostics.append(
                .error("the answer to '\(item)' has both 'level' and 'status': keep one", at: node.location))
        }
        if let reason = fields["reason"], fields["status"] == nil {
            diagnostics.append(
                .error("'reason' explains a status of n/a or unknown; use 'note' beside a level", at: reason.location))
        }
        let evidence =
            fields["evidence"].map { $0.texts("the evidence for '\(item)'", into: &diagnostics).map(\.text) } ?? []
        let note = fields["note"]?.text("the note on '\(item)'", into: &diagnostics)
        let by = fields["by"].flatMap { respondentReference($0, what: "the answer to '\(item)'") }
        guard let response else { return }
        answers.append(
            Answer(item: item, response: response, evidence: evidence, note: note, by: by, location: location))
    }

    /// A level value, a level label, `n/a` or `unknown`: `value` is what `node` resolves to.
    mutating func response(_ value: ScalarValue?, of node: Node, to item: String, on scale: Scale) -> Answer.Response? {
        func what() -> String { "the answer to '\(item)'" }
        switch value {
        case .int?, .double?:
            return node.number(what(), into: &diagnostics).flatMap { level($0, node: node, on: scale, what: what()) }
        case .string(let text)?:
            if Self.equalIgnoringCase(text, "n/a") { return .notApplicable(reason: nil) }
            if Self.equalIgnoringCase(text, "unknown") { return .unknown }
            if let level = scale.levels.first(where: { Self.equalIgnoringCase($0.label, text) }) {
                return .level(level.value)
            }
            let words = scale.levels.map(\.label) + ["n/a", "unknown"]
            diagnostics.append(
                .error(
                    "'\(text)' is not an answer to '\(item)'\(Suggestion.hint(for: text, in: words)): use \(describe(scale)), n/a or unknown",
                    at: node.location))
            return nil
        default:
            diagnostics.append(
                .error(
                    "expected a level of scale '\(scale.id)' for \(what()), found \(node.kindDescription)",
                    at: node.location))
            return nil
        }
    }

    /// Whether `a` and `b` are equal once lower-cased, as `Scale.level(labeled:)` compares labels.
    /// ASCII text, nearly all of it, is compared byte by byte without building lower-cased copies.
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        // The bytes are read in place where the strings hold them contiguously.
        let ascii: Bool? =
            a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                    guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return nil }
                    guard x.count == y.count else { return false }
                    for index in 0..<x.count where x[index] != y[index] {
                        // Bytes that differ must be the same letter in two cases.
                        let lower = x[index] | 0x20
                        guard lower == y[index] | 0x20, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else {
                            return false
                        }
                    }
                    return true
                } ?? nil
            } ?? nil
        return ascii ?? (a.lowercased() == b.lowercased())
    }

    private mutating func level(
        _ value: Double, node: Node, on scale: Scale, what: @autoclosure () -> String
    ) -> Answer.Response? {
        guard scale.contains(value) else {
            diagnostics.append(
                .error(
                    "\(LevelText.format(value)) is outside the scale of \(what()): use \(describe(scale))",
                    at: node.location))
            return nil
        }
        return .level(value)
    }

    mutating func readDivergence(_ node: Node) -> [Divergence] {
        guard let pairs = node.mapping(of: "item ids for 'divergence'", into: &diagnostics) else { return [] }
        let itemIds = Set(framework.allItems.map(\.id))
        return pairs.compactMap { pair in
            let id = pair.key.scalar?.text ?? ""
            guard itemIds.contains(id) else {
                diagnostics.append(
                    .error(
                        "unknown item '\(id)' in 'divergence'\(Suggestion.hint(for: id, in: itemIds))",
                        at: pair.key.location))
                return nil
            }
            guard
                let fields = MappingReader(
                    pair.value, subject: "the divergence of '\(id)'", keys: ["spread", "answers"],
                    required: ["spread", "answers"], diagnostics: &diagnostics),
                let spread = fields["spread"]?.number("the spread of '\(id)'", into: &diagnostics),
                let answersNode = fields["answers"]
            else { return nil }
            guard let answerPairs = answersNode.mapping(of: "respondents to answers", into: &diagnostics) else {
                return nil
            }
            let answers = answerPairs.compactMap { answer -> (String, String)? in
                guard let respondent = respondentReference(answer.key, what: "the divergence of '\(id)'"),
                    let text = answer.value.text("an answer in the divergence of '\(id)'", into: &diagnostics)
                else { return nil }
                return (respondent, text)
            }
            return Divergence(item: id, answers: answers, spread: spread)
        }
    }
}
