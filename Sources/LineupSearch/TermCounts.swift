/// The term frequencies of one dense list, four bits each: most words occur a few times in an
/// item's field, so a byte per entry would be mostly zero bits (at 100,000 talks the dense
/// lists' counts were 11 MB as bytes, about half that packed).
///
/// Entry k is nibble k (low half of byte k / 2 first). A count of 15 or more is stored as the
/// nibble 15 and kept in `large` (at most 255, as the byte form was). Reads are O(1).
struct TermCounts: Sendable, Equatable {
    private var nibbles: [UInt8] = []
    /// Counts of 15 and more, by entry.
    private var large: [Int32: UInt8] = [:]
    private(set) var count = 0

    static let escape: UInt8 = 15

    init() {}

    /// Room for `entries` counts without growing.
    mutating func reserveCapacity(_ entries: Int) {
        nibbles.reserveCapacity((entries + 1) / 2)
    }

    /// Entries the storage has room for.
    var capacity: Int { nibbles.capacity * 2 }

    /// Bytes held, roughly.
    var memoryFootprint: Int { nibbles.count + large.count * 16 }

    subscript(entry: Int) -> UInt8 {
        let byte = nibbles[entry >> 1]
        let nibble = entry & 1 == 0 ? byte & 0x0F : byte >> 4
        guard nibble == Self.escape else { return nibble }
        return large[Int32(truncatingIfNeeded: entry)] ?? Self.escape
    }

    mutating func append(_ value: UInt8) {
        if value == 1 { return appendOne() }
        if count & 1 == 0 { nibbles.append(0) }
        count += 1
        set(count - 1, to: value)
    }

    /// Appends a count of 1, the common case while the index is built: one byte operation.
    @inline(__always)
    mutating func appendOne() {
        if count & 1 == 0 {
            nibbles.append(1)
        } else {
            nibbles[nibbles.count - 1] |= 0x10
        }
        count += 1
    }

    /// Adds one to entry `entry`'s count, up to 255. Below 14 it is one byte addition.
    @inline(__always)
    mutating func increment(at entry: Int) {
        let shift = UInt8(entry & 1) * 4
        let index = entry >> 1
        if (nibbles[index] >> shift) & 0x0F < Self.escape - 1 {
            nibbles[index] &+= 1 << shift
        } else {
            let value = self[entry]
            if value < .max { set(entry, to: value + 1) }
        }
    }

    private mutating func set(_ entry: Int, to value: UInt8) {
        let nibble = min(value, Self.escape)
        let index = entry >> 1
        if entry & 1 == 0 {
            nibbles[index] = nibbles[index] & 0xF0 | nibble
        } else {
            nibbles[index] = nibbles[index] & 0x0F | nibble << 4
        }
        if value >= Self.escape { large[Int32(truncatingIfNeeded: entry)] = value }
    }

    /// The same counts without spare capacity.
    func shrunkToFit() -> TermCounts {
        var copy = self
        copy.nibbles = nibbles.shrunkToFit()
        return copy
    }
}
