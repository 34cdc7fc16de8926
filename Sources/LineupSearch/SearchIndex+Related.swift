import Foundation
import LineupModel

extension SearchIndex {
    /// The items most similar to the item at `position` (see `RelatedModel`), best first,
    /// at most `limit`, each with a score above 0; ties keep schedule order. Empty under the
    /// scan strategy, which keeps no word lists.
    ///
    /// Two passes: the first reads the lists of the item's words, rarest first, until
    /// `RelatedModel.entryBudget` entries (the common words, which weigh little, are the ones
    /// left out), adding each listed item its share of the dot product, and ranks them by it
    /// over an estimate of their norm; it also collects the items that share an author. The best `RelatedModel.candidateCount` of
    /// those are then scored exactly, from their own words. With at most that many items,
    /// every item is scored exactly. About 1 ms at 100,000 items (`make bench`).
    public func related(to position: Int, limit: Int = 5) -> [RelatedItem] {
        related(to: position, limit: limit, scoringEveryItem: false)
    }

    /// `scoringEveryItem` skips the first pass and scores every item exactly (for tests that
    /// check the first pass loses nothing).
    func related(to position: Int, limit: Int, scoringEveryItem: Bool) -> [RelatedItem] {
        guard let words, (0..<count).contains(position), limit > 0 else { return [] }
        var model = RelatedScoring(index: self, words: words)
        let query = model.vector(of: position)
        guard query.norm > 0 || !query.authors.isEmpty else { return [] }
        let candidates = scoringEveryItem || count <= RelatedModel.candidateCount
            ? Array(0..<count) : model.candidates(for: query, excluding: position)
        var scored: [RelatedItem] = []
        for candidate in candidates where candidate != position {
            let vector = model.vector(of: candidate)
            let dot = query.dot(vector)
            let cosine = query.norm > 0 && vector.norm > 0 ? dot / (query.norm * vector.norm) : 0
            let shared = query.authors.isEmpty ? 0 : vector.authors.reduce(0) { $0 + (query.authors.contains($1) ? 1 : 0) }
            let score = cosine + Double(shared) * RelatedModel.sharedAuthorBonus
            guard score > 1e-9 else { continue }
            scored.append(RelatedItem(position: candidate, id: ids[candidate], score: score, sharedAuthors: shared))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
        return Array(scored.prefix(limit))
    }

    /// The items most similar to the item with `id` (see `related(to:limit:)`).
    public func related(to id: TalkID, limit: Int = 5) -> [RelatedItem] {
        guard let position = position(of: id) else { return [] }
        return related(to: position, limit: limit)
    }
}

/// One item as related talks see it: its weighted words, sorted by word number (so two
/// vectors meet in one merge), their norm, and its folded author names.
struct RelatedVector {
    var words: [UInt32] = []
    var weights: [Double] = []
    var norm = 0.0
    var authors: Set<[UInt8]> = []

    /// The dot product with `other`. O(words of both).
    func dot(_ other: RelatedVector) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < words.count, j < other.words.count {
            if words[i] == other.words[j] {
                total += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if words[i] < other.words[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }
}

/// The work of one `related` call: reads items' words through the word index and remembers
/// each word's idf.
struct RelatedScoring {
    let index: SearchIndex
    let words: WordIndex
    /// Per word number: its idf, or -1 while not yet needed.
    private var idfCache: [Double]
    /// Scratch for `vector(of:)`: word number << 1, plus 1 for an abstract's word.
    private var codes: [UInt64] = []

    init(index: SearchIndex, words: WordIndex) {
        self.index = index
        self.words = words
        self.idfCache = [Double](repeating: -1, count: words.vocabulary.count)
    }

    /// Title field 0, abstract field 2 of `WordIndex.fields`.
    private static let titleField = 0, authorField = 1, abstractField = 2

    mutating func idf(_ word: UInt32) -> Double {
        let known = idfCache[Int(word)]
        if known >= 0 { return known }
        let lengths = words.postings[Self.titleField].listLength(word) + words.postings[Self.abstractField].listLength(word)
        let idf = RelatedModel.inverseDocumentFrequency(listLengths: lengths, itemCount: index.count)
        idfCache[Int(word)] = idf
        return idf
    }

    /// The item's vector, from its title and abstract as indexed. O(n log n) in the number
    /// of its words.
    mutating func vector(of item: Int) -> RelatedVector {
        codes.removeAll(keepingCapacity: true)
        index.title.withText(of: item) { text in
            forEachWord(in: text) { codes.append(UInt64($0) << 1) }
        }
        index.abstract.withText(of: item) { text in
            forEachWord(in: text) { codes.append(UInt64($0) << 1 | 1) }
        }
        codes.sort()
        var vector = RelatedVector()
        var squares = 0.0
        var k = 0
        while k < codes.count {
            let word = UInt32(truncatingIfNeeded: codes[k] >> 1)
            var titleCount = 0, abstractCount = 0
            while k < codes.count, codes[k] >> 1 == UInt64(word) {
                if codes[k] & 1 == 0 { titleCount += 1 } else { abstractCount += 1 }
                k += 1
            }
            let weight = RelatedModel.termWeight(titleCount: titleCount, abstractCount: abstractCount, idf: idf(word))
            guard weight > 0 else { continue }
            vector.words.append(word)
            vector.weights.append(weight)
            squares += weight * weight
        }
        vector.norm = squares.squareRoot()
        vector.authors = authorNames(of: item)
        return vector
    }

    /// The item's author names, folded (the authors column joins them with line feeds).
    func authorNames(of item: Int) -> Set<[UInt8]> {
        index.authors.withText(of: item) { text in
            Set(text.split(separator: 0x0A).map { name in name.map(ByteNeedle.fold) }.filter { !$0.isEmpty })
        }
    }

    /// Calls `body` with the number of each word of `text` that the vocabulary holds and
    /// that is long enough to count.
    private func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        TextWords.forEach(in: text) { range in
            guard range.count >= RelatedModel.shortestWord,
                  let word = words.lookup.number(of: UnsafeBufferPointer(rebasing: text[range]), in: words.vocabulary)
            else { return }
            body(word)
        }
    }

    /// The first pass (see `SearchIndex.related`): the items worth scoring exactly. The dot
    /// product it sums is exact for the words it reads (list entries carry each item's count
    /// of the word); an item's norm is estimated from its field lengths, as if each of its
    /// words were distinct and of the mean weight.
    mutating func candidates(for query: RelatedVector, excluding position: Int) -> [Int] {
        var dot = [Float](repeating: 0, count: index.count)
        var touched: [Int32] = []
        let rarestFirst = query.words.indices.sorted {
            let a = idf(query.words[$0]), b = idf(query.words[$1])
            return a != b ? a > b : $0 < $1
        }
        var budget = RelatedModel.entryBudget
        for k in rarestFirst where budget > 0 {
            let word = query.words[k], weight = query.weights[k]
            let idf = idf(word)
            for field in [Self.titleField, Self.abstractField] {
                budget -= forEachItem(listing: word, field: field) { item, count in
                    if dot[item] == 0 { touched.append(Int32(item)) }
                    let share = field == Self.titleField
                        ? RelatedModel.termWeight(titleCount: Int(count), abstractCount: 0, idf: idf)
                        : RelatedModel.termWeight(titleCount: 0, abstractCount: Int(count), idf: idf)
                    dot[item] += Float(weight * share)
                }
            }
        }
        let titleLengths = words.postings[Self.titleField].lengths.wordCounts
        let abstractLengths = words.postings[Self.abstractField].lengths.wordCounts
        let titleSquare = Float(RelatedModel.titleWeight * RelatedModel.titleWeight)
        var best = TopScores(capacity: RelatedModel.candidateCount)
        for item32 in touched where Int(item32) != position {
            let item = Int(item32)
            let norm = (titleSquare * Float(titleLengths[item]) + Float(abstractLengths[item])).squareRoot()
            best.offer(item, score: dot[item] / max(norm, 1))
        }
        var chosen = Set(best.items)
        // Items sharing an author: the items listing the rarest word of each of the item's names.
        for name in query.authors {
            let nameWords = name.split(whereSeparator: { !TextFolding.isWordByte[Int($0)] }).compactMap { bytes in
                bytes.withUnsafeBufferPointer { words.lookup.number(of: $0, in: words.vocabulary) }
            }
            guard let rarest = nameWords.min(by: {
                words.postings[Self.authorField].listLength($0) < words.postings[Self.authorField].listLength($1)
            }), words.postings[Self.authorField].listLength(rarest) <= RelatedModel.candidateCount else { continue }
            _ = forEachItem(listing: rarest, field: Self.authorField) { item, _ in
                if item != position { chosen.insert(item) }
            }
        }
        return chosen.sorted()
    }

    /// Calls `body` with every item whose field `field` holds `word` and the word's count
    /// there; returns how many items.
    private func forEachItem(listing word: UInt32, field: Int, _ body: (Int, UInt8) -> Void) -> Int {
        let postings = words.postings[field]
        if let slot = postings.denseSlotByWord[word] {
            // Frequencies are in ascending item order, as the set iterates.
            let frequencies = postings.denseFrequency[slot]
            var listed = 0
            for item in postings.dense[slot] where listed < frequencies.count {
                body(item, frequencies[listed])
                listed += 1
            }
            return listed
        }
        let start = Int(postings.sparseStarts[Int(word)]), end = Int(postings.sparseStarts[Int(word) + 1])
        postings.sparse.withUnsafeBufferPointer { sparse in
            postings.sparseFrequency.withUnsafeBufferPointer { frequency in
                for k in start..<end { body(Int(sparse[k]), frequency[k]) }
            }
        }
        return end - start
    }
}

/// The `capacity` items with the highest scores offered, kept in a min-heap (ties: the
/// earlier item wins). O(log capacity) per offer.
struct TopScores {
    private var heap: [(item: Int, score: Float)] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(capacity)
    }

    var items: [Int] { heap.map(\.item) }

    /// Whether `a` ranks below `b`.
    private static func below(_ a: (item: Int, score: Float), _ b: (item: Int, score: Float)) -> Bool {
        a.score != b.score ? a.score < b.score : a.item > b.item
    }

    mutating func offer(_ item: Int, score: Float) {
        let entry = (item: item, score: score)
        if heap.count < capacity {
            heap.append(entry)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.below(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if let lowest = heap.first, Self.below(lowest, entry) {
            heap[0] = entry
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count, Self.below(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count, Self.below(heap[right], heap[smallest]) { smallest = right }
                guard smallest != parent else { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }
}
