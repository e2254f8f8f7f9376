/// A parsed CEL expression, ready to be checked against declarations and evaluated.
public struct Program: Sendable {
    /// The expression tree.
    public var root: Expr
    /// The source the program was parsed from.
    public let source: String
    /// The limits it was parsed with; evaluation uses their step budget.
    public let limits: Limits

    /// Parses `source`, enforcing the length and nesting limits.
    public static func parse(_ source: String, limits: Limits = .default) throws(CELError) -> Program {
        // Counted in code points, as cel-go does: a character can hold any number of combining marks.
        // A source of no more UTF-8 bytes than the limit has no more code points, and is not counted.
        if source.utf8.count > limits.maxLength, source.unicodeScalars.count > limits.maxLength {
            throw CELError("expression is longer than \(limits.maxLength) characters", offset: limits.maxLength)
        }
        var parser = Parser(source: source, limits: limits)
        return Program(root: try parser.parse(), source: source, limits: limits)
    }

    /// Evaluates the program with the given variables and host functions.
    public func evaluate(_ activation: Activation = Activation()) -> Result<Value, CELError> {
        EvaluationPlan(self).evaluate(activation)
    }

    /// Every call of the named global function, with its argument expressions and offset.
    public func calls(to function: String) -> [(arguments: [Expr], offset: Int)] {
        calls(to: [function]).map { ($0.arguments, $0.offset) }
    }

    /// Every call of any of the named global functions, in one walk of the tree: a caller that
    /// looks for several functions walked it once for each.
    public func calls(to functions: Set<String>) -> [(function: String, arguments: [Expr], offset: Int)] {
        var found: [(function: String, arguments: [Expr], offset: Int)] = []
        root.walk { node in
            if case .call(let function, nil, let arguments) = node.kind, functions.contains(function) {
                found.append((function, arguments, node.offset))
            }
        }
        return found
    }

    /// Every field selected on the named variable, with the offset of the field name:
    /// `v.f`, `has(v.f)` and `v['f']` with a literal string. A comprehension variable of the same
    /// name hides the variable inside its macro.
    public func fieldSelections(on variable: String) -> [(field: String, offset: Int)] {
        var found: [(field: String, offset: Int)] = []
        func visit(_ node: Expr, hidden: Bool) {
            func names(_ operand: Expr) -> Bool {
                guard case .identifier(let name) = operand.kind else { return false }
                return name == "." + variable || (name == variable && !hidden)
            }
            switch node.kind {
            case .select(let operand, let field, _) where names(operand):
                found.append((field, node.offset))
            case .index(let operand, let key) where names(operand):
                if case .literal(.string(let field)) = key.kind { found.append((field, key.offset)) }
                visit(key, hidden: hidden)
            case .comprehension(let c):
                visit(c.range, hidden: hidden)
                let inner = hidden || c.variable == variable
                if let predicate = c.predicate { visit(predicate, hidden: inner) }
                visit(c.body, hidden: inner)
            default:
                for child in node.kind.children { visit(child, hidden: hidden) }
            }
        }
        visit(root, hidden: false)
        return found
    }
}
