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
        return zip(scores, tolerantOnly).map { RankedOrder.key(score: $0, tolerantOnlyTerms: $1) }
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
    /// significant digit radix sort, four passes of 8 bits; stable, O(n).
    static func order(_ positions: [Int], keys: [UInt32]) -> [Int] {
        let n = positions.count
        var items = (0..<n).map { UInt32($0) }
        var scratch = [UInt32](repeating: 0, count: n)
        for shift in stride(from: 0, to: 32, by: 8) {
            var counts = [Int](repeating: 0, count: 257)
            for item in items { counts[Int(keys[Int(item)] >> UInt32(shift) & 0xFF) + 1] += 1 }
            if counts[1...].contains(n) { continue }  // every key has the same digit here
            for digit in 1...256 { counts[digit] += counts[digit - 1] }
            for item in items {
                let digit = Int(keys[Int(item)] >> UInt32(shift) & 0xFF)
                scratch[counts[digit]] = item
                counts[digit] += 1
            }
            swap(&items, &scratch)
        }
        return items.map { positions[Int($0)] }
    }
}
