/// A program laid out for evaluation: its nodes in one flat, immutable array whose children are
/// positions, built once and read by ``Evaluator``.
///
/// A framework's expressions are evaluated for every assessment, by several threads at once.
/// Walking the ``Expr`` tree retains and releases each node's heap box, its children and its names
/// at every step; the nodes here are plain values, and only the literal values and names stored
/// beside them are reference-counted.
public final class EvaluationPlan: Sendable {
    /// One node: what it is, its children as positions, and its offset in the source.
    struct Node: Sendable {
        var kind: Kind
        /// The 0-based character offset in the source (see ``Expr/offset``).
        var offset: Int
    }

    /// What a node is; the cases mirror ``Expr/Kind`` with positions for expressions. A position
    /// of a node is in ``nodes``, of a name in ``names``, of a literal in ``literals``; `arguments`,
    /// `elements` and `entries` are ranges of ``children`` (a map's keys and values alternate).
    enum Kind: Sendable {
        case literal(Int)
        case identifier(name: Int)
        /// A name the activation gives by position (``Activation/resolvedVariables``), not hidden
        /// by a comprehension variable there (see ``EvaluationPlan/init(_:variables:resolving:)``).
        case variable(Int, name: Int)
        case select(Int, field: Int, testOnly: Bool)
        case index(Int, Int)
        /// `target` is -1 for a global call.
        case call(function: Int, target: Int, arguments: Range<Int>)
        /// A global call of one argument, a literal, that the host resolved when the plan was built
        /// (see ``EvaluationPlan/init(_:variables:resolving:)``).
        case hostCall(ResolvedCall, function: Int, arguments: Range<Int>)
        case unary(UnaryOperator, Int)
        case binary(BinaryOperator, Int, Int)
        case conditional(Int, Int, Int)
        case list(elements: Range<Int>)
        case map(entries: Range<Int>)
        /// `predicate` is -1 when there is none.
        case comprehension(Comprehension.Macro, range: Int, variable: Int, predicate: Int, body: Int)
    }

    let nodes: [Node]
    let children: [Int]
    let literals: [Value]
    let names: [String]
    /// The position of the root node.
    let root: Int
    /// The step budget of an evaluation (``Limits/maxSteps``).
    let maxSteps: Int

    /// Lays out `program`'s expression tree, resolving what can be resolved once for every
    /// evaluation.
    ///
    /// - Parameters:
    ///   - program: The parsed expression.
    ///   - variables: Variable names to resolve by position. A name of one of them (a leading `.`
    ///     or none), where no comprehension variable hides it, is resolved to its position here:
    ///     an activation with ``Activation/resolvedVariables`` gives its value by that position
    ///     instead of hashing the name.
    ///   - resolve: Gets the name and the literal argument of each global call of one literal
    ///     argument to a function that is not built in, and may resolve it once for all
    ///     evaluations: the activation's host then answers the ``ResolvedCall``, with neither the
    ///     function nor its argument looked up. Nil leaves the call to be made by name.
    public init(
        _ program: Program, variables: [String] = [],
        resolving resolve: @escaping (_ function: String, _ argument: Value) -> ResolvedCall? = { _, _ in nil }
    ) {
        var builder = Builder(variables: variables, resolve: resolve)
        root = builder.add(program.root)
        maxSteps = program.limits.maxSteps
        nodes = builder.nodes
        children = builder.children
        literals = builder.literals
        names = builder.names
    }

    /// Evaluates the plan.
    ///
    /// - Parameter activation: The variables and the host functions the expression sees.
    /// - Returns: The expression's value, or the error that stopped its evaluation, with the
    ///   offset of the node that failed.
    public func evaluate(_ activation: Activation = Activation()) -> Result<Value, CELError> {
        var evaluator = Evaluator(plan: self, activation: activation)
        do throws(CELError) {
            return .success(try evaluator.evaluate(root))
        } catch {
            return .failure(error)
        }
    }

    /// Collects the nodes of a tree, children before their parent.
    private struct Builder {
        let variables: [String]
        let resolve: (_ function: String, _ argument: Value) -> ResolvedCall?
        /// The comprehension variables in scope of the node being added, innermost last.
        var hidden: [String] = []
        var nodes: [Node] = []
        var children: [Int] = []
        var literals: [Value] = []
        var names: [String] = []

        /// Room for a typical condition or rule, so the arrays are not regrown node by node.
        init(variables: [String], resolve: @escaping (_ function: String, _ argument: Value) -> ResolvedCall?) {
            self.variables = variables
            self.resolve = resolve
            nodes.reserveCapacity(16)
            children.reserveCapacity(4)
            literals.reserveCapacity(8)
            names.reserveCapacity(8)
        }

        /// Adds `expr` and everything below it; returns its position.
        mutating func add(_ expr: Expr) -> Int {
            let kind: Kind
            switch expr.kind {
            case .literal(let value):
                literals.append(value)
                kind = .literal(literals.count - 1)
            case .identifier(let name):
                let global = name.utf8.first == UInt8(ascii: ".") ? String(name.dropFirst()) : nil
                if let position = variables.firstIndex(of: global ?? name), global != nil || !hidden.contains(name) {
                    kind = .variable(position, name: self.name(name))
                } else {
                    kind = .identifier(name: self.name(name))
                }
            case .select(let operand, let field, let testOnly):
                kind = .select(add(operand), field: name(field), testOnly: testOnly)
            case .index(let operand, let index): kind = .index(add(operand), add(index))
            case .call(let function, let target, let arguments):
                let target = target.map { add($0) } ?? -1
                // A built-in wins over a host function of the same name, so only other names resolve.
                if target < 0, arguments.count == 1, Evaluator.builtinFunctions[function] == nil,
                    let argument = arguments[0].literal, let resolved = resolve(function, argument)
                {
                    kind = .hostCall(resolved, function: name(function), arguments: list(arguments))
                } else {
                    kind = .call(function: name(function), target: target, arguments: list(arguments))
                }
            case .unary(let op, let operand): kind = .unary(op, add(operand))
            case .binary(let op, let left, let right): kind = .binary(op, add(left), add(right))
            case .conditional(let c, let t, let e): kind = .conditional(add(c), add(t), add(e))
            case .list(let elements): kind = .list(elements: list(elements))
            case .map(let entries): kind = .map(entries: list(entries.flatMap { [$0.key, $0.value] }))
            case .comprehension(let c):
                let range = add(c.range)
                hidden.append(c.variable)
                let predicate = c.predicate.map { add($0) } ?? -1
                let body = add(c.body)
                hidden.removeLast()
                kind = .comprehension(
                    c.macro, range: range, variable: name(c.variable), predicate: predicate, body: body)
            }
            nodes.append(Node(kind: kind, offset: expr.offset))
            return nodes.count - 1
        }

        /// Adds each of `exprs`; returns the range of ``children`` holding their positions.
        private mutating func list(_ exprs: [Expr]) -> Range<Int> {
            let positions = exprs.map { add($0) }
            children.append(contentsOf: positions)
            return children.count - positions.count..<children.count
        }

        private mutating func name(_ name: String) -> Int {
            names.append(name)
            return names.count - 1
        }
    }
}
