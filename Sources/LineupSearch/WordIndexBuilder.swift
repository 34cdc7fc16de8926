import BitCollections

/// Collects the words of the long text fields while the index is built, then turns them into
/// a `WordIndex`.
///
/// Words are maximal runs of word bytes (`TextFolding.isWordByte`), interned in an
/// open-addressing hash table keyed by their folded bytes. For each field it records, item by
/// item, the distinct words the item holds (the forward lists), from which `finish` builds
/// the inverted lists in one counting pass.
struct WordIndexBuilder {
    private var vocabulary = Vocabulary()
    private var hashes: [UInt32] = []
    /// Word index + 1 per slot, 0 for an empty slot; the size is a power of two.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)
    /// Per field: the distinct words of each item, item after item.
    private var forward: [[UInt32]] = Array(repeating: [], count: WordIndex.fieldCount)
    private var forwardStarts: [[Int]] = Array(repeating: [0], count: WordIndex.fieldCount)
    /// Per field and word: the last item that listed the word (deduplicates within an item).
    private var lastItem: [[Int32]] = Array(repeating: [], count: WordIndex.fieldCount)
    private var scratch: [UInt8] = []

    init() {}

    /// Records the words of `text` (folded bytes or clean ASCII) for item `item` in `field`
    /// (0 title, 1 authors, 2 abstract). Items must come in increasing order per field.
    mutating func addWords(of text: UnsafeBufferPointer<UInt8>, field: Int, item: Int) {
        let n = text.count
        var i = 0
        while i < n {
            while i < n, !TextFolding.isWordByte[Int(text[i])] { i += 1 }
            let start = i
            var hash: UInt32 = 0x811C_9DC5
            while i < n, TextFolding.isWordByte[Int(text[i])] {
                hash = (hash ^ UInt32(ByteNeedle.fold(text[i]))) &* 0x0100_0193
                i += 1
            }
            guard i > start else { break }
            let word = intern(UnsafeBufferPointer(rebasing: text[start..<i]), hash: hash)
            if lastItem[field][word] != Int32(item) {
                lastItem[field][word] = Int32(item)
                forward[field].append(UInt32(word))
            }
        }
    }

    /// Closes item `item`'s forward lists; call once per item after its fields.
    mutating func endItem() {
        for field in 0..<WordIndex.fieldCount {
            forwardStarts[field].append(forward[field].count)
        }
    }

    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        var mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let index = Int(entry - 1)
            if hashes[index] == hash, equals(word, index) { return index }
            slot = (slot + 1) & mask
        }
        let index = vocabulary.count
        vocabulary.appendWord(word, folding: true)
        hashes.append(hash)
        for field in 0..<WordIndex.fieldCount { lastItem[field].append(-1) }
        slots[slot] = UInt32(index + 1)
        if vocabulary.count * 2 > slots.count {
            slots = [UInt32](repeating: 0, count: slots.count * 2)
            mask = slots.count - 1
            for (other, otherHash) in hashes.enumerated() {
                var s = Int(otherHash) & mask
                while slots[s] != 0 { s = (s + 1) & mask }
                slots[s] = UInt32(other + 1)
            }
        }
        return index
    }

    private func equals(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let start = vocabulary.starts[index], end = vocabulary.starts[index + 1] - 1
        guard end - start == word.count else { return false }
        return vocabulary.bytes.withUnsafeBufferPointer { all in
            for j in 0..<word.count where ByteNeedle.fold(word[j]) != all[start + j] { return false }
            return true
        }
    }

    /// Builds the inverted lists: a word listed by at least 1/32 of the items gets a bit set
    /// (n/8 bytes, less than 4 bytes per entry would take), the others a sorted array slice.
    consuming func finish(itemCount: Int) -> WordIndex {
        var vocabulary = self.vocabulary
        vocabulary.finish()
        let wordCount = vocabulary.count
        let denseThreshold = max(64, itemCount / 32)
        var postings: [WordIndex.FieldPostings] = []
        for field in 0..<WordIndex.fieldCount {
            var counts = [Int](repeating: 0, count: wordCount)
            for word in forward[field] { counts[Int(word)] += 1 }
            var starts = [UInt32](repeating: 0, count: wordCount + 1)
            var denseSlot = [Int32](repeating: -1, count: wordCount)
            var dense: [BitSet] = []
            var total = 0
            for word in 0..<wordCount {
                starts[word] = UInt32(total)
                if counts[word] >= denseThreshold {
                    denseSlot[word] = Int32(dense.count)
                    dense.append(BitSet(reservingCapacity: itemCount))
                } else {
                    total += counts[word]
                }
            }
            starts[wordCount] = UInt32(total)
            var sparse = [UInt32](repeating: 0, count: total)
            var fill = starts
            forward[field].withUnsafeBufferPointer { words in
                let itemStarts = forwardStarts[field]
                for item in 0..<(itemStarts.count - 1) {
                    for k in itemStarts[item]..<itemStarts[item + 1] {
                        let word = Int(words[k])
                        let slot = denseSlot[word]
                        if slot >= 0 {
                            dense[Int(slot)].insert(item)
                        } else {
                            sparse[Int(fill[word])] = UInt32(item)
                            fill[word] += 1
                        }
                    }
                }
            }
            forward[field] = []
            forwardStarts[field] = []
            lastItem[field] = []
            var denseByWord: [UInt32: Int] = [:]
            for word in 0..<wordCount where denseSlot[word] >= 0 { denseByWord[UInt32(word)] = Int(denseSlot[word]) }
            postings.append(WordIndex.FieldPostings(
                sparse: sparse, sparseStarts: starts, dense: dense, denseSlotByWord: denseByWord))
        }
        return WordIndex(vocabulary: vocabulary, postings: postings)
    }
}
