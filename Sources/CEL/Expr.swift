/// A node of a parsed expression, with the 0-based character offset it came from.
///
/// Offsets point at what an error there would be about: an operator for an operation, the
/// field name for a selection, the function name for a call, `[` for indexing, `?` for `?:`.
public struct Expr: Sendable, Hashable {
    /// What the node is.
    public indirect enum Kind: Sendable, Hashable {
        case literal(Value)
        /// A name. A leading `.` (`.x`) names the variable `x` past any comprehension variable.
        case identifier(String)
        /// `operand.field`, or `has(operand.field)` when `testOnly`.
        case select(Expr, field: String, testOnly: Bool)
        /// `operand[index]`.
        case index(Expr, Expr)
        /// `function(arguments)`, or `target.function(arguments)` when there is a target.
        case call(function: String, target: Expr?, arguments: [Expr])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        /// `condition ? then : else`.
        case conditional(Expr, Expr, Expr)
        case list([Expr])
        case map([MapEntry])
        /// A macro over a list or map: `all`, `exists`, `exists_one`, `map`, `filter`.
        case comprehension(Comprehension)
    }

    /// What the node is.
    public var kind: Kind
    /// The 0-based character offset in the source.
    public var offset: Int
    /// How many levels of nesting the node holds: 0 for a literal or a name (see ``Limits/maxDepth``).
    public let depth: Int

    /// A node; its ``depth`` follows from its children.
    public init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
        var deepest: Int?
        kind.forEachChild { deepest = max(deepest ?? 0, $0.depth) }
        self.depth = deepest.map { $0 + 1 } ?? 0
    }
}

/// A prefix operator.
public enum UnaryOperator: String, Sendable, Hashable {
    case not = "!"
    case negate = "-"
}

/// An infix operator.
public enum BinaryOperator: String, Sendable, Hashable {
    case and = "&&"
    case or = "||"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in` = "in"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"

    /// How tightly the operator binds, loosest first: `||`, `&&`, relations (`in` among them),
    /// `+ -`, `* / %`.
    var precedence: Int {
        switch self {
        case .or: 0
        case .and: 1
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in: 2
        case .add, .subtract: 3
        case .multiply, .divide, .remainder: 4
        }
    }
}

/// One `key: value` entry of a map literal.
public struct MapEntry: Sendable, Hashable {
    public var key: Expr
    public var value: Expr

    public init(key: Expr, value: Expr) {
        self.key = key
        self.value = value
    }
}

extension Expr.Kind {
    /// The direct sub-expressions, in source order.
    public var children: [Expr] {
        var children: [Expr] = []
        forEachChild { children.append($0) }
        return children
    }

    /// Calls `body` on each direct sub-expression, in source order, without collecting them in
    /// an array (every node built or walked would allocate one).
    func forEachChild(_ body: (Expr) -> Void) {
        switch self {
        case .literal, .identifier: break
        case .select(let operand, _, _): body(operand)
        case .index(let operand, let index):
            body(operand)
            body(index)
        case .call(_, let target, let arguments):
            if let target { body(target) }
            arguments.forEach(body)
        case .unary(_, let operand): body(operand)
        case .binary(_, let left, let right):
            body(left)
            body(right)
        case .conditional(let c, let t, let e):
            body(c)
            body(t)
            body(e)
        case .list(let elements): elements.forEach(body)
        case .map(let entries):
            for entry in entries {
                body(entry.key)
                body(entry.value)
            }
        case .comprehension(let c):
            body(c.range)
            if let predicate = c.predicate { body(predicate) }
            body(c.body)
        }
    }
}

extension Expr {
    /// Calls `visit` on this node and every node below it, parents before children.
    public func walk(_ visit: (Expr) -> Void) {
        visit(self)
        kind.forEachChild { $0.walk(visit) }
    }
}

extension Expr {
    /// The value of a literal node, nil for any other node.
    public var literal: Value? {
        if case .literal(let value) = kind { return value }
        return nil
    }

    /// The text of a string literal node (`'LAB-02'` in `level('LAB-02')`), nil for any other node.
    public var stringLiteral: String? {
        if case .literal(.string(let text)) = kind { return text }
        return nil
    }
}
