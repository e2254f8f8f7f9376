/// An insertion-ordered map from CEL values to CEL values.
///
/// Keys are `bool`, `int` or `string` values, looked up with CEL's numeric equivalence: a `double`
/// key with an integral value finds the `int` key of the same value. Equality (`==`) ignores the
/// order of the entries.
public struct ValueMap: Sendable, Hashable, Sequence {
    /// The keys in insertion order.
    public private(set) var keys: [Value] = []
    /// The values, parallel to ``keys``.
    public private(set) var values: [Value] = []
    private var index: [Value: Int] = [:]

    /// An empty map.
    public init() {}

    /// A map from entries in order; a later duplicate key replaces the earlier value.
    public init(_ entries: [(key: Value, value: Value)]) {
        reserveCapacity(entries.count)
        for (key, value) in entries { self[key] = value }
    }

    /// Makes room for `count` entries, so that adding them does not grow the storage step by step.
    public mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
        index.reserveCapacity(count)
    }

    /// The number of entries.
    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value stored under `key`, found with CEL's numeric key equivalence.
    public subscript(key: Value) -> Value? {
        get { Self.lookupKey(key).flatMap { index[$0] }.map { values[$0] } }
        set {
            let normal = Self.lookupKey(key) ?? key
            guard let newValue else {
                if let position = index[normal] {
                    keys.remove(at: position)
                    values.remove(at: position)
                    index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
                }
                return
            }
            // The key is hashed once: a new key's slot is filled with the next position as it is found.
            let end = keys.count
            let position = Self.read(&index[normal, default: end])
            if position == end {
                keys.append(normal)
                values.append(newValue)
            } else {
                values[position] = newValue
            }
        }
    }

    /// Whether `key` is present, with CEL's numeric key equivalence.
    public func contains(_ key: Value) -> Bool { self[key] != nil }

    public func makeIterator() -> some IteratorProtocol<(key: Value, value: Value)> {
        zip(keys, values).lazy.map { (key: $0, value: $1) }.makeIterator()
    }

    public static func == (a: ValueMap, b: ValueMap) -> Bool {
        a.count == b.count && zip(a.keys, a.values).allSatisfy { b[$0] == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent, consistent with `==`.
        var combined = 0
        for (key, value) in zip(keys, values) {
            var entry = Hasher()
            entry.combine(key)
            entry.combine(value)
            combined ^= entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }

    /// `slot`'s value; taking it `inout` lets a dictionary's `[key, default:]` insert the default.
    private static func read(_ slot: inout Int) -> Int { slot }

    /// The form a key is stored and looked up in: integral doubles become ints; nil for a value
    /// that no key can equal (a non-integral double, a list, a map, null), which is never hashed.
    static func lookupKey(_ key: Value) -> Value? {
        switch key {
        case .bool, .int, .string: return key
        case .double(let d): return Int64(exactly: d).map(Value.int)
        case .null, .list, .map: return nil
        }
    }
}
