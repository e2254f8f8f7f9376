public import YAML

/// Builds a validated `Framework` from a framework file (DESIGN.md §3), reporting every error it finds.
public struct FrameworkLoader {
    static let rootKeys = ["framework", "scales", "dimensions", "bands", "profile", "capacity", "sections", "rules"]
    static let headerKeys = [
        "id", "version", "title", "description", "source", "default_scale", "default_target", "aggregate",
        "incomplete",
    ]

    var diagnostics: [Diagnostic] = []
    /// Where each id of the shared namespace (sections, items, rules, dimensions) was first defined.
    var definitions: [String: Location] = [:]
    var scales: [Scale] = []
    /// Scales defined with an error already reported: a reference to one is not reported again.
    var invalidScales: Set<String> = []
    var dimensions: [Dimension] = []
    var capacity: [CapacityModule] = []
    /// The ids of `dimensions` and of `capacity`, in order, listed once for every item and rule
    /// that names some.
    var dimensionIds: [String] = []
    var capacityIds: [String] = []
    var profile: [ProfileField] = []
    var defaultScale: String?

    /// Parses and validates the framework in `text`, read from `file`.
    public static func parse(
        _ text: String, file: String, limits: YAML.Limits = .default
    ) throws(Diagnostics) -> Framework {
        let root = try YAMLParser(limits: limits).parse(text, file: file)
        return try load(root)
    }

    /// Validates a framework from its parsed YAML tree.
    public static func load(_ root: Node) throws(Diagnostics) -> Framework {
        var loader = FrameworkLoader()
        let framework = loader.framework(from: root)
        guard let framework, loader.diagnostics.isEmpty else { throw Diagnostics(loader.diagnostics) }
        // Expressions are checked once the names they may use are all known to be sound.
        let expressionErrors = ExpressionChecker.diagnostics(for: framework)
        guard expressionErrors.isEmpty else { throw Diagnostics(expressionErrors) }
        return framework
    }

    mutating func framework(from root: Node) -> Framework? {
        guard
            let fields = MappingReader(
                root, subject: "a framework file", keys: Self.rootKeys,
                required: ["framework", "sections"], diagnostics: &diagnostics),
            let headerNode = fields["framework"],
            let header = MappingReader(
                headerNode, subject: "the framework header", keys: Self.headerKeys,
                required: ["id", "version", "title"], diagnostics: &diagnostics)
        else { return nil }

        let id = header["id"]?.identifier("the framework id", .framework, into: &diagnostics)
        let version = header["version"]?.text("the framework version", limit: .label, into: &diagnostics)
        let title = header["title"]?.text("the framework title", limit: .label, into: &diagnostics)
        let aggregate = header["aggregate"].flatMap { aggregation($0, of: "the framework") } ?? .mean
        let incomplete = header["incomplete"].flatMap { incompleteAnswers($0, of: "the framework") } ?? .zero

        scales = fields["scales"].map { readScales($0) } ?? []
        if let node = header["default_scale"] {
            defaultScale = scaleReference(node, from: "the framework header")
        } else if scales.count == 1 {
            defaultScale = scales[0].id
        }
        var defaultTarget: Double?
        if let node = header["default_target"], let value = node.number("default_target", into: &diagnostics) {
            if let scale = defaultScale.flatMap(scale(named:)) {
                if scale.contains(value) {
                    defaultTarget = value
                } else {
                    diagnostics.append(
                        .error(
                            "default_target \(LevelText.format(value)) is not a value of scale '\(scale.id)' (\(describe(scale)))",
                            at: node.location))
                }
            } else if invalidScales.isEmpty {
                diagnostics.append(.error("default_target needs a default_scale to belong to", at: node.location))
            }
        }
        dimensions = fields["dimensions"].map { readDimensions($0) } ?? []
        dimensionIds = dimensions.map(\.id)
        let bands = fields["bands"].map { readBands($0) } ?? []
        profile = fields["profile"].map { readProfile($0) } ?? []
        capacity = fields["capacity"].map { readCapacity($0) } ?? []
        capacityIds = capacity.map(\.id)
        let sections = fields["sections"].map { readSections($0) } ?? []
        let items = sections.flatMap(Self.items(in:))
        let rules = fields["rules"].map { readRules($0, items: items) } ?? []

        guard let id, let version, let title, let defaultScaleId = defaultScale ?? scales.first?.id else {
            if scales.isEmpty, fields["scales"] == nil {
                diagnostics.append(.error("the framework defines no scales: add a 'scales' mapping", at: root.location))
            }
            return nil
        }
        return Framework(
            id: id, version: version, title: title,
            description: header["description"]?.text("the framework description", into: &diagnostics),
            source: header["source"]?.text("the framework source", into: &diagnostics),
            defaultScale: defaultScaleId, defaultTarget: defaultTarget, aggregate: aggregate,
            incomplete: incomplete, scales: scales, dimensions: dimensions, bands: bands, profile: profile,
            capacity: capacity,
            sections: sections, rules: rules, location: root.location)
    }

    static func items(in section: Section) -> [Item] {
        section.items + section.sections.flatMap(items(in:))
    }

    /// Records `id` in the namespace shared by sections, items, rules and dimensions.
    mutating func define(_ id: String, kind: String, at location: Location) -> Bool {
        if let first = definitions[id] {
            diagnostics.append(
                .error(
                    "duplicate id '\(id)': \(kind) ids must be unique across sections, items, rules and dimensions",
                    at: location, notes: [.note("'\(id)' first defined here", at: first)]))
            return false
        }
        definitions[id] = location
        return true
    }

    mutating func aggregation(_ node: Node, of subject: String) -> Aggregation? {
        guard let text = node.text("the aggregate of \(subject)", into: &diagnostics) else { return nil }
        guard let aggregation = Aggregation(rawValue: text) else {
            diagnostics.append(
                .error("unknown aggregate '\(text)' for \(subject): use mean, min or flat", at: node.location))
            return nil
        }
        return aggregation
    }

    /// How `subject` treats unknown and unanswered items, from its `incomplete` key.
    mutating func incompleteAnswers(_ node: Node, of subject: String) -> IncompleteAnswers? {
        guard let text = node.text("the incomplete of \(subject)", into: &diagnostics) else { return nil }
        guard let value = IncompleteAnswers(rawValue: text) else {
            diagnostics.append(
                .error(
                    "unknown value '\(text)' for the incomplete of \(subject)\(Suggestion.hint(for: text, in: IncompleteAnswers.allCases.map(\.rawValue))): use zero (unknown and unanswered items score 0) or unscored (no score while any is unknown or unanswered)",
                    at: node.location))
            return nil
        }
        return value
    }

    func scale(named id: String) -> Scale? { scales.first { $0.id == id } }

    /// The id of an existing scale named by `node`, or nil with a diagnostic.
    mutating func scaleReference(_ node: Node, from subject: String) -> String? {
        guard let id = node.text("the scale of \(subject)", into: &diagnostics) else { return nil }
        guard scale(named: id) != nil else {
            if invalidScales.contains(id) { return nil }
            let known = scales.map(\.id)
            diagnostics.append(
                .error(
                    "unknown scale '\(id)' in \(subject)\(Suggestion.hint(for: id, in: known)): defined scales are \(list(known))",
                    at: node.location))
            return nil
        }
        return id
    }

    /// The ids `node` lists (one id, or a list of them) under `key` of `subject`, each checked to
    /// name one of `known`, for messages about `what`: `capacity: [emm]` of an item or a rule.
    mutating func references(
        _ node: Node, key: String, among known: [String], what: String, in subject: String
    ) -> [String] {
        node.texts("the \(key) of \(subject)", into: &diagnostics).compactMap {
            resolve($0.text, at: $0.node, among: known, what: what, in: subject)
        }
    }

    /// `text` when it names one of `known`; else nil, with a diagnostic at `node`.
    mutating func resolve(
        _ text: String, at node: Node, among known: [String], what: String, in subject: String
    ) -> String? {
        if known.contains(text) { return text }
        diagnostics.append(
            .error(
                "unknown \(what) '\(text)' in \(subject)\(Suggestion.hint(for: text, in: known))", at: node.location))
        return nil
    }
}

/// `'a', 'b' and 'c'`, or `none`.
func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.map { "'\($0)'" }.joined(separator: ", ")
}

/// The values a scale accepts, for messages: `0 Absent, 1 Initiated` or `a number from 0 to 100`.
func describe(_ scale: Scale) -> String {
    switch scale.kind {
    case .levels(let levels): levels.map { "\(LevelText.format($0.value)) \($0.label)" }.joined(separator: ", ")
    case .range(let min, let max): "a number from \(LevelText.format(min)) to \(LevelText.format(max))"
    }
}
