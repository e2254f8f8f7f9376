extension Evaluator {
    /// `operand.field` on a map, or `has(operand.field)` when `testOnly`.
    func select(_ field: String, of operand: Value, testOnly: Bool, at offset: Int) throws(CELError) -> Value {
        guard case .map(let map) = operand else {
            throw CELError("type '\(operand.typeName)' does not support field selection", offset: offset)
        }
        if testOnly { return .bool(map.contains(.string(field))) }
        guard let value = map[.string(field)] else { throw CELError("no such key: '\(field)'", offset: offset) }
        return value
    }

    /// `container[key]` on a list (an int, or a double with an integral value) or a map.
    mutating func index(_ container: Value, by key: Value, at offset: Int) throws(CELError) -> Value {
        switch (container, key) {
        case (.list(let elements), .int), (.list(let elements), .double):
            guard let position = ValueMap.lookupKey(key), case .int(let i) = position else {
                throw CELError("list index \(key.json) is not an integer", offset: offset)
            }
            guard i >= 0 && i < elements.count else {
                throw CELError("index \(i) out of range for a list of \(elements.count) elements", offset: offset)
            }
            return elements[Int(i)]
        case (.map(let map), .int), (.map(let map), .double), (.map(let map), .string), (.map(let map), .bool):
            try chargeForText(key, at: offset)
            guard let value = map[key] else { throw CELError("no such key: \(key.keyDescription)", offset: offset) }
            return value
        case (.map, _):
            throw CELError("unsupported map key type '\(key.typeName)'", offset: offset)
        default:
            throw noOverload("_[_]", [container, key], at: offset)
        }
    }

    func unary(_ op: UnaryOperator, _ operand: Value, at offset: Int) throws(CELError) -> Value {
        switch (op, operand) {
        case (.not, .bool(let b)): return .bool(!b)
        case (.negate, .int(let i)):
            guard i != .min else { throw CELError("integer overflow in -\(i)", offset: offset) }
            return .int(-i)
        case (.negate, .double(let d)): return .double(-d)
        default: throw noOverload(op.rawValue, [operand], at: offset)
        }
    }

    mutating func binary(_ op: BinaryOperator, _ l: Value, _ r: Value, at offset: Int) throws(CELError) -> Value {
        switch op {
        case .equal: return .bool(try equals(l, r, at: offset))
        case .notEqual: return .bool(try !equals(l, r, at: offset))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            try chargeForText(l, r, at: offset)
            let ordering: Int?
            do {
                ordering = try l.celCompare(r)
            } catch {
                throw CELError(error.message, offset: offset)
            }
            guard let order = ordering else { return .bool(false) }  // NaN
            switch op {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .in:
            switch r {
            case .list(let elements):
                for element in elements where try equals(l, element, at: offset) { return .bool(true) }
                return .bool(false)
            case .map(let map):
                try chargeForText(l, at: offset)
                return .bool(map.contains(l))
            default:
                throw noOverload("in", [l, r], at: offset)
            }
        case .add:
            switch (l, r) {
            case (.string(let a), .string(let b)):
                try charge((a.utf8.count + b.utf8.count) / 64, at: offset)
                return .string(a + b)
            case (.list(let a), .list(let b)):
                try charge(a.count + b.count, at: offset)
                return .list(a + b)
            default:
                return try arithmetic(op, l, r, at: offset)
            }
        default:
            return try arithmetic(op, l, r, at: offset)
        }
    }

    /// Charges one step per 64 bytes of the strings among `values`, for work that reads them
    /// whole (comparing, hashing, searching): a long string used in a loop must run out of steps.
    /// Two values rather than a variadic list, which would allocate an array on every comparison.
    mutating func chargeForText(_ value: Value, _ other: Value = .null, at offset: Int) throws(CELError) {
        var bytes = 0
        if case .string(let s) = value { bytes += s.utf8.count }
        if case .string(let s) = other { bytes += s.utf8.count }
        if bytes >= 64 { try charge(bytes / 64, at: offset) }
    }

    /// CEL equality, charged one step per 16 values compared.
    private mutating func equals(_ l: Value, _ r: Value, at offset: Int) throws(CELError) -> Bool {
        let budget = Self.work(forSteps: maxSteps - steps)
        var work = budget
        let equal = l.celEquals(r, work: &work)
        try charge((budget - max(work, 0)) / 16, at: offset)
        guard let equal else { throw CELError("evaluation exceeded \(maxSteps) steps", offset: offset) }
        return equal
    }

    /// `+ - * / %` on two ints (overflow and division by zero are errors) or two doubles (IEEE).
    private func arithmetic(_ op: BinaryOperator, _ l: Value, _ r: Value, at offset: Int) throws(CELError) -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            let result: (partialValue: Int64, overflow: Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .divide, .remainder:
                guard b != 0 else {
                    throw CELError(op == .divide ? "division by zero" : "modulus by zero", offset: offset)
                }
                result = op == .divide ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
            default: throw noOverload(op.rawValue, [l, r], at: offset)
            }
            guard !result.overflow else {
                throw CELError("integer overflow in \(a) \(op.rawValue) \(b)", offset: offset)
            }
            return .int(result.partialValue)
        case (.double(let a), .double(let b)):
            switch op {
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return .double(a / b)
            default: throw noOverload(op.rawValue, [l, r], at: offset)
            }
        default:
            throw noOverload(op.rawValue, [l, r], at: offset)
        }
    }
}

extension Value {
    /// A map key as it reads in "no such key" messages: strings quoted with `'`.
    var keyDescription: String {
        if case .string(let s) = self { return "'\(s)'" }
        return json
    }
}
