/// Finds a word's number in the `Vocabulary` from its bytes: the builder's open-addressing
/// table, kept after the build (4 bytes a slot, at most half full) so that related talks can
/// turn an item's text back into word numbers.
///
/// Words hash with 32-bit FNV-1a over their folded bytes, as `WordIndexBuilder` interns them.
struct WordLookup: Sendable, Equatable {
    /// Per slot: a word's number + 1, or 0 for an empty slot. The count is a power of two.
    private let slots: [UInt32]

    init(slots: [UInt32]) {
        self.slots = slots
    }

    /// The FNV-1a hash of `word`'s folded bytes.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word { hash = (hash ^ UInt32(ByteNeedle.fold(byte))) &* 0x0100_0193 }
        return hash
    }

    /// The number of the vocabulary word equal to `word` once its ASCII case is folded, if any.
    /// O(length of the word) on average.
    func number(of word: UnsafeBufferPointer<UInt8>, in vocabulary: Vocabulary) -> UInt32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(Self.hash(word)) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let index = Int(entry) - 1
            let matches = vocabulary.withWord(index) { known in
                known.count == word.count && zip(known, word).allSatisfy { $0 == ByteNeedle.fold($1) }
            }
            if matches { return UInt32(index) }
            slot = (slot + 1) & mask
        }
    }

    var memoryFootprint: Int { slots.count * 4 }
}
