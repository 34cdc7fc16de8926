import BitCollections
import LineupModel

/// Answers a query tree over a set of candidate positions: every node is evaluated only on the
/// items still in play, so a narrower query started from an earlier result costs in
/// proportion to that result, not to the schedule.
struct Evaluator {
    let index: SearchIndex
    let bookmarked: BitSet
    /// What `picked:NAME` and `is:picked` match.
    let picked: PickedPositions
    /// What the clock words compare with; nil: they match nothing.
    let now: Now?
    /// Vocabulary matches of recent needles, shared across the searches of a session.
    var wordMatches: WordMatchCache?

    init(index: SearchIndex, bookmarked: BitSet, picked: PickedPositions = PickedPositions(), now: Now? = nil,
         wordMatches: WordMatchCache? = nil) {
        self.index = index
        self.bookmarked = bookmarked
        self.picked = picked
        self.now = now
        self.wordMatches = wordMatches
    }

    /// The positions of `candidates` that satisfy `node`.
    mutating func evaluate(_ node: QueryNode, within candidates: BitSet) -> BitSet {
        switch node {
        case .term(let term):
            return evaluate(term, within: candidates)
        case .not(let child):
            return candidates.subtracting(evaluate(child, within: candidates))
        case .allOf(let children):
            var result = candidates
            for child in children.sorted(by: { Self.cost($0) < Self.cost($1) }) {
                if result.isEmpty { break }
                result = evaluate(child, within: result)
            }
            return result
        case .anyOf(let children):
            var result = BitSet()
            var rest = candidates
            for child in children {
                if rest.isEmpty { break }
                let matched = evaluate(child, within: rest)
                result.formUnion(matched)
                rest.subtract(matched)
            }
            return result
        }
    }

    /// A rough order for the children of `allOf`: cheap filters first, then text terms with
    /// longer (more selective) needles, negations last. Any order gives the same result.
    private static func cost(_ node: QueryNode) -> Int {
        switch node {
        case .term(.text(let term)): return 1000 - min(term.needle.count, 100)
        case .term: return 0
        case .not(let child): return 2000 + cost(child)
        case .anyOf(let children), .allOf(let children): return 1500 + (children.map(cost).max() ?? 0)
        }
    }

    private mutating func evaluate(_ term: QueryTerm, within candidates: BitSet) -> BitSet {
        switch term {
        case .text(let text):
            return match(text, within: candidates)
        case .kind(let name):
            return filter(candidates, by: index.kind, flags: index.kind.valuesEqual(to: Array(name.utf8)))
        case .language(let prefix):
            return filter(candidates, by: index.language, flags: index.language.valuesStarting(with: prefix))
        case .sourceID(let id):
            return filter(candidates, by: index.sourceID, flags: index.sourceID.valuesEqual(to: id))
        case .anyAward:
            let valueOfItem = index.award.valueOfItem
            return filter(candidates) { valueOfItem[$0] >= 0 }
        case .day(let date):
            let day = Int32(clamping: date.daysSinceEpoch), days = index.days
            return filter(candidates) { days[$0] == day }
        case .weekday(let weekday):
            let days = index.days
            return filter(candidates) {
                days[$0] != Int32.min && Weekday(daysSinceEpoch: Int(days[$0])) == weekday
            }
        case .startsAtOrAfter(let minute):
            let starts = index.startMinutes
            return filter(candidates) { starts[$0] >= 0 && Int(starts[$0]) >= minute }
        case .startsBefore(let minute):
            let starts = index.startMinutes
            return filter(candidates) { starts[$0] >= 0 && Int(starts[$0]) < minute }
        case .bookmarked:
            return candidates.intersection(bookmarked)
        case .picked(let name):
            return candidates.intersection(picked.positions(of: name))
        case .daysFromToday(let offset):
            guard let now else { return BitSet() }
            let wanted = index.slots.zones.map { Int32(clamping: now.today(on: $0).daysSinceEpoch + offset) }
            let days = index.days, zoneOfItem = index.slots.zoneOfItem
            return filter(candidates) { days[$0] != Int32.min && days[$0] == wanted[Int(zoneOfItem[$0])] }
        case .startsAtOrAfterNow, .startsBeforeNow, .phase:
            guard let now else { return BitSet() }
            let positions = index.slots.zones.map { now.position(on: $0) }
            let starts = index.slots.starts, ends = index.slots.ends, zoneOfItem = index.slots.zoneOfItem
            return filter(candidates) { item in
                let start = starts[item]
                guard start != SlotColumns.untimed else { return false }
                let now = positions[Int(zoneOfItem[item])]
                switch term {
                case .startsAtOrAfterNow: return start >= now
                case .startsBeforeNow: return start < now
                case .phase(.past): return ends[item] <= now
                case .phase(.now): return start <= now && now < ends[item]
                case .phase(.upcoming): return start > now
                default: return false
                }
            }
        }
    }

    /// The candidates whose value in `column` is flagged (none when `flags` is nil).
    private func filter(_ candidates: BitSet, by column: ValueColumn, flags: [Bool]?) -> BitSet {
        guard let flags else { return BitSet() }
        let valueOfItem = column.valueOfItem
        return filter(candidates) { valueOfItem[$0] >= 0 && flags[Int(valueOfItem[$0])] }
    }

    private func filter(_ candidates: BitSet, _ keep: (Int) -> Bool) -> BitSet {
        var result = BitSet()
        for position in candidates where keep(position) { result.insert(position) }
        return result
    }

    // MARK: Text

    private mutating func match(_ term: TextTerm, within candidates: BitSet) -> BitSet {
        var result = matchExactly(term, within: candidates)
        if term.isTolerant {
            let rest = candidates.subtracting(result)
            if !rest.isEmpty { result.formUnion(matchNear(term, within: rest)) }
        }
        return result
    }

    /// Items of `candidates` holding a word near a tolerant term's needle (`SearchIndex.nearWords`).
    private func matchNear(_ term: TextTerm, within candidates: BitSet) -> BitSet {
        let near = index.nearWords(term.needle.bytes)
        let scope = term.scope.intersection([.title, .authors, .abstract])
        guard !near.isEmpty, !scope.isEmpty else { return BitSet() }
        if let words = index.words {
            let ids = near.compactMap(\.id)
            var result = words.denseUnion(of: ids, scope: scope)
            result.formIntersection(candidates)
            words.addSparseItems(of: ids.map { WordMatch(word: $0, atStart: true) }, scope: scope,
                                 within: candidates, into: &result)
            return result
        }
        let set = Set(near.map(\.bytes))
        var result = BitSet()
        for field in WordIndex.fields where scope.contains(field) {
            guard let column = index.textColumn(field) else { continue }
            for position in candidates where !result.contains(position) {
                if column.withText(of: position, { TextWords.holdsAny(of: set, in: $0) }) { result.insert(position) }
            }
        }
        return result
    }

    private mutating func matchExactly(_ term: TextTerm, within candidates: BitSet) -> BitSet {
        if term.needle.isEmpty { return candidates }
        var result = BitSet()
        for field in FieldSet.valueFields where term.scope.contains(field) {
            guard let column = index.valueColumn(field),
                  let flags = column.valuesContaining(term.needle) else { continue }
            let valueOfItem = column.valueOfItem
            for position in candidates where valueOfItem[position] >= 0 && flags[Int(valueOfItem[position])] {
                result.insert(position)
            }
        }
        let long = term.scope.intersection([.title, .authors, .abstract])
        guard !long.isEmpty else { return result }
        let rest = result.isEmpty ? candidates : candidates.subtracting(result)
        if rest.isEmpty { return result }
        result.formUnion(matchLongFields(term, scope: long, within: rest))
        return result
    }

    private mutating func matchLongFields(_ term: TextTerm, scope: FieldSet, within candidates: BitSet) -> BitSet {
        guard let words = index.words else { return scan(candidates, for: term.needle, in: scope) }
        if term.isSingleWord {
            return matchWord(term.words[0], scope: scope, within: candidates, words: words)
        }
        // A needle with separators lies within one field, and every word run of it occurs in
        // that field: per field, answer from the word offsets if a run has them
        // (`matchPhrase`), else narrow on the two longest runs, then check the whole needle
        // in that field only (which spares reading the other fields of most items).
        let runs = term.words.sorted(by: { $0.needle.count > $1.needle.count }).prefix(2)
        var result = BitSet()
        var phraseRuns = PhraseRun.runs(of: term, in: words)
        for field in WordIndex.fields where scope.contains(field) {
            let rest = result.isEmpty ? candidates : candidates.subtracting(result)
            if rest.isEmpty { break }
            if let found = matchPhrase(term, field: field, within: rest, words: words, runs: &phraseRuns) {
                result.formUnion(found)
                continue
            }
            var narrowed = rest
            for word in runs where !narrowed.isEmpty {
                narrowed = matchWord(word, scope: field, within: narrowed, words: words)
            }
            if !narrowed.isEmpty { result.formUnion(scan(narrowed, for: term.needle, in: field)) }
        }
        return result
    }

    /// Items of `candidates` whose fields in `scope` hold a word that fits `run` (contains it,
    /// and starts or ends with it if the run says so): first the dense lists (bit set unions),
    /// then, for the items they leave, whichever is cheaper of the sparse lists and scanning
    /// those items' text. The scan checks only that the run occurs, so for a run that must
    /// start or end a word the answer may hold more items than fit; callers then check the
    /// whole needle. For a run with no such condition (a single-word term) it is exact.
    private mutating func matchWord(_ run: WordRun, scope: FieldSet, within candidates: BitSet,
                                    words: WordIndex) -> BitSet {
        let needle = run.needle
        let vocabulary = words.vocabulary
        let dense = words.denseWords(fitting: run)
        var result = words.denseUnion(of: dense, scope: scope)
        result.formIntersection(candidates)
        let remaining = result.isEmpty ? candidates : candidates.subtracting(result)
        if remaining.isEmpty { return result }
        let scanBytes = remaining.count * averageBytes(in: scope)
        if scanBytes <= vocabulary.bytes.count {
            result.formUnion(scan(remaining, for: needle, in: scope))
            return result
        }
        let matches = vocabularyWords(fitting: run, in: vocabulary)
        // An inserted entry costs about as much as scanning 8 bytes of text.
        if words.sparseEntryCount(of: matches, scope: scope) * 8 < scanBytes {
            words.addSparseItems(of: matches, scope: scope, within: remaining, into: &result)
        } else {
            result.formUnion(scan(remaining, for: needle, in: scope))
        }
        return result
    }

    /// The vocabulary's words that fit `run`, through the session's cache of words containing
    /// a needle when there is one.
    mutating func vocabularyWords(fitting run: WordRun, in vocabulary: Vocabulary) -> [WordMatch] {
        let containing = wordMatches != nil
            ? wordMatches!.matches(of: run.needle, in: vocabulary)
            : vocabulary.words(containing: run.needle)
        // A run that need not start or end a word fits every word containing it.
        guard run.startsWord || run.endsWord else { return containing }
        return containing.filter { match in vocabulary.withWord(Int(match.word)) { run.fits($0) } }
    }

    /// Items of `candidates` whose text in some field of `scope` contains `needle`.
    ///
    /// The items' texts lie scattered in memory, so reading them waits on memory more than it
    /// compares bytes. While one item is compared, the cache lines of items further on are read
    /// ahead (`TextColumn.touch`); their loads overlap instead of each item waiting in turn.
    private func scan(_ candidates: BitSet, for needle: ByteNeedle, in scope: FieldSet) -> BitSet {
        let columns = WordIndex.fields.filter(scope.contains).compactMap(index.textColumn)
        var result = BitSet()
        // Items are read `lookahead` items ahead of the one compared.
        let lookahead = Self.scanLookahead
        var ahead = candidates.makeIterator()
        var iterator = candidates.makeIterator()
        var touched: UInt8 = 0
        for _ in 0..<lookahead {
            guard let item = ahead.next() else { break }
            for column in columns { touched ^= column.touch(item: item) }
        }
        while let position = iterator.next() {
            if let item = ahead.next() {
                for column in columns { touched ^= column.touch(item: item) }
            }
            if columns.contains(where: { $0.contains(needle, item: position) }) {
                result.insert(position)
            }
        }
        withExtendedLifetime(touched) {}  // a use, so the reads ahead are not optimised away
        return result
    }

    /// How many items ahead `scan` reads: one left part of each read's wait exposed; two
    /// cover it (measured with the open phrase of the benchmark; more evicts what is read).
    static let scanLookahead = 2

    func averageBytes(in scope: FieldSet) -> Int {
        guard index.count > 0 else { return 0 }
        let total = WordIndex.fields.filter(scope.contains).compactMap(index.textColumn).reduce(0) { $0 + $1.totalBytes }
        return total / index.count + 1
    }
}
