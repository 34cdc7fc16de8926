extension SearchResult {
    /// The kept positions by relevance (the browser's `s`, `--sort relevance`): fewer terms
    /// matched only through typo tolerance first, then the higher `RelevanceModel` (BM25F) score, then schedule
    /// order. Without text terms the order is the schedule's.
    ///
    /// Cost: the scoring (with a word index, the inverted lists of the words holding each
    /// term; see `RelevanceScorer`) plus a radix sort of the hits, O(k).
    public func ranked() -> [Int] {
        let terms = query.rankedTerms
        guard !terms.isEmpty, count > 1 else { return positions }
        return RankedOrder.order(positions, keys: rankKeys(statistics: index.rankingStatistics(for: query)))
    }

    /// Per kept position (in `positions` order), its rank key under `statistics`: smaller is
    /// better. Keys made with the same statistics compare across results (`PartitionedSearch`).
    func rankKeys(statistics: RankingStatistics) -> [UInt32] {
        let scorer = RelevanceScorer(index: index, terms: query.rankedTerms, statistics: statistics)
        let (scores, tolerantOnly) = scorer.score(positions)
        var keys = [UInt32](repeating: 0, count: min(scores.count, tolerantOnly.count))
        for hit in keys.indices { keys[hit] = RankedOrder.key(score: scores[hit], tolerantOnlyTerms: tolerantOnly[hit]) }
        return keys
    }

    /// The relevance score of the item at `position` (0 when it is not kept), for tests and
    /// diagnostics.
    func relevance(at position: Int) -> Float {
        let scorer = RelevanceScorer(index: index, terms: query.rankedTerms,
                                     statistics: index.rankingStatistics(for: query))
        return scorer.score([position]).scores[0]
    }
}

/// Ordering hits by rank keys: a 32-bit key per hit, smaller first, ties in the order given.
enum RankedOrder {
    /// The key of a hit: the number of terms it matches only through typo tolerance (fewer
    /// first) in the top 8 bits, then the score (higher first) as the top 24 bits of its float (scores are >= 0, whose
    /// bit patterns order as the numbers do; the lowest 8 mantissa bits are dropped, so scores
    /// within about 1e-5 of each other tie and fall back to schedule order).
    static func key(score: Float, tolerantOnlyTerms: UInt8) -> UInt32 {
        let bits = max(score, 0).bitPattern >> 8  // < 2^23
        return UInt32(tolerantOnlyTerms) << 24 | (0xFF_FFFF - bits)
    }

    /// `positions` ordered by `keys` (parallel arrays), ties keeping the given order: a least
    /// significant digit radix sort of (key, index) pairs packed in 64 bits, four passes of 8
    /// bits over the key, one pass skipped when all keys share its digit (the top one, the
    /// tolerant-only count, is usually 0 for all); the four histograms are counted in one read.
    /// Stable, O(n).
    static func order(_ positions: [Int], keys: [UInt32]) -> [Int] {
        let n = min(positions.count, keys.count)
        guard n > 1 else { return Array(positions.prefix(n)) }
        var items = [UInt64](repeating: 0, count: n)
        var scratch = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 4 * 256)
        keys.withUnsafeBufferPointer { keys in
            items.withUnsafeMutableBufferPointer { items in
                counts.withUnsafeMutableBufferPointer { counts in
                    for index in 0..<n {
                        let key = keys[index]
                        items[index] = UInt64(key) << 32 | UInt64(index)
                        counts[Int(key & 0xFF)] += 1
                        counts[256 + Int(key >> 8 & 0xFF)] += 1
                        counts[512 + Int(key >> 16 & 0xFF)] += 1
                        counts[768 + Int(key >> 24)] += 1
                    }
                }
            }
        }
        for pass in 0..<4 {
            let histogram = counts[(pass * 256)..<(pass * 256 + 256)]
            if histogram.contains(n) { continue }  // every key has the same digit here
            var next = [Int](repeating: 0, count: 256)
            var total = 0
            for digit in 0..<256 {
                next[digit] = total
                total += histogram[pass * 256 + digit]
            }
            let shift = UInt64(32 + 8 * pass)
            items.withUnsafeBufferPointer { items in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    next.withUnsafeMutableBufferPointer { next in
                        for item in items {
                            let digit = Int(item >> shift & 0xFF)
                            scratch[next[digit]] = item
                            next[digit] += 1
                        }
                    }
                }
            }
            swap(&items, &scratch)
        }
        return items.map { positions[Int($0 & 0xFFFF_FFFF)] }
    }
}
