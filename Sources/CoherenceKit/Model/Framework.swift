import CEL
public import YAML

/// A validated reference framework: the checklist an assessment answers.
///
/// Built by `FrameworkLoader` from a framework file (DESIGN.md §3); every id it names resolves.
public struct Framework: Sendable {
    public var id: String
    public var version: String
    public var title: String
    public var description: String?
    public var source: String?
    /// The id of the scale items use when they name none.
    public var defaultScale: String
    /// A value of the default scale; the target of items on the default scale that set none.
    public var defaultTarget: Double?
    /// How the overall score combines the top-level sections.
    public var aggregate: Aggregation
    /// Whether an unknown or unanswered item leaves the overall score without a value.
    public var incomplete: IncompleteAnswers
    /// Scales in document order.
    public var scales: [Scale]
    /// Coherence dimensions in document order.
    public var dimensions: [Dimension]
    /// Bands in ascending order of `min`; empty when the framework defines none.
    public var bands: [Band]
    /// Typed country-profile fields that conditions may read, in document order.
    public var profile: [ProfileField]
    /// Capacity-building modules that items and rules point to.
    public var capacity: [CapacityModule]
    /// The top-level sections; each holds its items and sub-sections.
    public var sections: [Section] {
        didSet { tree = Tree(sections) }
    }
    public var rules: [Rule]
    /// Where the framework was read from.
    public var location: Location
    /// Every item and section in document order, kept in step with `sections`: scoring reads
    /// them for every assessment, and walking the tree each time cost more than the scoring.
    private(set) var tree: Tree

    public init(
        id: String, version: String, title: String, description: String? = nil, source: String? = nil,
        defaultScale: String, defaultTarget: Double? = nil, aggregate: Aggregation = .mean,
        incomplete: IncompleteAnswers = .zero, scales: [Scale], dimensions: [Dimension] = [], bands: [Band] = [],
        profile: [ProfileField] = [],
        capacity: [CapacityModule] = [], sections: [Section], rules: [Rule] = [], location: Location
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.defaultScale = defaultScale
        self.defaultTarget = defaultTarget
        self.aggregate = aggregate
        self.incomplete = incomplete
        self.scales = scales
        self.dimensions = dimensions
        self.bands = bands
        self.profile = profile
        self.capacity = capacity
        self.sections = sections
        self.tree = Tree(sections)
        self.rules = rules
        self.location = location
    }
}

extension Framework {
    /// The framework's sections and items flattened in document order (depth first).
    struct Tree: Sendable {
        var items: [Item] = []
        var sections: [(section: Section, parent: String?)] = []
        /// The position in `items` of the first item with each id.
        var itemPositions: [String: Int] = [:]

        init(_ roots: [Section]) {
            for root in roots { visit(root, parent: nil) }
            itemPositions.reserveCapacity(items.count)
            for (position, item) in items.enumerated() where itemPositions[item.id] == nil {
                itemPositions[item.id] = position
            }
        }

        private mutating func visit(_ section: Section, parent: String?) {
            sections.append((section, parent))
            items += section.items
            for child in section.sections { visit(child, parent: section.id) }
        }
    }
}

/// How a section (or the overall score) combines its children's scores (DESIGN.md §5).
public enum Aggregation: String, Sendable, CaseIterable {
    /// The weighted mean of the children's scores.
    case mean
    /// The lowest child score: the weakest link.
    case min
    /// The weighted mean of every scored item in the subtree, by item weights only.
    case flat
}

/// A score range with a name, such as "Developing" from 40.
public struct Band: Sendable, Hashable {
    public var min: Double
    public var label: String
    /// The number a method publishes for the band, such as SDG 10.7.2's 1–4; nil when it has none.
    public var code: Double?
    /// What a score in the band means.
    public var meaning: String?
    public var location: Location

    public init(min: Double, label: String, code: Double? = nil, meaning: String? = nil, location: Location) {
        self.min = min
        self.label = label
        self.code = code
        self.meaning = meaning
        self.location = location
    }
}

/// A coherence dimension (national, interstate, institutional, cross-domain, …).
public struct Dimension: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String?
    public var weight: Double
    public var location: Location

    public init(id: String, title: String, description: String? = nil, weight: Double = 1, location: Location) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.location = location
    }
}

/// A capacity-building module, such as a course of the Essentials of Migration Management.
public struct CapacityModule: Sendable, Hashable {
    public var id: String
    public var title: String
    public var reference: String?
    public var description: String?
    public var location: Location

    public init(id: String, title: String, reference: String? = nil, description: String? = nil, location: Location) {
        self.id = id
        self.title = title
        self.reference = reference
        self.description = description
        self.location = location
    }
}

/// A typed field of the country profile that conditions may read.
public struct ProfileField: Sendable, Hashable {
    public enum FieldType: String, Sendable, CaseIterable {
        case bool, string, number, list
    }

    public var id: String
    public var type: FieldType
    public var title: String?
    public var location: Location

    public init(id: String, type: FieldType, title: String? = nil, location: Location) {
        self.id = id
        self.type = type
        self.title = title
        self.location = location
    }
}

/// An expression as written in a file (`applies_if`, `when`), with where it starts.
public struct SourceExpression: Sendable, Hashable {
    public var text: String {
        didSet { program = Self.parse(text) }
    }
    /// The place of the expression's first character in the file.
    public var location: Location
    /// The text parsed, or why it does not parse: parsed once, here, for the loader's checks, a
    /// rule's default items and scoring alike.
    private(set) var program: Result<Program, CELError>

    public init(_ text: String, at location: Location) {
        self.text = text
        self.location = location
        program = Self.parse(text)
    }

    private static func parse(_ text: String) -> Result<Program, CELError> {
        Result { () throws(CELError) in try Program.parse(text, limits: .default) }
    }

    /// Expressions are equal when their texts and places are: the program follows from the text.
    public static func == (a: SourceExpression, b: SourceExpression) -> Bool {
        a.text == b.text && a.location == b.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(location)
    }
}
