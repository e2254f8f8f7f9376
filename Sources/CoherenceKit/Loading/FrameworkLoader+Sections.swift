import YAML

/// Reading the section tree and its items.
extension FrameworkLoader {
    static let sectionKeys = [
        "id", "title", "description", "weight", "aggregate", "incomplete", "reference", "items", "sections",
    ]
    static let itemKeys = [
        "id", "question", "guidance", "scale", "levels", "weight", "effort", "target", "dimensions", "applies_if",
        "evidence", "capacity", "references", "allow_na",
    ]

    mutating func readSections(_ node: Node) -> [Section] {
        node.list(for: "'sections'", into: &diagnostics).compactMap { readSection($0, depth: 1) }
    }

    mutating func readSection(_ node: Node, depth: Int) -> Section? {
        guard
            let fields = MappingReader(
                node, subject: node.subject("section"), keys: Self.sectionKeys, required: ["id", "title"],
                diagnostics: &diagnostics),
            let id = fields["id"]?.identifier("a section id", .name, into: &diagnostics)
        else { return nil }
        let subject = "section '\(id)'"
        let defined = define(id, kind: "section", at: fields["id"]!.location)
        let title = fields["title"]?.text("the title of \(subject)", limit: .label, into: &diagnostics)
        let weight = fields["weight"].map { $0.weight("the weight of \(subject)", into: &diagnostics) } ?? 1
        let aggregate = fields["aggregate"].map { aggregation($0, of: subject) } ?? .mean
        let incomplete = fields["incomplete"].map { incompleteAnswers($0, of: subject) } ?? .zero
        let items =
            fields["items"].map { $0.list(for: "'items'", into: &diagnostics).compactMap { readItem($0) } } ?? []
        let sections =
            fields["sections"].map {
                $0.list(for: "'sections'", into: &diagnostics).compactMap { readSection($0, depth: depth + 1) }
            }
            ?? []
        if !fields.has("items") && !fields.has("sections") {
            diagnostics.append(
                .error("\(subject) has neither items nor sections: add 'items', 'sections', or both", at: node.location)
            )
        }
        guard defined, let title, let weight, let aggregate, let incomplete else { return nil }
        return Section(
            id: id, title: title,
            description: fields["description"]?.text("the description of \(subject)", into: &diagnostics),
            weight: weight, aggregate: aggregate, incomplete: incomplete,
            reference: fields["reference"]?.text("a reference", into: &diagnostics),
            items: items, sections: sections, location: node.location)
    }

    mutating func readItem(_ node: Node) -> Item? {
        guard
            let fields = MappingReader(
                node, subject: node.subject("item"), keys: Self.itemKeys, required: ["id", "question"],
                diagnostics: &diagnostics),
            let id = fields["id"]?.identifier("an item id", .item, into: &diagnostics)
        else { return nil }
        let subject = "item '\(id)'"
        let defined = define(id, kind: "item", at: fields["id"]!.location)
        let question = fields["question"]?.text("the question of \(subject)", into: &diagnostics)

        let scaleId: String?
        if let node = fields["scale"] {
            scaleId = scaleReference(node, from: subject)
        } else if let defaultScale {
            scaleId = defaultScale
        } else {
            if invalidScales.isEmpty {
                diagnostics.append(
                    .error("\(subject) names no scale and the framework has no default_scale", at: node.location))
            }
            scaleId = nil
        }
        let scale = scaleId.flatMap(scale(named:))
        let weight = fields["weight"].map { $0.weight("the weight of \(subject)", into: &diagnostics) } ?? 1
        let effort = fields["effort"].map { $0.weight("the effort of \(subject)", into: &diagnostics) } ?? 1
        var target: Double?
        if let node = fields["target"], let scale {
            target = answerValue(node, on: scale, what: "the target of \(subject)")
        }
        let rubric =
            fields["levels"].flatMap { node in scale.map { rubricLevels(node, on: $0, subject: subject) } } ?? [:]
        let memberships = fields["dimensions"].map { readMemberships($0, subject: subject) } ?? []
        let capacity =
            fields["capacity"].map {
                references($0, key: "capacity", among: capacityIds, what: "capacity module", in: subject)
            } ?? []
        var evidence = Item.Evidence.optional
        if let node = fields["evidence"], let text = node.text("the evidence of \(subject)", into: &diagnostics) {
            if let value = Item.Evidence(rawValue: text) {
                evidence = value
            } else {
                diagnostics.append(
                    .error(
                        "evidence of \(subject) must be 'required' or 'optional', found '\(text)'", at: node.location))
            }
        }
        let appliesIf = fields["applies_if"].flatMap { node in
            node.text("the applies_if of \(subject)", into: &diagnostics).map {
                SourceExpression($0, at: node.textLocation)
            }
        }
        let allowsNotApplicable =
            fields["allow_na"].map { $0.bool("the allow_na of \(subject)", into: &diagnostics) } ?? true
        if allowsNotApplicable == false, let condition = fields["applies_if"] {
            diagnostics.append(
                .error(
                    "\(subject) has allow_na: false, so it applies to every country, and an applies_if that could exclude it: remove one of them",
                    at: condition.location, notes: [.note("allow_na set here", at: fields["allow_na"]!.location)]))
        }
        guard defined, let question, let scaleId, let weight, let effort, let allowsNotApplicable else { return nil }
        return Item(
            id: id, question: question,
            guidance: fields["guidance"]?.text("the guidance of \(subject)", into: &diagnostics),
            scale: scaleId, rubric: rubric, weight: weight, effort: effort, target: target, dimensions: memberships,
            appliesIf: appliesIf,
            allowsNotApplicable: allowsNotApplicable, evidence: evidence, capacity: capacity,
            references: fields["references"].map {
                $0.texts("the references of \(subject)", into: &diagnostics).map(\.text)
            } ?? [],
            location: node.location)
    }

    /// A value of `scale` written as a number or, on a level scale, as a label.
    mutating func answerValue(_ node: Node, on scale: Scale, what: @autoclosure () -> String) -> Double? {
        switch node.value {
        case .int?, .double?:
            return node.number(what(), into: &diagnostics).flatMap { checked($0, node: node, on: scale, what: what()) }
        case .string(let label)? where !scale.levels.isEmpty:
            if let level = scale.level(labeled: label) { return level.value }
            diagnostics.append(
                .error(
                    "'\(label)' is not a level of scale '\(scale.id)' for \(what())\(Suggestion.hint(for: label, in: scale.levels.map(\.label))): use one of \(describe(scale))",
                    at: node.location))
            return nil
        default:
            diagnostics.append(
                .error(
                    "expected a value of scale '\(scale.id)' for \(what()) (\(describe(scale))), found \(node.kindDescription)",
                    at: node.location))
            return nil
        }
    }

    private mutating func checked(
        _ value: Double, node: Node, on scale: Scale, what: @autoclosure () -> String
    ) -> Double? {
        guard scale.contains(value) else {
            diagnostics.append(
                .error(
                    "\(LevelText.format(value)) is not a value of scale '\(scale.id)' for \(what()): use \(describe(scale))",
                    at: node.location))
            return nil
        }
        return value
    }

    mutating func rubricLevels(_ node: Node, on scale: Scale, subject: String) -> [Double: String] {
        guard
            let pairs = node.mapping(
                of: "level values to descriptions for the levels of \(subject)", into: &diagnostics)
        else { return [:] }
        var rubric: [Double: String] = [:]
        // Sized once, not grown level by level; the pairs are read in place, not copied.
        rubric.reserveCapacity(pairs.count)
        for index in pairs.indices {
            guard let value = answerValue(pairs[index].key, on: scale, what: "the levels of \(subject)"),
                let text = pairs[index].value.text("a level description of \(subject)", into: &diagnostics)
            else { continue }
            rubric[value] = text
        }
        return rubric
    }

    mutating func readMemberships(_ node: Node, subject: String) -> [Membership] {
        let known = dimensionIds
        if let pairs = node.mapping {
            // A key is a scalar: its one text is resolved without the list `references` builds.
            return pairs.compactMap { pair in
                guard let text = pair.key.text("a dimension of \(subject)", into: &diagnostics),
                    let id = resolve(text, at: pair.key, among: known, what: "dimension", in: subject),
                    let weight = pair.value.weight("the membership of \(subject) in '\(id)'", into: &diagnostics)
                else { return nil }
                return Membership(dimension: id, weight: weight)
            }
        }
        return references(node, key: "dimensions", among: known, what: "dimension", in: subject)
            .map { Membership(dimension: $0) }
    }
}
