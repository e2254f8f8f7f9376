import YAML

/// Reading the catalogues a framework declares before its sections: scales, dimensions, bands,
/// profile fields and capacity modules.
extension FrameworkLoader {
    /// Answer words that mean something other than a level, so no label may take them.
    static let reservedLabels = ["n/a", "unknown"]

    mutating func readScales(_ node: Node) -> [Scale] {
        guard let pairs = node.mapping(of: "scale ids to scales for 'scales'", into: &diagnostics) else { return [] }
        var result: [Scale] = []
        var seen: [String: Location] = [:]
        for pair in pairs {
            guard let id = pair.key.identifier("a scale id", .name, into: &diagnostics) else { continue }
            guard seen.claim(id, as: "scale", at: pair.key.location, first: "first defined here", into: &diagnostics)
            else { continue }
            if let scale = readScale(id: id, pair.value) {
                result.append(scale)
            } else {
                invalidScales.insert(id)
            }
        }
        return result
    }

    mutating func readScale(id: String, _ node: Node) -> Scale? {
        let subject = "scale '\(id)'"
        guard let fields = MappingReader(node, subject: subject, keys: ["levels", "range"], diagnostics: &diagnostics)
        else {
            return nil
        }
        switch (fields["levels"], fields["range"]) {
        case (let levels?, nil):
            return readLevels(levels, of: id).map { Scale(id: id, kind: .levels($0), location: node.location) }
        case (nil, let range?):
            guard
                let bounds = MappingReader(
                    range, subject: "the range of \(subject)", keys: ["min", "max"],
                    required: ["min", "max"], diagnostics: &diagnostics),
                let min = bounds["min"]?.number("the minimum of \(subject)", into: &diagnostics),
                let max = bounds["max"]?.number("the maximum of \(subject)", into: &diagnostics)
            else { return nil }
            guard min < max else {
                diagnostics.append(
                    .error(
                        "the range of \(subject) must have min below max, found \(LevelText.format(min)) to \(LevelText.format(max))",
                        at: range.location))
                return nil
            }
            return Scale(id: id, kind: .range(min: min, max: max), location: node.location)
        case (nil, nil):
            diagnostics.append(.error("\(subject) needs either 'levels' or 'range'", at: node.location))
        case (_?, _?):
            diagnostics.append(.error("\(subject) has both 'levels' and 'range': keep one", at: node.location))
        }
        return nil
    }

    mutating func readLevels(_ node: Node, of scale: String) -> [Level]? {
        guard let elements = node.sequence, !elements.isEmpty else {
            diagnostics.append(
                .error(
                    "expected a non-empty list of levels for scale '\(scale)', found \(node.kindDescription)",
                    at: node.location))
            return nil
        }
        var levels: [Level] = []
        var labels: [String: Location] = [:]
        var previous: (value: Double, location: Location)?
        var valid = true
        for element in elements {
            guard
                let fields = MappingReader(
                    element, subject: "a level of scale '\(scale)'", keys: ["value", "label", "meaning"],
                    required: ["value", "label"], diagnostics: &diagnostics),
                let value = fields["value"]?.number("a level value of scale '\(scale)'", into: &diagnostics),
                let label = fields["label"]?.text("a level label", limit: .label, into: &diagnostics)
            else {
                valid = false
                continue
            }
            if let previous, value <= previous.value {
                diagnostics.append(
                    .error(
                        "level values of scale '\(scale)' must be distinct and ascending: \(LevelText.format(value)) follows \(LevelText.format(previous.value))",
                        at: fields["value"]!.location, notes: [.note("previous level here", at: previous.location)]))
                valid = false
            }
            previous = (value, fields["value"]!.location)
            let key = label.lowercased()
            if let first = labels[key] {
                diagnostics.append(
                    .error(
                        "duplicate label '\(label)' in scale '\(scale)': labels must be unique, ignoring case",
                        at: fields["label"]!.location, notes: [.note("first used here", at: first)]))
                valid = false
            } else if Self.reservedLabels.contains(key) {
                diagnostics.append(
                    .error(
                        "'\(label)' cannot be a level label: answers use it to mean \(key == "n/a" ? "not applicable" : "not known")",
                        at: fields["label"]!.location))
                valid = false
            }
            labels[key] = fields["label"]!.location
            let meaning = fields["meaning"]?.text("a level meaning", into: &diagnostics)
            levels.append(Level(value: value, label: label, meaning: meaning))
        }
        return valid ? levels : nil
    }

    mutating func readDimensions(_ node: Node) -> [Dimension] {
        node.list(for: "'dimensions'", into: &diagnostics).compactMap { element in
            guard
                let fields = MappingReader(
                    element, subject: element.subject("dimension"), keys: ["id", "title", "description", "weight"],
                    required: ["id", "title"], diagnostics: &diagnostics),
                let id = fields["id"]?.identifier("a dimension id", .name, into: &diagnostics),
                let title = fields["title"]?.text("the title of dimension '\(id)'", limit: .label, into: &diagnostics),
                define(id, kind: "dimension", at: fields["id"]!.location)
            else { return nil }
            let weight = fields["weight"].map { $0.weight("the weight of dimension '\(id)'", into: &diagnostics) } ?? 1
            return Dimension(
                id: id, title: title, description: fields["description"]?.text("a description", into: &diagnostics),
                weight: weight ?? 1, location: element.location)
        }
    }

    mutating func readBands(_ node: Node) -> [Band] {
        var bands: [Band] = []
        for element in node.list(for: "'bands'", into: &diagnostics) {
            guard
                let fields = MappingReader(
                    element, subject: "a band", keys: ["min", "label", "code", "meaning"],
                    required: ["min", "label"], diagnostics: &diagnostics),
                let min = fields["min"]?.number("the min of a band", into: &diagnostics),
                let label = fields["label"]?.text("the label of a band", limit: .label, into: &diagnostics)
            else { continue }
            let code = fields["code"]?.number("the code of band '\(label)'", into: &diagnostics)
            if let code, let node = fields["code"], let other = bands.first(where: { $0.code == code }) {
                diagnostics.append(
                    .error(
                        "band '\(label)' has code \(LevelText.format(code)), already the code of band '\(other.label)': give each band its own code",
                        at: node.location, notes: [.note("band '\(other.label)' here", at: other.location)]))
            }
            let at = fields["min"]!.location
            if bands.isEmpty, min != 0 {
                diagnostics.append(.error("the first band must start at min 0, found \(LevelText.format(min))", at: at))
            } else if let last = bands.last, min <= last.min {
                diagnostics.append(
                    .error(
                        "bands must be in ascending order of min: \(LevelText.format(min)) follows \(LevelText.format(last.min))",
                        at: at, notes: [.note("previous band here", at: last.location)]))
            } else if min > 100 {
                diagnostics.append(.error("band min \(LevelText.format(min)) is above 100, the highest score", at: at))
            }
            bands.append(
                Band(
                    min: min, label: label, code: code,
                    meaning: fields["meaning"]?.text("the meaning of band '\(label)'", into: &diagnostics), location: at
                ))
        }
        return bands
    }

    mutating func readProfile(_ node: Node) -> [ProfileField] {
        guard let pairs = node.mapping(of: "field names to types for 'profile'", into: &diagnostics) else { return [] }
        let types = ProfileField.FieldType.allCases.map(\.rawValue)
        return pairs.compactMap { pair in
            guard let id = pair.key.identifier("a profile field", .name, into: &diagnostics),
                let fields = MappingReader(
                    pair.value, subject: "profile field '\(id)'", keys: ["type", "title"],
                    required: ["type"], diagnostics: &diagnostics),
                let typeNode = fields["type"], let typeName = typeNode.text("a profile field type", into: &diagnostics)
            else { return nil }
            guard let type = ProfileField.FieldType(rawValue: typeName) else {
                diagnostics.append(
                    .error(
                        "unknown type '\(typeName)' for profile field '\(id)'\(Suggestion.hint(for: typeName, in: types)): use bool, string, number or list",
                        at: typeNode.location))
                return nil
            }
            return ProfileField(
                id: id, type: type,
                title: fields["title"]?.text("the title of profile field '\(id)'", limit: .label, into: &diagnostics),
                location: pair.key.location)
        }
    }

    mutating func readCapacity(_ node: Node) -> [CapacityModule] {
        var seen: [String: Location] = [:]
        return node.list(for: "'capacity'", into: &diagnostics).compactMap { element in
            guard
                let fields = MappingReader(
                    element, subject: element.subject("capacity module"),
                    keys: ["id", "title", "reference", "description"],
                    required: ["id", "title"], diagnostics: &diagnostics),
                let id = fields["id"]?.identifier("a capacity module id", .name, into: &diagnostics),
                let title = fields["title"]?.text(
                    "the title of capacity module '\(id)'", limit: .label, into: &diagnostics)
            else { return nil }
            guard
                seen.claim(
                    id, as: "capacity module", at: fields["id"]!.location, first: "first defined here",
                    into: &diagnostics)
            else { return nil }
            return CapacityModule(
                id: id, title: title, reference: fields["reference"]?.text("a reference", into: &diagnostics),
                description: fields["description"]?.text("a description", into: &diagnostics),
                location: element.location)
        }
    }
}
