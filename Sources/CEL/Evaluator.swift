/// Computes the value of an ``EvaluationPlan`` with CEL's semantics, counting steps.
struct Evaluator {
    /// The plan's arrays: nodes are read by position.
    private let nodes: [EvaluationPlan.Node]
    private let children: [Int]
    private let literals: [Value]
    private let names: [String]
    /// What the evaluation sees.
    let activation: Activation
    let maxSteps: Int
    private(set) var steps = 0
    /// Comprehension variables in scope, innermost last.
    var locals: [(name: String, value: Value)] = []

    init(plan: EvaluationPlan, activation: Activation) {
        nodes = plan.nodes
        children = plan.children
        literals = plan.literals
        names = plan.names
        self.activation = activation
        maxSteps = plan.maxSteps
    }

    /// Evaluates a whole program from its root node. Running out of steps is final even where
    /// `&&`, `||` or a macro would otherwise absorb the error.
    ///
    /// The result is charged one step per 16 values in it, counting a list or map as often as it
    /// appears: lists that share elements can be far larger than the steps that built them, and
    /// the host will print or walk the result.
    mutating func evaluate(_ root: Int) throws(CELError) -> Value {
        let result = self.result(of: root)
        if steps > maxSteps { throw budgetExceeded(at: nodes[root].offset) }
        let value = try result.get()
        var work = Self.work(forSteps: maxSteps - steps + 1) - 1  // steps for whole sixteens only
        value.spend(&work)
        if work < 0 { throw budgetExceeded(at: nodes[root].offset) }
        return value
    }

    /// Units of work (values compared or visited) that `steps` steps pay for: 16 a step.
    static func work(forSteps steps: Int) -> Int {
        let (work, overflow) = steps.multipliedReportingOverflow(by: 16)
        return overflow ? Int.max : work
    }

    private func budgetExceeded(at offset: Int) -> CELError {
        CELError("evaluation exceeded \(maxSteps) steps", offset: offset)
    }

    /// Adds `count` to the steps taken, failing once the budget is spent.
    mutating func charge(_ count: Int, at offset: Int) throws(CELError) {
        steps += count
        if steps > maxSteps { throw budgetExceeded(at: offset) }
    }

    /// The offset of the node at `node`.
    func offset(of node: Int) -> Int { nodes[node].offset }

    /// The value of the node at `node`, or its error, as a value (for the operators that absorb errors).
    mutating func result(of node: Int) -> Result<Value, CELError> {
        do {
            return .success(try eval(node))
        } catch {
            return .failure(error)
        }
    }

    mutating func eval(_ node: Int) throws(CELError) -> Value {
        let offset = nodes[node].offset
        try charge(1, at: offset)
        // Each case runs in its own function: in debug builds a frame holds the locals of every
        // case, and this function is on the stack once per level of nesting.
        switch nodes[node].kind {
        case .literal(let position): return literals[position]
        case .identifier(let name): return try lookup(names[name], at: offset)
        case .variable(let position, let name):
            let values = activation.resolvedVariables
            return position < values.count ? values[position] : try lookup(names[name], at: offset)
        case .select(let operand, let field, let testOnly):
            return try evalSelect(node, operand, field: field, testOnly: testOnly, at: offset)
        case .index(let operand, let key): return try evalIndex(operand, key, at: offset)
        case .call(let function, let target, let arguments):
            return try evalCall(function, target: target, arguments: arguments, at: offset)
        case .hostCall(let resolved, let function, let arguments):
            return try evalHostCall(resolved, function: function, arguments: arguments, at: offset)
        case .unary(let op, let operand): return try evalUnary(op, operand, at: offset)
        case .binary(let op, let left, let right): return try evalBinary(op, left, right, at: offset)
        case .conditional(let c, let t, let e): return try evalConditional(c, t, e, at: offset)
        case .list(let elements): return try evalList(elements)
        case .map(let entries): return try evalMap(entries)
        case .comprehension(let macro, let range, let variable, let predicate, let body):
            return try comprehend(
                Loop(macro: macro, variable: names[variable], predicate: predicate, body: body), over: range,
                at: offset)
        }
    }

    private mutating func evalSelect(
        _ node: Int, _ operand: Int, field: Int, testOnly: Bool, at offset: Int
    ) throws(CELError) -> Value {
        if !testOnly, activation.hasQualifiedNames, let name = qualifiedName(node),
            let value = activation.variables[name]
        {
            return value
        }
        // The operand first: evaluating it as an argument of the non-mutating `select` made a copy
        // of the whole evaluator for the call.
        let value = try eval(operand)
        return try select(names[field], of: value, testOnly: testOnly, at: offset)
    }

    private mutating func evalIndex(_ operand: Int, _ key: Int, at offset: Int) throws(CELError) -> Value {
        let container = try eval(operand)
        return try index(container, by: try eval(key), at: offset)
    }

    private mutating func evalCall(
        _ function: Int, target: Int, arguments: Range<Int>, at offset: Int
    ) throws(CELError) -> Value {
        var receiver: Value?  // not `? nil :`, which would be the literal `null`
        if target >= 0 { receiver = try eval(target) }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for position in arguments { values.append(try eval(children[position])) }
        return try call(names[function], receiver: receiver, arguments: values, at: offset)
    }

    /// A call the host resolved when the plan was built: answered by the host as resolved when it
    /// knows the call, else made by name like any call. Steps and charges are those of the call
    /// by name it stands for.
    private mutating func evalHostCall(
        _ resolved: ResolvedCall, function: Int, arguments: Range<Int>, at offset: Int
    ) throws(CELError) -> Value {
        let argument = try eval(children[arguments.lowerBound])
        guard let result = activation.host?.call(resolved, argument) else {
            return try call(names[function], receiver: nil, arguments: [argument], at: offset)
        }
        try chargeForText(argument, at: offset)
        return try Self.value(result, at: offset)
    }

    private mutating func evalUnary(_ op: UnaryOperator, _ operand: Int, at offset: Int) throws(CELError) -> Value {
        let value = try eval(operand)  // first, as in `evalSelect`
        return try unary(op, value, at: offset)
    }

    private mutating func evalBinary(
        _ op: BinaryOperator, _ left: Int, _ right: Int, at offset: Int
    ) throws(CELError) -> Value {
        switch op {
        case .and: return try logical(stopsAt: false, left, right, at: offset)
        case .or: return try logical(stopsAt: true, left, right, at: offset)
        default:
            let l = try eval(left)
            return try binary(op, l, try eval(right), at: offset)
        }
    }

    private mutating func evalConditional(
        _ condition: Int, _ then: Int, _ otherwise: Int, at offset: Int
    ) throws(CELError) -> Value {
        switch try eval(condition) {
        case .bool(true): return try eval(then)
        case .bool(false): return try eval(otherwise)
        case let other: throw noOverload("?:", [other], at: offset)
        }
    }

    private mutating func evalList(_ elements: Range<Int>) throws(CELError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for position in elements { values.append(try eval(children[position])) }
        return .list(values)
    }

    private mutating func evalMap(_ entries: Range<Int>) throws(CELError) -> Value {
        var map = ValueMap()
        for position in stride(from: entries.lowerBound, to: entries.upperBound, by: 2) {
            let keyNode = children[position]
            let key = try eval(keyNode)
            switch key {
            case .bool, .int, .string: break
            default: throw CELError("unsupported map key type '\(key.typeName)'", offset: offset(of: keyNode))
            }
            if map.contains(key) { throw CELError("repeated map key \(key.json)", offset: offset(of: keyNode)) }
            map[key] = try eval(children[position + 1])
        }
        return .map(map)
    }

    /// `&&` (stops at `false`) or `||` (stops at `true`): an error or a non-bool on one side is
    /// absorbed when the other side decides, whichever side it is on.
    private mutating func logical(
        stopsAt decisive: Bool, _ left: Int, _ right: Int, at offset: Int
    ) throws(CELError)
        -> Value
    {
        let l = result(of: left)
        if case .success(.bool(decisive)) = l { return .bool(decisive) }
        let r = result(of: right)
        if case .success(.bool(decisive)) = r { return .bool(decisive) }
        try requireBool(l, decisive: decisive, at: offset)
        try requireBool(r, decisive: decisive, at: offset)
        return .bool(!decisive)
    }

    /// Throws the error of one side of `&&` or `||` that decides nothing: its own, or that it is not a bool.
    private func requireBool(_ side: Result<Value, CELError>, decisive: Bool, at offset: Int) throws(CELError) {
        switch side {
        case .failure(let error): throw error
        case .success(.bool): return
        case .success(let other): throw noOverload(decisive ? "||" : "&&", [other], at: offset)
        }
    }

    /// A variable: a comprehension variable first, then the activation.
    private func lookup(_ name: String, at offset: Int) throws(CELError) -> Value {
        if name.utf8.first == UInt8(ascii: ".") {
            let global = String(name.dropFirst())
            if let value = activation.variables[global] { return value }
            throw CELError("unknown variable '\(global)'", offset: offset)
        }
        if let local = locals.last(where: { $0.name == name }) { return local.value }
        if let value = activation.variables[name] { return value }
        throw CELError("unknown variable '\(name)'", offset: offset)
    }

    /// The dotted name a selection chain spells (`a.b.c`), unless it starts at a comprehension variable.
    private func qualifiedName(_ node: Int) -> String? {
        switch nodes[node].kind {
        case .identifier(let position), .variable(_, let position):
            let name = names[position]
            if name.hasPrefix(".") { return String(name.dropFirst()) }
            return locals.contains(where: { $0.name == name }) ? nil : name
        case .select(let operand, let field, false):
            return qualifiedName(operand).map { $0 + "." + names[field] }
        default:
            return nil
        }
    }

    /// "no such overload: int + string" for an operator, "no such overload: size(int)" for a function.
    func noOverload(_ function: String, _ arguments: [Value], at offset: Int) -> CELError {
        let types = arguments.map(\.typeName)
        if arguments.count == 2, BinaryOperator(rawValue: function) != nil {
            return CELError("no such overload: \(types[0]) \(function) \(types[1])", offset: offset)
        }
        return CELError("no such overload: \(function)(\(types.joined(separator: ", ")))", offset: offset)
    }
}

extension Value {
    /// Subtracts the number of values in this one from `work`, stopping once it is negative.
    func spend(_ work: inout Int) {
        work -= 1
        switch self {
        case .list(let elements):
            for element in elements where work >= 0 { element.spend(&work) }
        case .map(let map):
            work -= map.count
            for value in map.values where work >= 0 { value.spend(&work) }
        default: break
        }
    }
}
