/// An open-addressing hash table of small non-negative integers (positions, entry numbers)
/// whose keys live elsewhere: the caller hashes a key and says, through `matches`, whether the
/// key behind a stored value is the one looked for.
///
/// Each slot holds the key's hash in its high 32 bits and value + 1 in its low 32 bits (0 is an
/// empty slot), so a probe compares keys only when those 32 bits agree. Linear probing; the
/// size is a power of two at least twice the capacity asked for, so it is at most half full
/// and never grows. 8 bytes a slot: a quarter of a `[TalkID: Int]` dictionary.
package struct HashSlots: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    /// Room for `capacity` values (values must be below 2^32 - 1).
    package init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The stored value whose key `matches` accepts among those stored with `hash`, or nil.
    @inline(__always)
    package func find(hash: UInt64, matches: (Int) -> Bool) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let value = Int(entry & 0xFFFF_FFFF) - 1
                if matches(value) { return value }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` under `hash` unless `matches` accepts a value already stored with that
    /// hash; returns that value in that case (nothing is stored), nil when `value` was stored.
    @inline(__always)
    package mutating func insert(_ value: Int, hash: UInt64, matches: (Int) -> Bool) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let existing = Int(entry & 0xFFFF_FFFF) - 1
                if matches(existing) { return existing }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = tag | UInt64(value + 1)
        return nil
    }

    /// Bytes held, for memory accounting.
    package var memoryFootprint: Int { slots.count * 8 }
}
