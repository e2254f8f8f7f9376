extension Value {
    /// CEL equality: numbers compare by value across `int` and `double`, lists element-wise,
    /// maps entry-wise in any order; values of different types are unequal, never an error.
    public func celEquals(_ other: Value) -> Bool {
        var work = Int.max
        return celEquals(other, work: &work)!
    }

    /// CEL equality that spends one unit of `work` per value visited; nil when `work` runs out
    /// (lists that share elements can be far larger than the steps that built them).
    func celEquals(_ other: Value, work: inout Int) -> Bool? {
        work -= 1
        if work < 0 { return nil }
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)):
            work -= min(a.utf8.count, b.utf8.count) / 64
            return work < 0 ? nil : Self.sameCodePoints(a, b)
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)): return Self.compare(a, b) == 0
        case (.double(let a), .int(let b)): return Self.compare(b, a) == 0
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) {
                guard let equal = x.celEquals(y, work: &work) else { return nil }
                if !equal { return false }
            }
            return true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let match = b[key] else { return false }
                guard let equal = value.celEquals(match, work: &work) else { return nil }
                if !equal { return false }
            }
            return true
        default: return false
        }
    }

    /// CEL ordering: negative, zero or positive; `nil` when a NaN makes the operands unordered.
    /// Numbers order across `int` and `double`, strings by code point, `false` before `true`;
    /// anything else is an error.
    public func celCompare(_ other: Value) throws(CELError) -> Int? {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.double(let a), .double(let b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.int(let a), .double(let b)): return Self.compare(a, b)
        case (.double(let a), .int(let b)): return Self.compare(b, a).map { -$0 }
        case (.string(let a), .string(let b)):
            return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : (a.utf8.elementsEqual(b.utf8) ? 0 : 1)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        default:
            throw CELError("no such overload: \(typeName) < \(other.typeName)")
        }
    }

    /// Compares an int with a double as CEL does: a double beyond the int range is beyond every
    /// int; within it, both compare as doubles (so `9223372036854775807 == 9223372036854775808.0`).
    /// Nil for NaN.
    static func compare(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d > 9_223_372_036_854_775_807.0 { return -1 }  // the literal rounds to 2^63
        if d < -9_223_372_036_854_775_808.0 { return 1 }
        let converted = Double(i)
        return converted < d ? -1 : (converted == d ? 0 : 1)
    }
}
