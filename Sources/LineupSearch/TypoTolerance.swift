/// Forgiving typos: which words of the vocabulary a mistyped query word stands for.
///
/// A word is near a query word when some beginning of it is within the query word's allowed
/// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and swaps of neighbours each cost 1): 1 for words of 4–7 letters, 2 for
/// longer ones. Beginnings count because words are searched as they are typed ("transfom"
/// finds "transformer"). Only needles of ASCII letters and digits (after folding) are
/// tolerated: their bytes are their letters.
///
/// The search is a linear pass over the folded vocabulary with a banded table per word that
/// stops at the first row whose entries all exceed the limit, so most words cost a few
/// byte comparisons. Measured at 100,000 generated talks (`make bench`, "typo lookup"), this
/// is within the keystroke target, and it needs no memory beyond the vocabulary; a
/// symmetric-delete index would take tens of megabytes for its deletion variants.
enum TypoTolerance {
    /// The distance allowed for a needle of `length` letters.
    static func allowedDistance(forLength length: Int) -> Int {
        switch length {
        case ..<4: return 0
        case 4...7: return 1
        default: return 2
        }
    }

    /// True when typo tolerance applies to `needle` at all.
    static func applies(to needle: [UInt8]) -> Bool {
        allowedDistance(forLength: needle.count) > 0
            && needle.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// The smallest distance between `needle` (folded) and a beginning of `word` (folded, or
    /// clean ASCII whose letters may be uppercase), or nil when it is more than `limit`.
    static func prefixDistance(_ needle: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>,
                               limit: Int) -> Int? {
        let m = needle.count
        guard m > 0 else { return 0 }
        // Rows: beginnings of the word (i letters); columns: beginnings of the needle.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { table in
            var before = UnsafeMutableBufferPointer(rebasing: table[0...m])          // row i - 2
            var previous = UnsafeMutableBufferPointer(rebasing: table[(m + 1)...(2 * m + 1)])  // row i - 1
            var current = UnsafeMutableBufferPointer(rebasing: table[(2 * m + 2)...])  // row i
            for j in 0...m { previous[j] = j }
            var best = previous[m]
            let rows = min(word.count, m + limit)
            var i = 1
            while i <= rows {
                current[0] = i
                var rowMinimum = i
                for j in 1...m {
                    let letter = ByteNeedle.fold(word[i - 1])
                    let cost = letter == needle[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, letter == needle[j - 2], ByteNeedle.fold(word[i - 2]) == needle[j - 1] {
                        value = min(value, before[j - 2] + 1)
                    }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                best = min(best, current[m])
                if rowMinimum > limit && (i < 2 || (previous.min() ?? 0) > limit) { break }
                let spare = before
                before = previous
                previous = current
                current = spare
                i += 1
            }
            return best <= limit ? best : nil
        }
    }
}
