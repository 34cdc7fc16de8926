import BitCollections

/// One long field's inverted lists while `WordIndexBuilder` runs: each item's distinct words
/// not yet dense go to a forward list (turned into sorted sparse lists by `finish`); the words
/// found frequent go straight into `DenseBits`.
///
/// Every entry carries the word's count in the item's field (its term frequency, at most 255),
/// and the entries of words that stay under `offsetLimit` items also the offset of the word's
/// first occurrence in the item's field (`WordOffsets`): every forward entry has one, a dense
/// list keeps them when it was made for a word expected to stay under the limit.
/// Cost: O(1) per word of text, with one state read per word (`WordState`) and no copy-on-write
/// check in the loop (`add` works on the states through one buffer pointer).
struct FieldListsBuilder {
    /// What the builder knows of one word in this field.
    struct WordState {
        /// The last item that listed it (deduplicates within an item); -1 before any.
        var lastItem: Int32 = -1
        /// The index of that item's entry: in `forward`, or in its dense frequencies.
        var lastEntry: Int32 = -1
        /// Its number of forward entries.
        var count: Int32 = 0
        /// Its slot in `dense`, or -1 while it has none.
        var denseSlot: Int32 = -1
    }

    /// The distinct words of each item not yet in a dense list, item after item.
    private(set) var forward: [UInt32] = []
    /// The term frequency of each forward entry.
    private(set) var forwardFrequency: [UInt8] = []
    /// Whether this field's lists carry first offsets at all (`WordOffsets.fields`).
    var keepsOffsets = true
    /// The first offset (`WordOffsets`) of each forward entry, when the field keeps them.
    private(set) var forwardOffset: [UInt16] = []
    /// Item i's forward entries are `forward[itemStarts[i]..<itemStarts[i + 1]]`.
    private(set) var itemStarts: [Int] = [0]
    /// Per word number.
    private(set) var states: [WordState] = []
    private(set) var dense: [DenseBits] = []
    /// Per dense slot: the term frequencies of its items, in item order.
    private(set) var denseFrequency: [TermCounts] = []
    /// Per dense slot: whether it keeps first offsets, and those of its items, in item order.
    private(set) var denseKeepsOffsets: [Bool] = []
    private(set) var denseOffsets: [[UInt16]] = []

    /// Makes room for the next word number.
    mutating func addWord() {
        states.append(WordState())
    }

    /// Records the words `tokens` (`Token`s, in text order, repeats included) of item `item`,
    /// which must be the newest item.
    mutating func add(_ tokens: UnsafeBufferPointer<UInt64>, item: Int) {
        let item32 = Int32(truncatingIfNeeded: item)
        // The states are taken out for the loop (and put back), so the loop may change the
        // other lists while it holds them.
        var taken: [WordState] = []
        swap(&taken, &self.states)
        defer { swap(&taken, &self.states) }
        taken.withUnsafeMutableBufferPointer { states in
            for token in tokens {
                let word = Int(Token.word(token))
                let slot = Int(states[word].denseSlot)
                if states[word].lastItem == item32 {
                    let entry = Int(states[word].lastEntry)
                    if slot >= 0 {
                        denseFrequency[slot].increment(at: entry)
                    } else if forwardFrequency[entry] < .max {
                        forwardFrequency[entry] += 1
                    }
                    continue
                }
                states[word].lastItem = item32
                if slot >= 0 {
                    dense[slot].insert(item)
                    states[word].lastEntry = Int32(truncatingIfNeeded: denseFrequency[slot].count)
                    denseFrequency[slot].appendOne()
                    if denseKeepsOffsets[slot] { denseOffsets[slot].append(Token.offset(token)) }
                } else {
                    states[word].lastEntry = Int32(truncatingIfNeeded: forward.count)
                    forward.append(Token.word(token))
                    forwardFrequency.append(1)
                    if keepsOffsets { forwardOffset.append(Token.offset(token)) }
                    states[word].count += 1
                }
            }
        }
    }

    /// Closes the newest item's forward entries.
    mutating func endItem() {
        itemStarts.append(forward.count)
    }

    /// Gives word `word` a dense list of `capacity` items, and room for `expectedEntries`
    /// frequencies (and first offsets, if it `keepsOffsets`). Reserving them up front spares
    /// the copies of growing by doubling, which at 100,000 items leave tens of megabytes of
    /// freed blocks behind (the allocator keeps them, so they count in the peak RSS).
    mutating func makeDense(_ word: Int, capacity: Int, expectedEntries: Int, keepsOffsets wanted: Bool) {
        let keepsOffsets = wanted && self.keepsOffsets
        states[word].denseSlot = Int32(dense.count)
        dense.append(DenseBits(capacity: capacity))
        var frequencies = TermCounts()
        frequencies.reserveCapacity(min(capacity, expectedEntries))
        denseFrequency.append(frequencies)
        var offsets: [UInt16] = []
        if keepsOffsets { offsets.reserveCapacity(min(capacity, expectedEntries)) }
        denseOffsets.append(offsets)
        denseKeepsOffsets.append(keepsOffsets)
    }

    /// Appends forward entry `k` (of item `item`) to dense list `slot`: its item, term
    /// frequency and, if the list keeps them, first offset. Entries must come in item order.
    @inline(__always)
    private mutating func moveToDense(entry k: Int, item: Int, slot: Int) {
        dense[slot].insert(item)
        denseFrequency[slot].append(forwardFrequency[k])
        if denseKeepsOffsets[slot] { denseOffsets[slot].append(forwardOffset[k]) }
    }

    /// Moves every word with at least `threshold` forward entries into a dense list of
    /// `capacity` items. `scale` projects the entries so far onto all items (items expected
    /// over items done); a list projected to stay under `offsetLimit` items keeps first
    /// offsets. Runs between items.
    mutating func promote(threshold: Int32, capacity: Int, scale: Double, offsetLimit: Int) {
        var promoted = false
        for word in states.indices where states[word].count >= threshold && states[word].denseSlot < 0 {
            let projected = Double(states[word].count) * scale
            makeDense(word, capacity: capacity, expectedEntries: Int(projected * 1.05) + 64,
                      keepsOffsets: projected < Double(offsetLimit))
            promoted = true
        }
        guard promoted else { return }
        var kept: [UInt32] = [], keptFrequency: [UInt8] = [], keptOffset: [UInt16] = []
        kept.reserveCapacity(forward.count)
        keptFrequency.reserveCapacity(forward.count)
        keptOffset.reserveCapacity(forward.count)
        var starts = [0]
        starts.reserveCapacity(itemStarts.count)
        for item in 0..<(itemStarts.count - 1) {
            for k in itemStarts[item]..<itemStarts[item + 1] {
                let word = Int(forward[k])
                let slot = Int(states[word].denseSlot)
                if slot >= 0 {
                    moveToDense(entry: k, item: item, slot: slot)
                    states[word].count = 0
                } else {
                    kept.append(forward[k])
                    keptFrequency.append(forwardFrequency[k])
                    if keepsOffsets { keptOffset.append(forwardOffset[k]) }
                }
            }
            starts.append(kept.count)
        }
        forward = kept
        forwardFrequency = keptFrequency
        forwardOffset = keptOffset
        itemStarts = starts
    }

    /// The finished lists of `wordCount` words over `itemCount` items: words with at least
    /// `denseThreshold` entries get (or keep) a dense list, the others a slice of one sorted
    /// array. Sparse lists keep first offsets, and so do dense lists of fewer than
    /// `offsetLimit` items that have them. `numbers`, when given, renumbers the words: word w
    /// here is word `numbers[w]` of the index's vocabulary (`WordIndexBuilder.joinedNumbers`);
    /// dense lists are then ordered as they would be with the index's numbers from the start
    /// (the early ones by word number, then those made here, by word number). Memory is handed
    /// over as it goes, so the peak stays near the result's size; that needs this builder to
    /// be the only owner of its lists (hence `mutating`, on a value nothing else holds), else
    /// every list lives on until the last owner goes. Leaves the builder empty.
    mutating func finish(wordCount: Int, renumbered numbers: [UInt32]? = nil, itemCount: Int, denseThreshold: Int32,
                          offsetLimit: Int, lengths: FieldLengths) -> WordIndex.FieldPostings {
        // The word here of each word of the index, -1 for words this field never holds.
        var locals: [Int32] = []
        if let numbers {
            locals = [Int32](repeating: -1, count: wordCount)
            for (word, number) in numbers.enumerated() { locals[Int(number)] = Int32(word) }
            orderDenseSlots(by: numbers)
        }
        let renumbering = numbers != nil, map = numbers ?? []
        func local(_ number: Int) -> Int { renumbering ? Int(locals[number]) : number }
        for number in 0..<wordCount {
            let word = local(number)
            if word >= 0, states[word].denseSlot < 0, states[word].count >= denseThreshold {
                makeDense(word, capacity: itemCount, expectedEntries: Int(states[word].count),
                          keepsOffsets: Int(states[word].count) < offsetLimit)
            }
        }
        var starts = [UInt32](repeating: 0, count: wordCount + 1)
        var total = 0
        for number in 0..<wordCount {
            starts[number] = UInt32(total)
            let word = local(number)
            if word >= 0, states[word].denseSlot < 0 { total += Int(states[word].count) }
        }
        starts[wordCount] = UInt32(total)
        locals = []
        var sparse = [UInt32](repeating: 0, count: total)
        var sparseFrequency = [UInt8](repeating: 0, count: total)
        var sparseOffsets = [UInt16](repeating: 0, count: keepsOffsets ? total : 0)
        var fill = starts
        for item in 0..<(itemStarts.count - 1) {
            for k in itemStarts[item]..<itemStarts[item + 1] {
                let word = Int(forward[k])
                let slot = Int(states[word].denseSlot)
                if slot >= 0 {
                    moveToDense(entry: k, item: item, slot: slot)
                } else {
                    let number = renumbering ? Int(map[word]) : word
                    sparse[Int(fill[number])] = UInt32(item)
                    sparseFrequency[Int(fill[number])] = forwardFrequency[k]
                    if keepsOffsets { sparseOffsets[Int(fill[number])] = forwardOffset[k] }
                    fill[number] += 1
                }
            }
        }
        forward = []
        forwardFrequency = []
        forwardOffset = []
        fill = []
        var denseByWord: [UInt32: Int] = [:]
        for word in states.indices where states[word].denseSlot >= 0 {
            denseByWord[renumbering ? map[word] : UInt32(word)] = Int(states[word].denseSlot)
        }
        states = []
        // Trimmed one at a time (each copy frees its original at once), and only where a
        // projection was well off.
        for slot in denseFrequency.indices {
            let frequencies = denseFrequency[slot]
            if frequencies.capacity - frequencies.count > frequencies.count / 16 + 64 {
                denseFrequency[slot] = frequencies.shrunkToFit()
            }
            // A list that grew past the limit drops its offsets: the invariant is "offsets for
            // every entry, or none", and a phrase is answered from a rarer word or the text.
            if denseOffsets[slot].count >= offsetLimit {
                denseOffsets[slot] = []
            } else if denseOffsets[slot].capacity - denseOffsets[slot].count > denseOffsets[slot].count / 16 + 64 {
                denseOffsets[slot] = denseOffsets[slot].shrunkToFit()
            }
        }
        // Last first, each freed as soon as its bit set is made.
        var sets: [BitSet] = []
        sets.reserveCapacity(dense.count)
        while let bits = dense.popLast() { sets.append(bits.bitSet) }
        sets.reverse()
        return WordIndex.FieldPostings(
            sparse: sparse, sparseFrequency: sparseFrequency, sparseOffsets: sparseOffsets, sparseStarts: starts,
            dense: sets, denseFrequency: denseFrequency, denseOffsets: denseOffsets, denseSlotByWord: denseByWord,
            lengths: lengths)
    }
}

extension FieldListsBuilder {
    /// Puts the dense lists made so far (by `promote`) in the order of their words' numbers
    /// in the index (`numbers`), as a builder numbering words that way would have made them.
    fileprivate mutating func orderDenseSlots(by numbers: [UInt32]) {
        var wordOfSlot = [Int](repeating: 0, count: dense.count)
        for word in states.indices where states[word].denseSlot >= 0 { wordOfSlot[Int(states[word].denseSlot)] = word }
        let order = dense.indices.sorted { numbers[wordOfSlot[$0]] < numbers[wordOfSlot[$1]] }
        guard order != Array(dense.indices) else { return }
        dense = order.map { dense[$0] }
        denseFrequency = order.map { denseFrequency[$0] }
        denseOffsets = order.map { denseOffsets[$0] }
        denseKeepsOffsets = order.map { denseKeepsOffsets[$0] }
        for (slot, old) in order.enumerated() { states[wordOfSlot[old]].denseSlot = Int32(slot) }
    }
}

/// The bits of one dense list while the index is built: memory of its own, set with one OR
/// per entry (a `BitSet` insert costs several times that), made into a `BitSet` at the end.
/// Grows if an item lies past the capacity it was made with (an underestimated item count).
final class DenseBits {
    private var words: UnsafeMutablePointer<UInt>
    private var wordCount: Int

    /// Words allocated beyond the bits: the block then has room for an array of the same bits
    /// (an array's header is 32 bytes), so the `BitSet` made from the next list can reuse the
    /// block this one frees instead of leaving it a hole.
    static let slack = 8

    init(capacity items: Int) {
        wordCount = max(1, (items + UInt.bitWidth - 1) / UInt.bitWidth)
        words = .allocate(capacity: wordCount + Self.slack)
        words.initialize(repeating: 0, count: wordCount)
    }

    deinit { words.deallocate() }

    /// Adds `item` (>= 0).
    @inline(__always)
    func insert(_ item: Int) {
        let index = item / UInt.bitWidth
        if index >= wordCount { grow(toHold: index) }
        words[index] |= 1 << UInt(item % UInt.bitWidth)
    }

    private func grow(toHold index: Int) {
        let count = max(index + 1, wordCount * 2)
        let larger = UnsafeMutablePointer<UInt>.allocate(capacity: count + Self.slack)
        larger.initialize(from: words, count: wordCount)
        (larger + wordCount).initialize(repeating: 0, count: count - wordCount)
        words.deallocate()
        words = larger
        wordCount = count
    }

    var bitSet: BitSet { BitSet(words: UnsafeBufferPointer(start: words, count: wordCount)) }
}
