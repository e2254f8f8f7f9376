/// The keys of a large mapping by text, for the duplicate-key check: an open-addressing table of
/// pair positions, hashed by a cheap function of the key's bytes rather than `Hasher`.
///
/// Keys are equal as Swift strings are, by canonical equivalence. ASCII keys, nearly all of them,
/// are equal only when their bytes are, so they are hashed; a non-ASCII key may equal an ASCII one
/// (the Kelvin sign and `K`), so those few are kept aside and compared one by one.
struct KeyIndex {
    /// Each used slot holds the key's hash in its high 32 bits and its pair position + 1 in its
    /// low 32; 0 marks an empty slot. The count is a power of two, at least twice the keys.
    private var slots: [UInt64]
    private var used = 0
    /// Positions of the keys that are not all ASCII.
    private var others: [Int] = []

    init(capacity: Int) {
        // A mapping large enough to be indexed often holds a hundred keys or more (an assessment's
        // answers): starting at 256 slots (2 KiB) spares it the first rounds of growth.
        var size = 256
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// Records that the pair at `position` has the key `text`, which is not in the index yet.
    mutating func insert(_ text: String, at position: Int) {
        guard let hash = Self.asciiHash(text) else {
            others.append(position)
            return
        }
        if (used + 1) * 2 > slots.count { grow() }
        place(UInt64(hash) << 32 | UInt64(position + 1))
        used += 1
    }

    /// The position of the key equal to `text` among the first `count` pairs, whose keys
    /// `keyAt` gives; nil when there is none.
    func position(of text: String, count: Int, keyAt: (Int) -> String?) -> Int? {
        guard let hash = Self.asciiHash(text) else {
            return (0..<count).first { keyAt($0) == text }
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry >> 32 == UInt64(hash), keyAt(Int(entry & 0xFFFF_FFFF) - 1) == text {
                return Int(entry & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & mask
        }
        return others.first { keyAt($0) == text }
    }

    private mutating func place(_ entry: UInt64) {
        let mask = slots.count - 1
        var slot = Int(entry >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let entries = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in entries where entry != 0 { place(entry) }
    }

    /// A 32-bit FNV-1a hash of the key's bytes, or nil when the key is not all ASCII.
    private static func asciiHash(_ text: String) -> UInt32? {
        // The bytes are read in place; a string without contiguous UTF-8 is read through a copy.
        text.utf8.withContiguousStorageIfAvailable(asciiHash) ?? Array(text.utf8).withUnsafeBufferPointer(asciiHash)
    }

    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            if byte >= 0x80 { return nil }
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        return hash
    }
}
