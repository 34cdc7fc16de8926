import BitCollections

/// Collects the words of the long text fields while the index is built, then turns them into
/// a `WordIndex`.
///
/// Words are maximal runs of word bytes (`TextFolding.isWordByte`), interned in an
/// open-addressing hash table keyed by their folded bytes. Per field, each item's distinct
/// words go to a forward list, from which `finish` builds the inverted lists in one counting
/// pass. Words already frequent after the first sixteenth of the items go straight into dense
/// lists instead: they hold most of the entries (word frequencies follow Zipf's law), so the
/// forward lists stay small and the peak memory of a build stays close to the index's size
/// (`FieldListsBuilder`).
///
/// For ranking, every list entry carries the word's count in that item's field (its term
/// frequency, at most 255), and every item its number of words per field. For phrases, the
/// entries of words in fewer than 1/8 of the items also carry the byte offset of the word's
/// first occurrence in the field's text (`WordOffsets`).
///
/// Cost: O(text length). Each text is read once: its words are looked up in the table through
/// buffer pointers (no copy-on-write checks per word), and only a word not seen before leaves
/// that loop to be added.
struct WordIndexBuilder {
    private var vocabulary = Vocabulary()
    /// Per slot: the word's hash in the high 32 bits and its index + 1 in the low 32 bits;
    /// 0 for an empty slot. The size is a power of two, at most half full.
    private var slots = [UInt64](repeating: 0, count: 1 << 12)
    private var hashes: [UInt32] = []
    private var fields = [FieldListsBuilder](repeating: FieldListsBuilder(), count: WordIndex.fieldCount)
    /// Words per field of each item (at most 65,535), item after item, field after field.
    private var fieldLengths: [[UInt16]] = Array(repeating: [], count: WordIndex.fieldCount)
    /// The words of the text being added (`Token`), reused from text to text.
    private var tokens: [UInt64] = []
    private let expectedItems: Int
    private var itemsDone = 0

    /// `expectedItems` (0 when unknown) lets the builder decide early which words are dense.
    init(expectedItems: Int) {
        self.expectedItems = expectedItems
        for field in 0..<WordIndex.fieldCount {
            fieldLengths[field].reserveCapacity(expectedItems)
            fields[field].keepsOffsets = WordOffsets.fields.contains(WordIndex.fields[field])
        }
    }

    /// Records the words of `text` (folded bytes or clean ASCII) for item `item` in `field`
    /// (0 title, 1 authors, 2 abstract). Items must come in increasing order.
    mutating func addWords(of text: UnsafeBufferPointer<UInt8>, field: Int, item: Int) {
        var found: [UInt64] = []
        swap(&found, &tokens)
        found.removeAll(keepingCapacity: true)
        var from = 0
        while let unknown = lookUpWords(of: text, from: &from, into: &found) {
            let word = intern(UnsafeBufferPointer(rebasing: text[unknown.range]), hash: unknown.hash)
            found.append(Token.make(word: word, offset: unknown.range.lowerBound))
        }
        found.withUnsafeBufferPointer { fields[field].add($0, item: item) }
        fieldLengths[field].append(UInt16(clamping: found.count))
        swap(&found, &tokens)
    }

    /// Appends to `found` the words of `text` (`Token`s) from byte `from` on, up to the first
    /// word not in the table, whose range and hash it returns (with `from` past it); nil once
    /// the text is done.
    private func lookUpWords(of text: UnsafeBufferPointer<UInt8>, from: inout Int,
                             into found: inout [UInt64]) -> (range: Range<Int>, hash: UInt32)? {
        TextFolding.isWordByte.withUnsafeBufferPointer { isWord in
            slots.withUnsafeBufferPointer { slots in
                vocabulary.bytes.withUnsafeBufferPointer { known in
                    vocabulary.starts.withUnsafeBufferPointer { starts in
                        let n = text.count, mask = slots.count - 1
                        var i = from
                        defer { from = i }
                        while i < n {
                            while i < n, !isWord[Int(text[i])] { i += 1 }
                            let start = i
                            var hash: UInt32 = 0x811C_9DC5
                            while i < n, isWord[Int(text[i])] {
                                hash = (hash ^ UInt32(ByteNeedle.fold(text[i]))) &* 0x0100_0193
                                i += 1
                            }
                            guard i > start else { return nil }
                            let length = i - start
                            var slot = Int(hash) & mask
                            let tag = UInt64(hash) << 32
                            var number = -1
                            while true {
                                let entry = slots[slot]
                                if entry == 0 { break }
                                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                                    let index = Int(entry & 0xFFFF_FFFF) - 1
                                    let wordStart = starts[index]
                                    if starts[index + 1] - 1 - wordStart == length {
                                        var same = true
                                        for j in 0..<length where ByteNeedle.fold(text[start + j]) != known[wordStart + j] {
                                            same = false
                                            break
                                        }
                                        if same {
                                            number = index
                                            break
                                        }
                                    }
                                }
                                slot = (slot + 1) & mask
                            }
                            guard number >= 0 else { return (start..<i, hash) }
                            found.append(Token.make(word: number, offset: start))
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// Closes the current item's forward lists; call once per item after its fields.
    mutating func endItem() {
        for field in 0..<WordIndex.fieldCount { fields[field].endItem() }
        itemsDone += 1
        if expectedItems >= 4096, itemsDone == expectedItems / 16 {
            for field in 0..<WordIndex.fieldCount {
                fields[field].promote(threshold: Int32(max(2, itemsDone / 32)), capacity: expectedItems,
                                      scale: Double(expectedItems) / Double(itemsDone),
                                      offsetLimit: WordOffsets.itemLimit(itemCount: expectedItems))
            }
        }
    }

    /// The number of `word` (whose hash is `hash`), added to the table if it is new.
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

    /// Plain subscripts: this runs only for words `lookUpWords` did not find.
    private func equals(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let start = vocabulary.starts[index], end = vocabulary.starts[index + 1] - 1
        guard end - start == word.count else { return false }
        for j in 0..<word.count where ByteNeedle.fold(word[j]) != vocabulary.bytes[start + j] { return false }
        return true
    }

    /// Builds the inverted lists. A word listed by at least 1/32 of the items gets a bit set
    /// (n/8 bytes: less than the 4 bytes per entry an array would take), the others a slice of
    /// one sorted array. Call it on the only copy of the builder (`Optional.take()`), so the
    /// lists are freed as they are turned into the index. Leaves the builder empty.
    mutating func finish(itemCount: Int) -> WordIndex {
        var vocabulary = Vocabulary()
        swap(&vocabulary, &self.vocabulary)
        vocabulary.finish()
        let lookup = WordLookup(slots: slots.map { UInt32(truncatingIfNeeded: $0) })
        slots = []
        hashes = []
        tokens = []
        let denseThreshold = Int32(max(64, itemCount / 32))
        var postings: [WordIndex.FieldPostings] = []
        for field in 0..<WordIndex.fieldCount {
            var lists = FieldListsBuilder()
            swap(&lists, &fields[field])
            postings.append(lists.finish(wordCount: vocabulary.count, itemCount: itemCount, denseThreshold: denseThreshold,
                                         offsetLimit: WordOffsets.itemLimit(itemCount: itemCount),
                                         lengths: FieldLengths(wordCounts: fieldLengths[field])))
            fieldLengths[field] = []
        }
        return WordIndex(vocabulary: vocabulary, lookup: lookup, postings: postings)
    }
}

/// One word of a text while the index is built: its number in the low 32 bits, the byte
/// offset where it starts in the text in the high 32 bits.
enum Token {
    @inline(__always)
    static func make(word: Int, offset: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: word) & 0xFFFF_FFFF | UInt64(truncatingIfNeeded: offset) << 32
    }

    @inline(__always)
    static func word(_ token: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: token) }

    @inline(__always)
    static func offset(_ token: UInt64) -> UInt16 { WordOffsets.stored(Int(token >> 32)) }
}
