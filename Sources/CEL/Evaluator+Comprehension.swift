extension Evaluator {
    /// A comprehension as the evaluator runs it: its macro, variable and the positions of its
    /// predicate (-1 when there is none) and body (see ``EvaluationPlan/Kind/comprehension``).
    struct Loop {
        let macro: Comprehension.Macro
        let variable: String
        let predicate: Int
        let body: Int
    }

    /// Runs a macro over the elements of a list or the keys of a map (the value of the node at `range`).
    mutating func comprehend(_ c: Loop, over range: Int, at offset: Int) throws(CELError) -> Value {
        let items: [Value]
        switch try eval(range) {
        case .list(let elements): items = elements
        case .map(let map): items = map.keys
        case let other:
            throw CELError(
                "\(c.macro.rawValue)() cannot iterate over a value of type '\(other.typeName)'", offset: offset)
        }
        // Each macro has its own function, to keep the frame of the recursion small.
        switch c.macro {
        case .all, .exists: return try quantify(c, items, at: offset)
        case .existsOne: return try existsOne(c, items, at: offset)
        case .filter: return try filter(c, items, at: offset)
        case .map: return try map(c, items, at: offset)
        }
    }

    /// `all` or `exists`: like a chain of `&&` or `||`, where a decisive result absorbs errors.
    private mutating func quantify(_ c: Loop, _ items: [Value], at offset: Int) throws(CELError) -> Value {
        let decisive = c.macro == .exists
        var firstError: CELError?
        for item in items {
            let r = try iterate(c, item, c.body, at: offset)
            switch r {
            case .success(.bool(decisive)): return .bool(decisive)
            case .success(.bool): continue
            case .success(let other): firstError = firstError ?? noOverload(c.macro.rawValue, [other], at: offset)
            case .failure(let error): firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        return .bool(!decisive)
    }

    private mutating func existsOne(_ c: Loop, _ items: [Value], at offset: Int) throws(CELError) -> Value {
        var count = 0
        for item in items where try predicate(c, item, c.body, at: offset) { count += 1 }
        return .bool(count == 1)
    }

    private mutating func filter(_ c: Loop, _ items: [Value], at offset: Int) throws(CELError) -> Value {
        var kept: [Value] = []
        for item in items where try predicate(c, item, c.body, at: offset) { kept.append(item) }
        return .list(kept)
    }

    private mutating func map(_ c: Loop, _ items: [Value], at offset: Int) throws(CELError) -> Value {
        var mapped: [Value] = []
        mapped.reserveCapacity(items.count)
        for item in items {
            if c.predicate >= 0, try !predicate(c, item, c.predicate, at: offset) { continue }
            mapped.append(try iterate(c, item, c.body, at: offset).get())
        }
        return .list(mapped)
    }

    /// Evaluates the node at `body` with the comprehension variable bound to `item`; one step per iteration.
    private mutating func iterate(
        _ c: Loop, _ item: Value, _ body: Int, at offset: Int
    ) throws(CELError) -> Result<Value, CELError> {
        try charge(1, at: offset)
        locals.append((c.variable, item))
        defer { locals.removeLast() }
        return result(of: body)
    }

    private mutating func predicate(
        _ c: Loop, _ item: Value, _ body: Int, at offset: Int
    ) throws(CELError) -> Bool {
        switch try iterate(c, item, body, at: offset).get() {
        case .bool(let b): return b
        case let other: throw noOverload(c.macro.rawValue, [other], at: self.offset(of: body))
        }
    }
}
