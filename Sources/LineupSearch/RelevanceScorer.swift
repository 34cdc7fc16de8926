/// Computes `RelevanceModel` scores for the hits of one query.
///
/// With a word index, a single-word term is scored from the inverted lists: every list entry
/// of every vocabulary word holding the term adds its weighted, normalised frequency to an
/// accumulator per item, so the cost is the size of those lists, not the length of the hits'
/// text. Phrases, and every term under the scan strategy, are scored by reading the hits'
/// text (both ways give the same numbers).
struct RelevanceScorer {
    let index: SearchIndex
    let terms: [TextTerm]
    let statistics: RankingStatistics

    /// Per hit (in the order of `positions`): its score and the number of terms it matches
    /// only through typo tolerance.
    func score(_ positions: [Int]) -> (scores: [Float], tolerantOnly: [UInt8]) {
        var scores = [Float](repeating: 0, count: positions.count)
        var tolerantOnly = [UInt8](repeating: 0, count: positions.count)
        guard !terms.isEmpty, !positions.isEmpty else { return (scores, tolerantOnly) }
        let normalisation = (0..<WordIndex.fieldCount).map { field in
            RelevanceModel.normalisation(field: field, average: statistics.averageLength(field),
                                         maximum: maximumLength(field, positions))
        }
        // Bit t of a hit's mask: term t (of the first 64) matches in its title.
        var inTitle = [UInt64](repeating: 0, count: terms.count > 1 ? positions.count : 0)
        // Per item: the term's pseudo-frequency from exact matches, and from near words.
        var accumulator = [Float](repeating: 0, count: index.count)
        var nearAccumulator = [Float](repeating: 0, count: index.count)
        for (number, term) in terms.enumerated() {
            let idf = RelevanceModel.inverseDocumentFrequency(
                documentFrequency: statistics.documentFrequencies[number], itemCount: statistics.itemCount)
            guard idf > 0 else { continue }  // a term everywhere ranks nothing
            let near = term.isTolerant ? index.nearWords(term.needle.bytes) : []
            if term.scope.contains(.title) {
                accumulate(term, near, fields: .title, positions, normalisation, into: &accumulator, &nearAccumulator)
                if !inTitle.isEmpty, number < 64 {
                    for (hit, position) in positions.enumerated()
                    where accumulator[position] > 0 || nearAccumulator[position] > 0 {
                        inTitle[hit] |= 1 << UInt64(number)
                    }
                }
            }
            accumulate(term, near, fields: term.scope.subtracting(.title), positions, normalisation,
                       into: &accumulator, &nearAccumulator)
            for (hit, position) in positions.enumerated() {
                let exact = accumulator[position], tolerant = nearAccumulator[position]
                guard exact > 0 || tolerant > 0 else { continue }
                scores[hit] += idf * RelevanceModel.saturate(exact + tolerant)
                if exact == 0, tolerantOnly[hit] < .max { tolerantOnly[hit] += 1 }
            }
            accumulator.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            if !near.isEmpty { nearAccumulator.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        }
        if !inTitle.isEmpty { addAdjacency(positions, inTitle: inTitle, into: &scores) }
        return (scores, tolerantOnly)
    }

    private func maximumLength(_ field: Int, _ positions: [Int]) -> Int {
        if let words = index.words { return words.postings[field].lengths.maximum }
        guard let column = index.textColumn(WordIndex.fields[field]) else { return 0 }
        return positions.reduce(0) { max($0, column.withText(of: $1) { TextWords.count(in: $0) }) }
    }

    /// Adds the term's pseudo-frequency `T` of every hit to `accumulator[position]` (other
    /// items may get entries too; only the hits' are read and reset).
    private func accumulate(_ term: TextTerm, _ near: [NearWord], fields: FieldSet, _ positions: [Int],
                            _ normalisation: [[Float]], into accumulator: inout [Float], _ nearAccumulator: inout [Float]) {
        let scope = term.scope.intersection(fields)
        if term.isSingleWord, let words = index.words {
            let exact = words.vocabulary.words(containing: term.needle).map { match in
                (match.word, RelevanceModel.quality(
                    atStart: match.atStart,
                    wholeWord: match.atStart && words.vocabulary.length(of: Int(match.word)) == term.needle.count))
            }
            accumulateFromLists(exact, scope: scope, words, normalisation, into: &accumulator)
            if !near.isEmpty {
                let tolerant = near.compactMap { word in word.id.map { ($0, RelevanceModel.exactQuality * RelevanceModel.tolerant) } }
                accumulateFromLists(tolerant, scope: scope, words, normalisation, into: &nearAccumulator)
            }
        } else {
            accumulateByReading(term, near: Set(near.map(\.bytes)), scope: scope, positions, normalisation,
                                into: &accumulator, &nearAccumulator)
        }
        accumulateShortFields(term, scope: scope, positions, into: &accumulator)
    }

    /// Adds, for each (word, quality) of `matches`, its lists' entries in the fields of `scope`.
    private func accumulateFromLists(_ matches: [(UInt32, Float)], scope: FieldSet, _ words: WordIndex,
                                     _ normalisation: [[Float]], into accumulator: inout [Float]) {
        guard !scope.intersection([.title, .authors, .abstract]).isEmpty else { return }
        accumulator.withUnsafeMutableBufferPointer { acc in
            for field in 0..<WordIndex.fieldCount where scope.contains(WordIndex.fields[field]) {
                let lists = words.postings[field]
                let weight = RelevanceModel.longFieldWeights[field]
                let norm = normalisation[field]
                let lengths = lists.lengths.wordCounts
                for (matched, quality) in matches {
                    let c = weight * quality
                    if let slot = lists.denseSlotByWord[matched] {
                        let frequencies = lists.denseFrequency[slot]
                        var k = 0
                        for item in lists.dense[slot] {
                            acc[item] += c * Float(frequencies[k]) * norm[Int(lengths[item])]
                            k += 1
                        }
                    } else {
                        let word = Int(matched)
                        for k in Int(lists.sparseStarts[word])..<Int(lists.sparseStarts[word + 1]) {
                            let item = Int(lists.sparse[k])
                            acc[item] += c * Float(lists.sparseFrequency[k]) * norm[Int(lengths[item])]
                        }
                    }
                }
            }
        }
    }

    /// Reads each hit's long fields: words holding a single-word needle, or occurrences of a
    /// longer one.
    private func accumulateByReading(_ term: TextTerm, near: Set<[UInt8]>, scope: FieldSet, _ positions: [Int],
                                     _ normalisation: [[Float]], into accumulator: inout [Float],
                                     _ nearAccumulator: inout [Float]) {
        for (field, set) in WordIndex.fields.enumerated() where scope.contains(set) {
            guard let column = index.textColumn(set) else { continue }
            let weight = RelevanceModel.longFieldWeights[field]
            let norm = normalisation[field]
            for position in positions {
                let (frequency, nearFrequency, length) = column.withText(of: position) { text in
                    term.isSingleWord ? Self.wordFrequency(of: term.needle, near: near, in: text)
                        : Self.occurrenceFrequency(of: term.needle, in: text)
                }
                let scale = weight * norm[min(length, norm.count - 1)]
                if frequency > 0 { accumulator[position] += frequency * scale }
                if nearFrequency > 0 { nearAccumulator[position] += nearFrequency * scale }
            }
        }
    }

    /// Quality-weighted counts of the words of `text` that contain `needle` and of those in
    /// `near` (folded words), and the number of words.
    static func wordFrequency(of needle: ByteNeedle, near: Set<[UInt8]>,
                              in text: UnsafeBufferPointer<UInt8>) -> (Float, Float, Int) {
        var frequency: Float = 0, nearFrequency: Float = 0
        var length = 0
        TextWords.forEach(in: text) { range in
            length += 1
            let word = UnsafeBufferPointer(rebasing: text[range])
            if let hit = needle.firstMatch(in: word, from: 0) {
                frequency += RelevanceModel.quality(atStart: hit == 0, wholeWord: word.count == needle.count)
            } else if !near.isEmpty, near.contains(word.map(ByteNeedle.fold)) {
                nearFrequency += RelevanceModel.exactQuality * RelevanceModel.tolerant
            }
        }
        return (frequency, nearFrequency, length)
    }

    /// Quality-weighted count of the occurrences of `needle` in `text`, none near, and its words.
    static func occurrenceFrequency(of needle: ByteNeedle, in text: UnsafeBufferPointer<UInt8>) -> (Float, Float, Int) {
        var frequency: Float = 0
        var from = 0
        let isWord = TextFolding.isWordByte
        while let hit = needle.firstMatch(in: text, from: from) {
            let end = hit + needle.count
            let starts = hit == 0 || !isWord[Int(text[hit - 1])] || !isWord[Int(needle.bytes[0])]
            let ends = end == text.count || !isWord[Int(text[end])] || !isWord[Int(needle.bytes[needle.count - 1])]
            frequency += RelevanceModel.quality(atStart: starts, wholeWord: starts && ends)
            from = hit + 1
        }
        return (frequency, 0, frequency > 0 ? TextWords.count(in: text) : 0)
    }

    private func accumulateShortFields(_ term: TextTerm, scope: FieldSet, _ positions: [Int], into accumulator: inout [Float]) {
        for field in FieldSet.valueFields where scope.contains(field) {
            guard let column = index.valueColumn(field), let flags = column.valuesContaining(term.needle) else { continue }
            let weight = field == .session || field == .track ? RelevanceModel.sessionWeight : RelevanceModel.otherShortFieldWeight
            let valueOfItem = column.valueOfItem
            for position in positions where valueOfItem[position] >= 0 && flags[Int(valueOfItem[position])] {
                accumulator[position] += weight
            }
        }
    }

    /// `RelevanceModel.adjacency` for each pair of consecutive single-word terms whose words
    /// stand next to each other in the title. Only titles holding both words are read.
    private func addAdjacency(_ positions: [Int], inTitle: [UInt64], into scores: inout [Float]) {
        let pairs = (0..<min(terms.count - 1, 63)).filter { terms[$0].isSingleWord && terms[$0 + 1].isSingleWord }
        guard !pairs.isEmpty, let titles = index.textColumn(.title) else { return }
        // Bit t of `wanted`: pair (t, t + 1) qualifies; a hit's title is read only when its
        // mask has both terms of some such pair (no array is made per hit).
        let wanted = pairs.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        for (hit, position) in positions.enumerated() {
            let mask = inTitle[hit]
            let both = mask & (mask >> 1) & wanted
            guard both != 0 else { continue }
            let adjacent = titles.withText(of: position) { text in
                var count = 0
                var rest = both
                while rest != 0 {
                    let pair = rest.trailingZeroBitCount
                    if Self.adjacent(terms[pair].needle, terms[pair + 1].needle, in: text) { count += 1 }
                    rest &= rest - 1
                }
                return count
            }
            scores[hit] += RelevanceModel.adjacency * Float(adjacent)
        }
    }

    /// Whether a word of `text` holding `first` is directly followed by a word holding `second`.
    static func adjacent(_ first: ByteNeedle, _ second: ByteNeedle, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousHolds = false
        var found = false
        TextWords.forEach(in: text) { range in
            guard !found else { return }
            let word = UnsafeBufferPointer(rebasing: text[range])
            if previousHolds && second.occurs(in: word) { found = true }
            previousHolds = first.occurs(in: word)
        }
        return found
    }
}
