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
    /// The item each word was first seen in (what `joinedNumbers` orders two vocabularies by).
    private var firstItems: [UInt32] = []
    private let expectedItems: Int
    /// The fields this builder collects words of.
    private let collected: Range<Int>
    private var itemsDone = 0

    /// `expectedItems` (0 when unknown) lets the builder decide early which words are dense.
    /// `fields`: the fields whose words it is given (all of them unless the fields are shared
    /// out among builders, see `joinedNumbers`).
    init(expectedItems: Int, fields collected: Range<Int> = 0..<WordIndex.fieldCount) {
        self.expectedItems = expectedItems
        self.collected = collected
        for field in collected {
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
        for field in collected { fields[field].endItem() }
        itemsDone += 1
        if expectedItems >= 4096, itemsDone == expectedItems / 16 {
            for field in collected {
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
        firstItems.append(UInt32(truncatingIfNeeded: itemsDone))
        for field in collected { fields[field].addWord() }
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
        firstItems = []
        let postings = (0..<WordIndex.fieldCount).map { field in
            finishField(field, renumbered: nil, wordCount: vocabulary.count, itemCount: itemCount)
        }
        return WordIndex(vocabulary: vocabulary, lookup: lookup, postings: postings)
    }

    /// Field `field`'s lists, its words numbered by `numbers` (this builder's word w is word
    /// `numbers[w]` of a joined vocabulary of `wordCount` words; nil: as numbered here).
    private mutating func finishField(_ field: Int, renumbered numbers: [UInt32]?, wordCount: Int,
                                      itemCount: Int) -> WordIndex.FieldPostings {
        var lists = FieldListsBuilder()
        swap(&lists, &fields[field])
        let lengths = FieldLengths(wordCounts: fieldLengths[field])
        fieldLengths[field] = []
        return lists.finish(wordCount: wordCount, renumbered: numbers, itemCount: itemCount,
                            denseThreshold: Int32(max(64, itemCount / 32)),
                            offsetLimit: WordOffsets.itemLimit(itemCount: itemCount), lengths: lengths)
    }

    /// What `joinedNumbers` needs of a builder's words: Sendable, so a builder on another
    /// thread can hand it over while it keeps its lists.
    struct Words: Sendable {
        fileprivate let vocabulary: Vocabulary
        fileprivate let hashes: [UInt32]
        fileprivate let firstItems: [UInt32]
        /// The builder's table (empty unless kept: only the first builder's is looked in).
        fileprivate let slots: [UInt64]

        var count: Int { vocabulary.count }

        /// The number here of the word `word` of `other`, if this vocabulary has it.
        fileprivate func number(ofWord word: Int, in other: Words) -> Int? {
            guard !slots.isEmpty else { return nil }
            let hash = other.hashes[word], mask = slots.count - 1
            let tag = UInt64(hash) << 32
            var slot = Int(hash) & mask
            return other.vocabulary.withWord(word) { bytes in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    if entry & 0xFFFF_FFFF_0000_0000 == tag {
                        let index = Int(entry & 0xFFFF_FFFF) - 1
                        if vocabulary.withWord(index, { $0.elementsEqual(bytes) }) { return index }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Hands over the words; drops the lookup table unless `keepingTable` (only adding words
    /// needs it, and the joined one is made anew), so its memory is free before then.
    mutating func handOverWords(keepingTable: Bool) -> Words {
        if !keepingTable { slots = [] }
        return Words(vocabulary: vocabulary, hashes: hashes, firstItems: firstItems, slots: slots)
    }

    /// The vocabulary and lookup table one builder given every field would have made, from
    /// the words of `first` (with its table), given the fields before `second`'s (title and
    /// authors), and `second`, given the rest (the abstract), each for every item; with each
    /// builder's word numbers in it (for `finishFields`). So that two threads can collect the
    /// words at once.
    ///
    /// A single builder numbers words in the order it first meets them: item after item, and
    /// within an item `first`'s fields before `second`'s. Each builder's words are in that
    /// order already (by the item they were first seen in), so a merge of the two lists by
    /// first item, `first`'s before `second`'s on a tie, numbering each word at its first
    /// appearance, gives the same numbers. A single builder's table, grown by doubling while
    /// at most half full, ends as if every word had been inserted in number order into a table
    /// of its final size: so it is made that way here. The vocabulary and table are allocated
    /// once at their final size (the build's peak memory is tight). O(vocabulary).
    static func joinedNumbers(_ first: Words, _ second: Words)
        -> (vocabulary: Vocabulary, lookup: WordLookup, first: [UInt32], second: [UInt32])
    {
        let unnumbered = UInt32.max
        var firstNumbers = [UInt32](repeating: unnumbered, count: first.count)
        var secondNumbers = [UInt32](repeating: unnumbered, count: second.count)
        // Per number: its word in `first` (w >= 0) or in `second` (~w).
        var sources: [Int32] = []
        sources.reserveCapacity(second.count + first.count / 4)
        var bytes = 0
        var next = (0, 0)
        while next.0 < first.count || next.1 < second.count {
            if next.1 == second.count || (next.0 < first.count && first.firstItems[next.0] <= second.firstItems[next.1]) {
                let word = next.0
                if firstNumbers[word] == unnumbered {
                    firstNumbers[word] = UInt32(sources.count)
                    sources.append(Int32(word))
                    bytes += first.vocabulary.length(of: word) + 1
                }
                next.0 += 1
            } else {
                let word = next.1
                let known = first.number(ofWord: word, in: second)
                if let known, firstNumbers[known] != unnumbered {
                    secondNumbers[word] = firstNumbers[known]
                } else {
                    secondNumbers[word] = UInt32(sources.count)
                    if let known { firstNumbers[known] = UInt32(sources.count) }
                    sources.append(~Int32(word))
                    bytes += second.vocabulary.length(of: word) + 1
                }
                next.1 += 1
            }
        }
        var vocabulary = Vocabulary()
        vocabulary.reserveCapacity(words: sources.count, bytes: bytes)
        var size = 1 << 12
        while size < 2 * sources.count { size *= 2 }
        var table = [UInt32](repeating: 0, count: size)
        for (number, source) in sources.enumerated() {
            let words = source >= 0 ? first : second, word = Int(source >= 0 ? source : ~source)
            words.vocabulary.withWord(word) { vocabulary.appendWord($0, folding: false) }
            var slot = Int(words.hashes[word]) & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = UInt32(number + 1)
        }
        return (vocabulary, WordLookup(slots: table), firstNumbers, secondNumbers)
    }

    /// The lists of the fields this builder collected, its words numbered by `numbers` (its
    /// word w is word `numbers[w]` of a joined vocabulary of `wordCount` words,
    /// `joinedNumbers`). Call it on the only copy of the builder; leaves it empty.
    mutating func finishFields(renumbered numbers: [UInt32], wordCount: Int, itemCount: Int) -> [WordIndex.FieldPostings] {
        vocabulary = Vocabulary()
        slots = []
        hashes = []
        tokens = []
        firstItems = []
        return collected.map { finishField($0, renumbered: numbers, wordCount: wordCount, itemCount: itemCount) }
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
