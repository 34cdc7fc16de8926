import BitCollections

/// Collects the words of the long text fields while the index is built, then turns them into
/// a `WordIndex`.
///
/// Words are maximal runs of word bytes (`TextFolding.isWordByte`), interned in an
/// open-addressing hash table keyed by their folded bytes. Per field, each item's distinct
/// words go to a forward list, from which `finish` builds the inverted lists in one counting
/// pass. Words already frequent after the first sixteenth of the items go straight into bit
/// sets instead: they hold most of the entries (word frequencies follow Zipf's law), so the
/// forward lists stay small and the peak memory of a build stays close to the index's size.
///
/// For ranking, every list entry carries the word's count in that item's field (its term
/// frequency, at most 255), and every item its number of words per field.
struct WordIndexBuilder {
    private var vocabulary = Vocabulary()
    /// Per slot: the word's hash in the high 32 bits and its index + 1 in the low 32 bits;
    /// 0 for an empty slot. The size is a power of two, at most half full.
    private var slots = [UInt64](repeating: 0, count: 1 << 12)
    private var hashes: [UInt32] = []
    private var fields = [FieldLists](repeating: FieldLists(), count: WordIndex.fieldCount)
    /// Words per field of each item (at most 65,535), item after item, field after field.
    private var fieldLengths: [[UInt16]] = Array(repeating: [], count: WordIndex.fieldCount)
    private let expectedItems: Int
    private var itemsDone = 0

    /// `expectedItems` (0 when unknown) lets the builder decide early which words are dense.
    init(expectedItems: Int) {
        self.expectedItems = expectedItems
        for field in 0..<WordIndex.fieldCount { fieldLengths[field].reserveCapacity(expectedItems) }
    }

    /// One field's lists under construction.
    private struct FieldLists {
        /// The distinct words of each item not yet in a bit set, item after item.
        var forward: [UInt32] = []
        /// The term frequency of each forward entry.
        var forwardFrequency: [UInt8] = []
        var itemStarts: [Int] = [0]
        /// Per word: the last item that listed it (deduplicates within an item), the index of
        /// that item's entry (in `forward`, or in its dense frequencies), its number of forward
        /// entries, and its bit set's slot in `dense` (-1 for none).
        var lastItem: [Int32] = []
        var lastEntry: [Int32] = []
        var counts: [Int32] = []
        var denseSlot: [Int32] = []
        var dense: [BitSet] = []
        /// Per dense slot: the term frequencies of its items, in item order.
        var denseFrequency: [[UInt8]] = []

        mutating func addWord() {
            lastItem.append(-1)
            lastEntry.append(-1)
            counts.append(0)
            denseSlot.append(-1)
        }

        @inline(__always)
        mutating func add(_ word: Int, item: Int) {
            let item32 = Int32(truncatingIfNeeded: item)
            let slot = denseSlot[word]
            if lastItem[word] == item32 {
                let entry = Int(lastEntry[word])
                if slot >= 0 {
                    let count = denseFrequency[Int(slot)][entry]
                    if count < .max { denseFrequency[Int(slot)][entry] = count + 1 }
                } else if forwardFrequency[entry] < .max {
                    forwardFrequency[entry] += 1
                }
                return
            }
            lastItem[word] = item32
            if slot >= 0 {
                dense[Int(slot)].insert(item)
                lastEntry[word] = Int32(truncatingIfNeeded: denseFrequency[Int(slot)].count)
                denseFrequency[Int(slot)].append(1)
            } else {
                lastEntry[word] = Int32(truncatingIfNeeded: forward.count)
                forward.append(UInt32(truncatingIfNeeded: word))
                forwardFrequency.append(1)
                counts[word] += 1
            }
        }

        /// Gives word `word` a bit set of `capacity` items, and room for `expectedEntries`
        /// frequencies, in `dense`. Reserving the frequencies up front spares the copies of
        /// growing by doubling, which at 100,000 items leave tens of megabytes of freed blocks
        /// behind (the allocator keeps them, so they count in the peak RSS).
        mutating func makeDense(_ word: Int, capacity: Int, expectedEntries: Int) {
            denseSlot[word] = Int32(dense.count)
            dense.append(BitSet(reservingCapacity: capacity))
            var frequencies: [UInt8] = []
            frequencies.reserveCapacity(min(capacity, expectedEntries))
            denseFrequency.append(frequencies)
        }

        /// Moves every word with at least `threshold` forward entries into a bit set of
        /// `capacity` items. `scale` projects the entries so far onto all items (items
        /// expected over items done).
        mutating func promote(threshold: Int32, capacity: Int, scale: Double) {
            var promoted = false
            for word in counts.indices where counts[word] >= threshold && denseSlot[word] < 0 {
                makeDense(word, capacity: capacity, expectedEntries: Int(Double(counts[word]) * scale * 1.05) + 64)
                promoted = true
            }
            guard promoted else { return }
            var kept: [UInt32] = [], keptFrequency: [UInt8] = []
            kept.reserveCapacity(forward.count)
            keptFrequency.reserveCapacity(forward.count)
            var starts = [0]
            for item in 0..<(itemStarts.count - 1) {
                for k in itemStarts[item]..<itemStarts[item + 1] {
                    let word = Int(forward[k])
                    let slot = denseSlot[word]
                    if slot >= 0 {
                        dense[Int(slot)].insert(item)
                        denseFrequency[Int(slot)].append(forwardFrequency[k])
                        counts[word] = 0
                    } else {
                        kept.append(forward[k])
                        keptFrequency.append(forwardFrequency[k])
                    }
                }
                starts.append(kept.count)
            }
            // Entries of the current item move too: it has none yet (promotion runs between items).
            forward = kept
            forwardFrequency = keptFrequency
            itemStarts = starts
        }
    }

    /// Records the words of `text` (folded bytes or clean ASCII) for item `item` in `field`
    /// (0 title, 1 authors, 2 abstract). Items must come in increasing order.
    mutating func addWords(of text: UnsafeBufferPointer<UInt8>, field: Int, item: Int) {
        var length = 0
        TextFolding.isWordByte.withUnsafeBufferPointer { isWord in
            let n = text.count
            var i = 0
            while i < n {
                while i < n, !isWord[Int(text[i])] { i += 1 }
                let start = i
                var hash: UInt32 = 0x811C_9DC5
                while i < n, isWord[Int(text[i])] {
                    hash = (hash ^ UInt32(ByteNeedle.fold(text[i]))) &* 0x0100_0193
                    i += 1
                }
                guard i > start else { break }
                let word = intern(UnsafeBufferPointer(rebasing: text[start..<i]), hash: hash)
                fields[field].add(word, item: item)
                length += 1
            }
        }
        fieldLengths[field].append(UInt16(clamping: length))
    }

    /// Closes the current item's forward lists; call once per item after its fields.
    mutating func endItem() {
        for field in 0..<WordIndex.fieldCount {
            fields[field].itemStarts.append(fields[field].forward.count)
        }
        itemsDone += 1
        if expectedItems >= 4096, itemsDone == expectedItems / 16 {
            for field in 0..<WordIndex.fieldCount {
                fields[field].promote(threshold: Int32(max(2, itemsDone / 32)), capacity: expectedItems,
                                      scale: Double(expectedItems) / Double(itemsDone))
            }
        }
    }

    private mutating func intern(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        let tag = UInt64(hash) << 32
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if equals(word, index) { return index }
            }
            slot = (slot + 1) & mask
        }
        let index = vocabulary.count
        vocabulary.appendWord(word, folding: true)
        hashes.append(hash)
        for field in 0..<WordIndex.fieldCount { fields[field].addWord() }
        slots[slot] = tag | UInt64(index + 1)
        if vocabulary.count * 2 > slots.count { growTable() }
        return index
    }

    private mutating func growTable() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        }
    }

    /// Plain subscripts, not `withUnsafeBufferPointer`: this runs once per word of the text,
    /// and the closure form costs a retain and a release each time.
    private func equals(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let start = vocabulary.starts[index], end = vocabulary.starts[index + 1] - 1
        guard end - start == word.count else { return false }
        for j in 0..<word.count where ByteNeedle.fold(word[j]) != vocabulary.bytes[start + j] { return false }
        return true
    }

    /// Builds the inverted lists. A word listed by at least 1/32 of the items gets a bit set
    /// (n/8 bytes: less than the 4 bytes per entry an array would take), the others a slice of
    /// one sorted array.
    consuming func finish(itemCount: Int) -> WordIndex {
        var vocabulary = self.vocabulary
        vocabulary.finish()
        let lookup = WordLookup(slots: slots.map { UInt32(truncatingIfNeeded: $0) })
        slots = []
        hashes = []
        let wordCount = vocabulary.count
        let denseThreshold = Int32(max(64, itemCount / 32))
        var postings: [WordIndex.FieldPostings] = []
        for field in 0..<WordIndex.fieldCount {
            var lists = fields[field]
            fields[field] = FieldLists()
            for word in 0..<wordCount where lists.denseSlot[word] < 0 && lists.counts[word] >= denseThreshold {
                lists.makeDense(word, capacity: itemCount, expectedEntries: Int(lists.counts[word]))
            }
            var starts = [UInt32](repeating: 0, count: wordCount + 1)
            var total = 0
            for word in 0..<wordCount {
                starts[word] = UInt32(total)
                if lists.denseSlot[word] < 0 { total += Int(lists.counts[word]) }
            }
            starts[wordCount] = UInt32(total)
            lists.lastItem = []
            lists.lastEntry = []
            lists.counts = []
            var sparse = [UInt32](repeating: 0, count: total)
            var sparseFrequency = [UInt8](repeating: 0, count: total)
            var fill = starts
            for item in 0..<(lists.itemStarts.count - 1) {
                for k in lists.itemStarts[item]..<lists.itemStarts[item + 1] {
                    let word = Int(lists.forward[k])
                    let slot = lists.denseSlot[word]
                    if slot >= 0 {
                        lists.dense[Int(slot)].insert(item)
                        lists.denseFrequency[Int(slot)].append(lists.forwardFrequency[k])
                    } else {
                        sparse[Int(fill[word])] = UInt32(item)
                        sparseFrequency[Int(fill[word])] = lists.forwardFrequency[k]
                        fill[word] += 1
                    }
                }
            }
            lists.forward = []
            lists.forwardFrequency = []
            // Trimmed one at a time (each copy frees its original at once), and only where a
            // projection was well off.
            for slot in lists.denseFrequency.indices {
                let frequencies = lists.denseFrequency[slot]
                if frequencies.capacity - frequencies.count > frequencies.count / 16 + 64 {
                    lists.denseFrequency[slot] = frequencies.shrunkToFit()
                }
            }
            var denseByWord: [UInt32: Int] = [:]
            for word in 0..<wordCount where lists.denseSlot[word] >= 0 {
                denseByWord[UInt32(word)] = Int(lists.denseSlot[word])
            }
            postings.append(WordIndex.FieldPostings(
                sparse: sparse, sparseFrequency: sparseFrequency, sparseStarts: starts, dense: lists.dense,
                denseFrequency: lists.denseFrequency, denseSlotByWord: denseByWord,
                lengths: FieldLengths(wordCounts: fieldLengths[field])))
            fieldLengths[field] = []
        }
        return WordIndex(vocabulary: vocabulary, lookup: lookup, postings: postings)
    }
}
