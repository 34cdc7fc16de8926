import BitCollections

/// Inverted lists from the words of the long text fields (title, authors, abstract) to the
/// items holding them: the structure that makes a keystroke cheap at 100,000 items.
///
/// A single-word needle (no separator bytes) occurs in a text exactly when some word of the
/// text contains it, so "items whose field contains the needle" is the union of the lists of
/// the vocabulary words that contain it. Lists of words held by at least 1/32 of the items are
/// bit sets (a union is a few thousand word ORs); the others are sorted arrays of item numbers.
struct WordIndex: Sendable, Equatable {
    /// Title, authors, abstract: the fields with word lists, in `FieldSet` order.
    static let fieldCount = 3
    static let fields: [FieldSet] = [.title, .authors, .abstract]

    struct FieldPostings: Sendable, Equatable {
        /// Sorted item numbers of every sparse list, word after word.
        let sparse: [UInt32]
        /// The word's count in the item's field (term frequency, at most 255), per entry of `sparse`.
        let sparseFrequency: [UInt8]
        /// The first offset (`WordOffsets`) of the word in the item's field, per entry of `sparse`.
        let sparseOffsets: [UInt16]
        /// Word w's sparse list is `sparse[sparseStarts[w]..<sparseStarts[w + 1]]` (empty for
        /// words with a dense list).
        let sparseStarts: [UInt32]
        let dense: [BitSet]
        /// Per dense list: the term frequency of each of its items, in ascending item order
        /// (four bits each, `TermCounts`).
        let denseFrequency: [TermCounts]
        /// Per dense list: the first offsets (`WordOffsets`) of its items, in ascending item
        /// order, or empty for a list of a word in too many items to carry them.
        let denseOffsets: [[UInt16]]
        let denseSlotByWord: [UInt32: Int]
        /// Words per item in this field, for length normalisation.
        let lengths: FieldLengths

        func sparseCount(_ word: UInt32) -> Int {
            Int(sparseStarts[Int(word) + 1] - sparseStarts[Int(word)])
        }

        /// The number of items whose field holds `word`.
        func listLength(_ word: UInt32) -> Int {
            if let slot = denseSlotByWord[word] { return denseFrequency[slot].count }
            return sparseCount(word)
        }
    }

    let vocabulary: Vocabulary
    /// Word bytes -> word number (`RelatedTalks` reads items' words back through it).
    let lookup: WordLookup
    let postings: [FieldPostings]
    /// Words with a dense list in at least one field, with their bytes, searched first.
    let denseWords: [UInt32]

    init(vocabulary: Vocabulary, lookup: WordLookup, postings: [FieldPostings]) {
        self.vocabulary = vocabulary
        self.lookup = lookup
        self.postings = postings
        self.denseWords = Set(postings.flatMap(\.denseSlotByWord.keys)).sorted()
    }

    /// Bytes of the vocabulary and the lists, roughly, part by part.
    var memoryParts: [(name: String, bytes: Int)] {
        var parts: [(name: String, bytes: Int)] = [
            ("vocabulary", vocabulary.bytes.count + vocabulary.starts.count * 8),
            ("word lookup", lookup.memoryFootprint),
        ]
        for (field, postings) in zip(["title", "authors", "abstract"], postings) {
            parts.append(("\(field) sparse lists (\(postings.sparse.count) entries)",
                          postings.sparse.count * 5 + postings.sparseStarts.count * 4))
            parts.append(("\(field) dense lists (\(postings.dense.count))",
                          postings.dense.reduce(0) { $0 + ($1.max() ?? 0) / 8 } + postings.denseSlotByWord.count * 24
                            + postings.denseFrequency.reduce(0) { $0 + $1.memoryFootprint }))
            parts.append(("\(field) lengths", postings.lengths.wordCounts.count * 2))
            parts.append(("\(field) first offsets", postings.sparseOffsets.count * 2
                            + postings.denseOffsets.reduce(0) { $0 + $1.count * 2 }))
        }
        return parts
    }

    /// The dense words that contain `needle`.
    func denseWords(containing needle: ByteNeedle) -> [UInt32] {
        vocabulary.bytes.withUnsafeBufferPointer { all in
            denseWords.filter { word in
                let start = vocabulary.starts[Int(word)], end = vocabulary.starts[Int(word) + 1] - 1
                return needle.occurs(in: UnsafeBufferPointer(rebasing: all[start..<end]))
            }
        }
    }

    /// The words with a dense list in some field that fit `run` (`WordRun.fits`).
    func denseWords(fitting run: WordRun) -> [UInt32] {
        denseWords(containing: run.needle).filter { word in vocabulary.withWord(Int(word)) { run.fits($0) } }
    }

    /// The union of the dense lists of `words` in the fields of `scope`.
    func denseUnion(of words: [UInt32], scope: FieldSet) -> BitSet {
        var union = BitSet()
        for (field, postings) in zip(Self.fields, postings) where scope.contains(field) {
            for word in words {
                if let slot = postings.denseSlotByWord[word] { union.formUnion(postings.dense[slot]) }
            }
        }
        return union
    }

    /// The number of sparse entries `matches` have in the fields of `scope`: the cost of
    /// answering from the sparse lists.
    func sparseEntryCount(of matches: [WordMatch], scope: FieldSet) -> Int {
        var total = 0
        for (field, postings) in zip(Self.fields, postings) where scope.contains(field) {
            for match in matches { total += postings.sparseCount(match.word) }
        }
        return total
    }

    /// Inserts into `result` the items of `within` that the sparse lists of `matches` hold in
    /// the fields of `scope`.
    func addSparseItems(of matches: [WordMatch], scope: FieldSet, within: BitSet, into result: inout BitSet) {
        for (field, postings) in zip(Self.fields, postings) where scope.contains(field) {
            postings.sparse.withUnsafeBufferPointer { sparse in
                for match in matches {
                    let word = Int(match.word)
                    for k in Int(postings.sparseStarts[word])..<Int(postings.sparseStarts[word + 1]) {
                        let item = Int(sparse[k])
                        if within.contains(item) { result.insert(item) }
                    }
                }
            }
        }
    }
}

/// The number of words of one field in every item, and their mean: what BM25's length
/// normalisation needs.
struct FieldLengths: Sendable, Equatable {
    let wordCounts: [UInt16]
    /// Words over all items.
    let total: Int
    /// The largest count.
    let maximum: Int

    init(wordCounts: [UInt16]) {
        self.wordCounts = wordCounts.shrunkToFit()
        self.total = wordCounts.reduce(0) { $0 + Int($1) }
        self.maximum = Int(wordCounts.max() ?? 0)
    }
}
