extension Value {
    /// Structural equality, with strings compared by code point as CEL does (Swift's own string
    /// equality would make `"é"` and `"e\u{301}"` equal), so map keys stay distinct.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.double(let x), .double(let y)): x == y
        case (.string(let x), .string(let y)): Self.sameCodePoints(x, y)
        case (.list(let x), .list(let y)): x == y
        case (.map(let x), .map(let y)): x == y
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b):
            hasher.combine(1)
            hasher.combine(b)
        case .int(let i):
            hasher.combine(2)
            hasher.combine(i)
        case .double(let d):
            hasher.combine(3)
            hasher.combine(d)
        case .string(let s):
            hasher.combine(4)
            hasher.combine(s.utf8.count)
            // By the UTF-8 bytes, as `sameCodePoints` compares: `String`'s own hash follows
            // canonical equivalence. `Hasher` takes bytes as a raw buffer.
            var bytes = s
            bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .list(let elements):
            hasher.combine(5)
            hasher.combine(elements)
        case .map(let map):
            hasher.combine(6)
            hasher.combine(map)
        }
    }

    /// Whether two strings have the same code points, compared as UTF-8 bytes (Swift's `==` also
    /// equates canonically equivalent strings).
    static func sameCodePoints(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
