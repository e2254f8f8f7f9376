/// Walks an ``Expr`` tree and computes its value with CEL's semantics, counting steps.
struct Evaluator {
    /// What the evaluation sees. A pointer to the caller's activation, valid for the evaluation:
    /// a copy retained and released its dictionaries for every expression evaluated.
    let activation: UnsafePointer<Activation>
    let maxSteps: Int
    private(set) var steps = 0
    /// Comprehension variables in scope, innermost last.
    var locals: [(name: String, value: Value)] = []

    init(activation: UnsafePointer<Activation>, maxSteps: Int) {
        self.activation = activation
        self.maxSteps = maxSteps
    }

    /// Evaluates a whole program. Running out of steps is final even where `&&`, `||` or a macro
    /// would otherwise absorb the error.
    ///
    /// The result is charged one step per 16 values in it, counting a list or map as often as it
    /// appears: lists that share elements can be far larger than the steps that built them, and
    /// the host will print or walk the result.
    mutating func evaluate(_ root: Expr) throws(CELError) -> Value {
        let result = self.result(of: root)
        if steps > maxSteps { throw budgetExceeded(at: root.offset) }
        let value = try result.get()
        var work = Self.work(forSteps: maxSteps - steps + 1) - 1  // steps for whole sixteens only
        value.spend(&work)
        if work < 0 { throw budgetExceeded(at: root.offset) }
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

    /// The value of `node`, or its error, as a value (for the operators that absorb errors).
    mutating func result(of node: Expr) -> Result<Value, CELError> {
        do {
            return .success(try eval(node))
        } catch {
            return .failure(error)
        }
    }

    mutating func eval(_ node: Expr) throws(CELError) -> Value {
        try charge(1, at: node.offset)
        // Each case runs in its own function: in debug builds a frame holds the locals of every
        // case, and this function is on the stack once per level of nesting.
        switch node.kind {
        case .literal(let value): return value
        case .identifier(let name): return try lookup(name, at: node.offset)
        case .select: return try evalSelect(node)
        case .index: return try evalIndex(node)
        case .call: return try evalCall(node)
        case .unary: return try evalUnary(node)
        case .binary: return try evalBinary(node)
        case .conditional: return try evalConditional(node)
        case .list: return try evalList(node)
        case .map: return try evalMap(node)
        case .comprehension(let comprehension): return try comprehend(comprehension, at: node.offset)
        }
    }

    private mutating func evalSelect(_ node: Expr) throws(CELError) -> Value {
        guard case .select(let operand, let field, let testOnly) = node.kind else { preconditionFailure() }
        if !testOnly, activation.pointee.hasQualifiedNames, let name = qualifiedName(node),
            let value = activation.pointee.variables[name]
        {
            return value
        }
        // The operand first: evaluating it as an argument of the non-mutating `select` made a copy
        // of the whole evaluator for the call.
        let value = try eval(operand)
        return try select(field, of: value, testOnly: testOnly, at: node.offset)
    }

    private mutating func evalIndex(_ node: Expr) throws(CELError) -> Value {
        guard case .index(let operand, let key) = node.kind else { preconditionFailure() }
        let container = try eval(operand)
        return try index(container, by: try eval(key), at: node.offset)
    }

    private mutating func evalCall(_ node: Expr) throws(CELError) -> Value {
        guard case .call(let function, let target, let arguments) = node.kind else { preconditionFailure() }
        // A host function of one argument gets it without a list being built; its text is
        // charged for as `call` charges for the arguments it is given.
        if target == nil, arguments.count == 1, activation.pointee.hostFunctionsFirst,
            let host = activation.pointee.unaryFunctions[function]
        {
            let argument = try eval(arguments[0])
            try chargeForText(argument, at: node.offset)
            return try Self.value(host(argument), at: node.offset)
        }
        let receiver = try target.map { (t) throws(CELError) in try eval(t) }
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try eval(argument)) }
        return try call(function, receiver: receiver, arguments: values, at: node.offset)
    }

    private mutating func evalUnary(_ node: Expr) throws(CELError) -> Value {
        guard case .unary(let op, let operand) = node.kind else { preconditionFailure() }
        let value = try eval(operand)  // first, as in `evalSelect`
        return try unary(op, value, at: node.offset)
    }

    private mutating func evalBinary(_ node: Expr) throws(CELError) -> Value {
        guard case .binary(let op, let left, let right) = node.kind else { preconditionFailure() }
        switch op {
        case .and: return try logical(stopsAt: false, left, right, at: node.offset)
        case .or: return try logical(stopsAt: true, left, right, at: node.offset)
        default:
            let l = try eval(left)
            return try binary(op, l, try eval(right), at: node.offset)
        }
    }

    private mutating func evalConditional(_ node: Expr) throws(CELError) -> Value {
        guard case .conditional(let condition, let then, let otherwise) = node.kind else { preconditionFailure() }
        switch try eval(condition) {
        case .bool(true): return try eval(then)
        case .bool(false): return try eval(otherwise)
        case let other: throw noOverload("?:", [other], at: node.offset)
        }
    }

    private mutating func evalList(_ node: Expr) throws(CELError) -> Value {
        guard case .list(let elements) = node.kind else { preconditionFailure() }
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for element in elements { values.append(try eval(element)) }
        return .list(values)
    }

    private mutating func evalMap(_ node: Expr) throws(CELError) -> Value {
        guard case .map(let entries) = node.kind else { preconditionFailure() }
        var map = ValueMap()
        for entry in entries {
            let key = try eval(entry.key)
            switch key {
            case .bool, .int, .string: break
            default: throw CELError("unsupported map key type '\(key.typeName)'", offset: entry.key.offset)
            }
            if map.contains(key) { throw CELError("repeated map key \(key.json)", offset: entry.key.offset) }
            map[key] = try eval(entry.value)
        }
        return .map(map)
    }

    /// `&&` (stops at `false`) or `||` (stops at `true`): an error or a non-bool on one side is
    /// absorbed when the other side decides, whichever side it is on.
    private mutating func logical(stopsAt decisive: Bool, _ left: Expr, _ right: Expr, at offset: Int) throws(CELError)
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
            if let value = activation.pointee.variables[global] { return value }
            throw CELError("unknown variable '\(global)'", offset: offset)
        }
        if let local = locals.last(where: { $0.name == name }) { return local.value }
        if let value = activation.pointee.variables[name] { return value }
        throw CELError("unknown variable '\(name)'", offset: offset)
    }

    /// The dotted name a selection chain spells (`a.b.c`), unless it starts at a comprehension variable.
    private func qualifiedName(_ node: Expr) -> String? {
        switch node.kind {
        case .identifier(let name):
            if name.hasPrefix(".") { return String(name.dropFirst()) }
            return locals.contains(where: { $0.name == name }) ? nil : name
        case .select(let operand, let field, false):
            return qualifiedName(operand).map { $0 + "." + field }
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
