extension Node {
    /// The scalar, or nil when the node is a mapping or a sequence.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The scalar's resolved value, or nil when the node is a mapping or a sequence.
    public var value: ScalarValue? { scalar?.value }

    /// The items, or nil when the node is not a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries in document order, or nil when the node is not a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The string a scalar resolves to, or nil for numbers, booleans, null and collections.
    public var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// The boolean a scalar resolves to, or nil.
    public var bool: Bool? {
        if case .bool(let bool) = value { return bool }
        return nil
    }

    /// The integer a scalar resolves to, or nil (a double such as `3.0` is not an integer).
    public var int: Int? {
        if case .int(let int) = value { return int }
        return nil
    }

    /// The number an `int` or `double` scalar resolves to, as a double, or nil.
    public var number: Double? {
        switch value {
        case .int(let int): return Double(int)
        case .double(let double): return double
        default: return nil
        }
    }

    /// Whether the node is a scalar that resolves to null (`~`, `null` or nothing).
    public var isNull: Bool {
        guard case .scalar(let scalar) = content else { return false }
        return scalar.isNull
    }

    /// What the node is, for messages such as "expected a list, found a string":
    /// "a mapping", "a list", "a string", "a number", "true/false" or "null".
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar): return scalar.value.kindDescription
        }
    }

    /// The entry whose key is the scalar `key`, or nil when there is none or this is not a mapping.
    public func pair(forKey key: String) -> Pair? {
        mapping?.first { $0.key.scalar?.text == key }
    }

    /// The value under the scalar key `key`, or nil when there is none or this is not a mapping.
    public subscript(key: String) -> Node? {
        pair(forKey: key)?.value
    }
}

extension ScalarValue {
    /// "a string", "a number", "true/false" or "null".
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .int, .double: return "a number"
        case .string: return "a string"
        }
    }
}
