/// The functions a framework's expressions may call (DESIGN.md §6), each of one argument: the
/// one list that the checker, the compiler and the host share.
enum HostFunction: Int, CaseIterable, Sendable {
    case level, score, answered, applicable, unknown, hasEvidence
    case section, dimension

    /// The name expressions call it by.
    var name: String {
        switch self {
        case .level: "level"
        case .score: "score"
        case .answered: "answered"
        case .applicable: "applicable"
        case .unknown: "unknown"
        case .hasEvidence: "has_evidence"
        case .section: "section"
        case .dimension: "dimension"
        }
    }

    /// The function called `name`; nil when there is none.
    init?(name: String) {
        guard let function = Self.byName[name] else { return nil }
        self = function
    }

    /// Whether its argument is an item id; otherwise it is a section or a dimension id, and the
    /// function reads scores that `applies_if` may not.
    var takesItem: Bool { self != .section && self != .dimension }

    /// The functions by name.
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
    /// Every function's name.
    static let names = Set(allCases.map(\.name))
    /// The names of the functions whose argument is an item id.
    static let itemFunctionNames = Set(allCases.filter(\.takesItem).map(\.name))
}
