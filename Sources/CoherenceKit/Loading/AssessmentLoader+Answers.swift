import YAML

/// Reading an assessment's profile, answers and divergence against its framework.
extension AssessmentLoader {
    static let answerKeys = ["level", "status", "reason", "evidence", "note", "by"]

    mutating func readProfile(_ node: Node) -> [String: ProfileValue] {
        guard let pairs = node.mapping else {
            diagnostics.append(.error("expected a mapping for 'profile', found \(node.kindDescription)", at: node.location))
            return [:]
        }
        let declared = framework.profile.map(\.id)
        var profile: [String: ProfileValue] = [:]
        for pair in pairs {
            let name = pair.key.scalar?.text ?? ""
            guard let field = framework.profile.first(where: { $0.id == name }) else {
                let remedy = declared.isEmpty ? "framework '\(framework.id)' declares no profile fields" : "declared fields are \(list(declared))"
                diagnostics.append(.error("unknown profile field '\(name)'\(Suggestion.hint(for: name, in: declared)): \(remedy)",
                                          at: pair.key.location))
                continue
            }
            // An empty value, as a template leaves it, is an absent field.
            if pair.value.value == .null { continue }
            let what = "profile field '\(name)'"
            let value: ProfileValue?
            switch field.type {
            case .bool: value = pair.value.bool(what, into: &diagnostics).map(ProfileValue.bool)
            case .number: value = pair.value.number(what, into: &diagnostics).map(ProfileValue.number)
            case .string: value = pair.value.text(what, into: &diagnostics).map(ProfileValue.string)
            case .list:
                if pair.value.sequence == nil {
                    diagnostics.append(.error("expected a list for \(what), found \(pair.value.kindDescription)", at: pair.value.location))
                    value = nil
                } else {
                    value = .list(pair.value.texts(what, into: &diagnostics).map(\.text))
                }
            }
            profile[name] = value
        }
        return profile
    }

    mutating func readAnswers(_ node: Node) -> [Answer] {
        guard let pairs = node.mapping else {
            diagnostics.append(.error("expected a mapping of item ids to answers for 'answers', found \(node.kindDescription)",
                                      at: node.location))
            return []
        }
        return pairs.compactMap { pair in
            let id = pair.key.scalar?.text ?? ""
            guard let item = framework.item(id) else {
                diagnostics.append(.error(
                    "unknown item '\(id)'\(Suggestion.hint(for: id, in: framework.sortedItemIDs)): framework '\(framework.id)' \(framework.version) has no such item",
                    at: pair.key.location))
                return nil
            }
            return readAnswer(pair.value, to: item, at: pair.key.location)
        }
    }

    /// One answer: a value or label, `n/a`, `unknown`, or a mapping with details. An empty answer is unanswered.
    mutating func readAnswer(_ node: Node, to item: Item, at location: Location) -> Answer? {
        let scale = framework.scale(of: item)
        if node.scalar != nil {
            guard node.value != .null else { return nil }
            return response(node, to: item, on: scale).map { Answer(item: item.id, response: $0, location: location) }
        }
        guard let fields = MappingReader(node, subject: "the answer to '\(item.id)'", keys: Self.answerKeys,
                                         diagnostics: &diagnostics)
        else { return nil }
        var response: Answer.Response?
        switch (fields["level"], fields["status"]) {
        case (let level?, nil):
            response = self.response(level, to: item, on: scale)
        case (nil, let status?):
            let reason = fields["reason"]?.text("the reason", into: &diagnostics)
            switch status.text("the status of the answer to '\(item.id)'", into: &diagnostics)?.lowercased() {
            case "n/a"?: response = .notApplicable(reason: reason)
            case "unknown"?: response = .unknown
            case let other?:
                diagnostics.append(.error("unknown answer status '\(other)' for '\(item.id)': use n/a or unknown, or give a 'level'",
                                          at: status.location))
            case nil: break
            }
        case (nil, nil):
            diagnostics.append(.error("the answer to '\(item.id)' needs a 'level', or a 'status' of n/a or unknown", at: node.location))
        case (_?, _?):
            diagnostics.append(.error("the answer to '\(item.id)' has both 'level' and 'status': keep one", at: node.location))
        }
        if let reason = fields["reason"], fields["status"] == nil {
            diagnostics.append(.error("'reason' explains a status of n/a or unknown; use 'note' beside a level", at: reason.location))
        }
        let evidence = fields["evidence"].map { $0.texts("the evidence for '\(item.id)'", into: &diagnostics).map(\.text) } ?? []
        let note = fields["note"]?.text("the note on '\(item.id)'", into: &diagnostics)
        let by = fields["by"].flatMap { respondentReference($0, what: "the answer to '\(item.id)'") }
        guard let response else { return nil }
        return Answer(item: item.id, response: response, evidence: evidence, note: note, by: by, location: location)
    }

    /// A level value, a level label, `n/a` or `unknown`.
    mutating func response(_ node: Node, to item: Item, on scale: Scale) -> Answer.Response? {
        func what() -> String { "the answer to '\(item.id)'" }
        switch node.value {
        case .int(let i)?: return level(Double(i), node: node, on: scale, what: what())
        case .double(let d)?: return level(d, node: node, on: scale, what: what())
        case .string(let text)?:
            switch text.lowercased() {
            case "n/a": return .notApplicable(reason: nil)
            case "unknown": return .unknown
            default:
                if let level = scale.level(labeled: text) { return .level(level.value) }
                let words = scale.levels.map(\.label) + ["n/a", "unknown"]
                diagnostics.append(.error(
                    "'\(text)' is not an answer to '\(item.id)'\(Suggestion.hint(for: text, in: words)): use \(describe(scale)), n/a or unknown",
                    at: node.location))
                return nil
            }
        default:
            diagnostics.append(.error("expected a level of scale '\(scale.id)' for \(what()), found \(node.kindDescription)", at: node.location))
            return nil
        }
    }

    private mutating func level(
        _ value: Double, node: Node, on scale: Scale, what: @autoclosure () -> String
    ) -> Answer.Response? {
        guard value.isFinite, scale.contains(value) else {
            diagnostics.append(.error("\(LevelText.format(value)) is outside the scale of \(what()): use \(describe(scale))", at: node.location))
            return nil
        }
        return .level(value)
    }

    mutating func readDivergence(_ node: Node) -> [Divergence] {
        guard let pairs = node.mapping else {
            diagnostics.append(.error("expected a mapping of item ids for 'divergence', found \(node.kindDescription)", at: node.location))
            return []
        }
        let itemIds = Set(framework.allItems.map(\.id))
        return pairs.compactMap { pair in
            let id = pair.key.scalar?.text ?? ""
            guard itemIds.contains(id) else {
                diagnostics.append(.error("unknown item '\(id)' in 'divergence'\(Suggestion.hint(for: id, in: itemIds))", at: pair.key.location))
                return nil
            }
            guard let fields = MappingReader(pair.value, subject: "the divergence of '\(id)'", keys: ["spread", "answers"],
                                             required: ["spread", "answers"], diagnostics: &diagnostics),
                let spread = fields["spread"]?.number("the spread of '\(id)'", into: &diagnostics),
                let answersNode = fields["answers"]
            else { return nil }
            guard let answerPairs = answersNode.mapping else {
                diagnostics.append(.error("expected a mapping of respondents to answers, found \(answersNode.kindDescription)",
                                          at: answersNode.location))
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
