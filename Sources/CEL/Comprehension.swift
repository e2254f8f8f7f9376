/// A comprehension macro: `range.all(variable, body)` and its siblings.
public struct Comprehension: Sendable, Hashable {
    /// Which macro.
    public enum Macro: String, Sendable, Hashable {
        case all, exists
        case existsOne = "exists_one"
        case map, filter
    }

    public var macro: Macro
    /// The list or map iterated (a map iterates its keys).
    public var range: Expr
    /// The name each element (or map key) is bound to while the macro runs.
    public var variable: String
    /// The predicate of the three-argument `map(x, predicate, transform)`.
    public var predicate: Expr?
    /// The predicate of `all`, `exists`, `exists_one`, `filter`; the transform of `map`.
    public var body: Expr

    public init(macro: Macro, range: Expr, variable: String, predicate: Expr? = nil, body: Expr) {
        self.macro = macro
        self.range = range
        self.variable = variable
        self.predicate = predicate
        self.body = body
    }
}

extension Comprehension.Macro {
    /// The names of all macros that take a receiver.
    static let allNames: Set<String> = ["all", "exists", "exists_one", "map", "filter"]
}
