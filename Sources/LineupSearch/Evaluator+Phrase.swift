import BitCollections

/// One word run of a phrase and the vocabulary words that fit it, gathered once per term for
/// all its fields (`Evaluator.matchPhrase`).
struct PhraseRun {
    let run: WordRun
    /// The words with a dense list somewhere that fit the run.
    let denseFitting: [UInt32]
    /// Every word that fits the run; nil until a field needs it.
    var fitting: [WordMatch]?

    static func runs(of term: TextTerm, in words: WordIndex) -> [PhraseRun] {
        term.words.map { run in
            PhraseRun(run: run, denseFitting: words.denseWords(fitting: run))
        }
    }
}

extension Evaluator {
    /// Items of `candidates` whose text in `field` contains the needle of `term`, a phrase
    /// (a needle with separators), answered from the first offsets of the word index
    /// (`WordOffsets`); nil when no run of the needle can be answered that way cheaply, and
    /// the caller narrows and scans instead.
    ///
    /// Where the needle occurs, each of its word runs lies in one word of the text, flush
    /// with that word's start (a separator before the run) or end (one after it). So every
    /// occurrence of the needle starts at a fixed distance from an occurrence of a word that
    /// fits the run (`WordRun.needleStart`). Per entry of such a word, the needle is compared
    /// at that place of its first occurrence; if the word occurs more than once in the item
    /// and that fails, the text is searched from there on. The run chosen is the one with the
    /// fewest entries among those whose fitting words all carry offsets in `field`; the
    /// answer is exactly the scan's.
    ///
    /// Cost: O(entries of the chosen run's words), each a read of a few bytes of text.
    mutating func matchPhrase(_ term: TextTerm, field: FieldSet, within candidates: BitSet,
                              words: WordIndex, runs: inout [PhraseRun]) -> BitSet? {
        guard !term.isSingleWord, let slot = WordIndex.fields.firstIndex(of: field),
              let column = index.textColumn(field) else { return nil }
        let postings = words.postings[slot]
        let vocabulary = words.vocabulary
        var best: (run: WordRun, matches: [WordMatch], entries: Int)?
        for k in runs.indices {
            // A dense word without offsets rules the run out before the vocabulary is read.
            guard runs[k].denseFitting.allSatisfy(postings.hasOffsets) else { continue }
            if runs[k].fitting == nil {
                runs[k].fitting = vocabularyWords(fitting: runs[k].run, in: vocabulary)
            }
            let matches = runs[k].fitting ?? []
            guard matches.allSatisfy({ postings.hasOffsets($0.word) }) else { continue }
            let entries = matches.reduce(0) { $0 + postings.listLength($1.word) }
            if entries < best?.entries ?? .max { best = (runs[k].run, matches, entries) }
        }
        guard let best else { return nil }
        // An entry reads a line or two of text; a scan reads every candidate's whole text.
        guard best.entries * Self.bytesPerOffsetCheck <= candidates.count * averageBytes(in: field) else { return nil }
        let needle = term.needle, run = best.run
        var checks: [(occurrence: WordOccurrence, wordLength: Int)] = []
        checks.reserveCapacity(best.entries)
        for match in best.matches {
            let length = vocabulary.withWord(Int(match.word)) { $0.count }
            postings.forEachOccurrence(of: match.word, within: candidates) { checks.append(($0, length)) }
        }
        // The texts lie scattered in memory: the place checked `lookahead` entries on is read
        // ahead, so the waits for memory overlap instead of each check waiting in turn.
        let lookahead = Self.offsetLookahead
        var touched: UInt8 = 0
        var result = BitSet()
        for (k, check) in checks.enumerated() {
            if k + lookahead < checks.count {
                let ahead = checks[k + lookahead].occurrence
                touched ^= column.touch(item: ahead.item, at: Int(ahead.firstOffset))
            }
            let occurrence = check.occurrence, item = occurrence.item
            guard !result.contains(item) else { continue }
            let wordStart = Int(occurrence.firstOffset)
            var found = false
            if occurrence.firstOffset != WordOffsets.far {
                found = column.holds(needle, at: run.needleStart(wordStart: wordStart, wordLength: check.wordLength), item: item)
            }
            if !found, occurrence.frequency != 1 || occurrence.firstOffset == WordOffsets.far {
                found = column.contains(needle, from: run.earliestNeedleStart(wordStart: wordStart), item: item)
            }
            if found { result.insert(item) }
        }
        withExtendedLifetime(touched) {}  // a use, so the reads ahead are not optimised away
        return result
    }

    /// How many entries ahead `matchPhrase` reads the text it will check.
    static let offsetLookahead = 4

    /// What checking one entry costs, in bytes of scanned text (a cache miss or two).
    static let bytesPerOffsetCheck = 128
}
