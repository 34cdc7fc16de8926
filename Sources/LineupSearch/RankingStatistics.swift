import BitCollections

/// What BM25F needs to know about the whole collection for one query: the number of items,
/// the mean length of each long field, and how many items each of the query's text terms
/// matches. Statistics of separately indexed parts add up (`PartitionedSearch`), so a split
/// search ranks exactly as one index would.
struct RankingStatistics: Sendable {
    var itemCount: Int
    /// Words over all items in title, authors, abstract.
    var wordTotals: [Int]
    /// Per term of `Query.rankedTerms`, the number of items it matches on its own.
    var documentFrequencies: [Int]

    mutating func add(_ other: RankingStatistics) {
        itemCount += other.itemCount
        wordTotals = zip(wordTotals, other.wordTotals).map { $0 + $1 }
        documentFrequencies = zip(documentFrequencies, other.documentFrequencies).map { $0 + $1 }
    }

    /// Mean words per item of long field `field` (at least 1).
    func averageLength(_ field: Int) -> Double {
        max(1, Double(wordTotals[field]) / Double(max(itemCount, 1)))
    }
}

extension SearchIndex {
    /// The statistics of this index for `query`'s ranked terms (see `termFrequencyEstimate`).
    func rankingStatistics(for query: Query) -> RankingStatistics {
        var evaluator = Evaluator(index: self, bookmarked: BitSet())
        let frequencies = query.rankedTerms.map { term in
            term.isSingleWord ? termFrequencyEstimate(term)
                : evaluator.evaluate(.term(.text(term)), within: all).count
        }
        return RankingStatistics(itemCount: count, wordTotals: fieldWordTotals, documentFrequencies: frequencies)
    }

    /// The document frequency BM25 uses for a single-word term: the number of (item, field,
    /// word) triples in which a distinct word of a long field holds the needle, plus the items
    /// whose short fields hold it (the idf reads it as at most the item count N). It equals the
    /// number of items the term matches when it matches one word in one field; for terms that
    /// are everywhere in many words (one or two letters, "the") it passes 2N, and they do not
    /// rank at all (`RelevanceModel.inverseDocumentFrequency`). With a word index it is the
    /// summed length of the words' lists, which costs one look at the vocabulary (stopping
    /// past 2N), not a union of lists.
    /// Remembered per term (`TermFrequencyCache`): the index never changes.
    func termFrequencyEstimate(_ term: TextTerm) -> Int {
        if let known = termFrequencyCache.value(for: term) { return known }
        let total = countTermFrequency(term)
        termFrequencyCache.store(total, for: term)
        return total
    }

    private func countTermFrequency(_ term: TextTerm) -> Int {
        var total = 0
        for field in FieldSet.valueFields where term.scope.contains(field) {
            guard let column = valueColumn(field), let flags = column.valuesContaining(term.needle) else { continue }
            total += column.valueOfItem.reduce(0) { $0 + ($1 >= 0 && flags[Int($1)] ? 1 : 0) }
        }
        let fields = (0..<WordIndex.fieldCount).filter { term.scope.contains(WordIndex.fields[$0]) }
        let near = term.isTolerant ? nearWords(term.needle.bytes) : []
        if let words {
            words.vocabulary.forEachWord(containing: term.needle) { match in
                for field in fields { total += words.postings[field].listLength(match.word) }
                return total <= 2 * count
            }
            for word in near.compactMap(\.id) where total <= 2 * count {
                for field in fields { total += words.postings[field].listLength(word) }
            }
        } else {
            let nearSet = Set(near.map(\.bytes))
            for field in fields {
                guard let column = textColumn(WordIndex.fields[field]) else { continue }
                for item in 0..<count {
                    total += column.withText(of: item) { Self.distinctWords(holding: term.needle, near: nearSet, in: $0) }
                }
            }
        }
        return total
    }

    /// How many distinct words of `text` hold `needle` or are in `near`.
    private static func distinctWords(holding needle: ByteNeedle, near: Set<[UInt8]>,
                                      in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard near.isEmpty ? needle.occurs(in: text) : true else { return 0 }
        var seen: [UnsafeBufferPointer<UInt8>] = []
        TextWords.forEach(in: text) { range in
            let word = UnsafeBufferPointer(rebasing: text[range])
            guard needle.occurs(in: word) || (!near.isEmpty && near.contains(word.map(ByteNeedle.fold))),
                  !seen.contains(where: { ByteNeedle.foldedEqual($0, word) }) else { return }
            seen.append(word)
        }
        return seen.count
    }

    /// Words in each long field over all items (counted from the text for the scan strategy).
    var fieldWordTotals: [Int] {
        if let words { return words.postings.map(\.lengths.total) }
        return WordIndex.fields.map { field in
            guard let column = textColumn(field) else { return 0 }
            var total = 0
            for item in 0..<count { total += column.withText(of: item) { TextWords.count(in: $0) } }
            return total
        }
    }
}

extension Query {
    /// The text terms relevance ranking scores: those not under a `-`, with a needle.
    var rankedTerms: [TextTerm] { root.positiveTextTerms.filter { !$0.needle.isEmpty } }
}

/// Words as the index sees them: maximal runs of `TextFolding.isWordByte`.
enum TextWords {
    /// The number of words in `text`.
    static func count(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        TextFolding.isWordByte.withUnsafeBufferPointer { isWord in
            for byte in text {
                let word = isWord[Int(byte)]
                if word && !inWord { count += 1 }
                inWord = word
            }
        }
        return count
    }

    /// Whether a word of `text` is in `words` (folded bytes) once its ASCII case is folded.
    static func holdsAny(of words: Set<[UInt8]>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEach(in: text) { range in
            if !found, words.contains(text[range].map(ByteNeedle.fold)) { found = true }
        }
        return found
    }

    /// Calls `body` with the range of every word of `text`, in order.
    @inline(__always)
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        TextFolding.isWordByte.withUnsafeBufferPointer { isWord in
            let n = text.count
            var i = 0
            while i < n {
                while i < n, !isWord[Int(text[i])] { i += 1 }
                let start = i
                while i < n, isWord[Int(text[i])] { i += 1 }
                if i > start { body(start..<i) }
            }
        }
    }
}
