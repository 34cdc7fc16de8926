/// The distinct folded words of the long text fields, stored contiguously so one substring
/// search over `bytes` finds every word that contains a needle.
///
/// Layout: word w is `bytes[starts[w]..<starts[w + 1] - 1]`; each word is followed by a line
/// feed, which no single-word needle contains, so a match never spans two words.
struct Vocabulary: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    /// The words containing `needle` (a single-word needle), each with whether the needle
    /// occurs at the word's start. O(size of the vocabulary).
    func words(containing needle: ByteNeedle) -> [WordMatch] {
        var matches: [WordMatch] = []
        forEachWord(containing: needle) { matches.append($0); return true }
        return matches
    }

    /// Calls `body` with each word containing `needle`, in vocabulary order, while it returns true.
    func forEachWord(containing needle: ByteNeedle, _ body: (WordMatch) -> Bool) {
        bytes.withUnsafeBufferPointer { all in
            var word = 0
            var from = 0
            while let hit = needle.firstMatch(in: all, from: from) {
                word = wordIndex(atByte: hit, from: word)
                guard body(WordMatch(word: UInt32(word), atStart: hit == starts[word])) else { return }
                from = starts[word + 1]
            }
        }
    }

    /// The subset of `candidates` (matches of a shorter needle that `needle` contains) whose
    /// word contains `needle`. O(total length of those words).
    func words(containing needle: ByteNeedle, among candidates: [WordMatch]) -> [WordMatch] {
        bytes.withUnsafeBufferPointer { all in
            candidates.compactMap { candidate in
                let start = starts[Int(candidate.word)], end = starts[Int(candidate.word) + 1] - 1
                let word = UnsafeBufferPointer(rebasing: all[start..<end])
                guard let hit = needle.firstMatch(in: word, from: 0) else { return nil }
                return WordMatch(word: candidate.word, atStart: hit == 0)
            }
        }
    }

    /// The word holding byte `offset`, searching forward from word `hint` (hits arrive in
    /// increasing order, so the walk is amortised over one search): gallop, then bisect.
    private func wordIndex(atByte offset: Int, from hint: Int) -> Int {
        var low = hint, step = 1, high = hint + 1
        while high < count, starts[high] <= offset {
            low = high
            step *= 2
            high = min(count, high + step)
        }
        // Now starts[low] <= offset < starts[high] (or high == count).
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return low
    }

    /// The length in bytes of word `word`.
    func length(of word: Int) -> Int { starts[word + 1] - starts[word] - 1 }

    /// Calls `body` with the folded bytes of word `word`.
    func withWord<R>(_ word: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[starts[word]..<starts[word + 1] - 1]))
        }
    }

    /// The bytes of word `word`, for tests and diagnostics.
    func word(_ word: Int) -> String {
        String(decoding: bytes[starts[word]..<starts[word + 1] - 1], as: UTF8.self)
    }

    mutating func appendWord(_ word: UnsafeBufferPointer<UInt8>, folding: Bool) {
        for byte in word { bytes.append(folding ? ByteNeedle.fold(byte) : byte) }
        bytes.append(0x0A)
        starts.append(bytes.count)
    }

    /// Room for `words` more words of `bytes` bytes in all (line feeds included).
    mutating func reserveCapacity(words: Int, bytes count: Int) {
        bytes.reserveCapacity(bytes.count + count)
        starts.reserveCapacity(starts.count + words)
    }

    mutating func finish() {
        bytes = bytes.shrunkToFit()
        starts = starts.shrunkToFit()
    }
}

/// A word of the vocabulary that contains a needle.
struct WordMatch: Hashable, Sendable {
    let word: UInt32
    /// The needle occurs at the start of the word (ranked above inner matches).
    let atStart: Bool
}
