import Foundation
import LineupModel

/// A one-shot search over a loaded schedule that uses every core: the talks are split into
/// one part per core, and each part is indexed (scan strategy) and searched on its own
/// thread. `SearchIndex` and `SearchSession` never start threads; this type is how a caller
/// opts in (`lineup list` does). Calls block until every part is done.
public struct PartitionedSearch: Sendable {
    private let schedule: Schedule
    private let parts: [(offset: Int, index: SearchIndex)]

    public init(schedule: Schedule, cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let count = schedule.talks.count
        let partCount = max(1, min(cores, count / 5000))  // small schedules are not worth a thread
        let ranges = (0..<partCount).map { part in (count * part / partCount)..<(count * (part + 1) / partCount) }
        let slots = Slots<SearchIndex>(count: partCount)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            slots[part] = SearchIndex(schedule: schedule, talks: ranges[part], strategy: .scan)
        }
        self.schedule = schedule
        self.parts = zip(ranges, slots.values).map { ($0.lowerBound, $1) }
    }

    /// Kind names in the data beyond the four known ones, for `Query.parse`.
    public var otherKinds: Set<String> { parts.reduce([]) { $0.union($1.index.otherKinds) } }

    /// The matching talks, in schedule order or by relevance (as `SearchResult.ranked()` orders
    /// them over one index: the parts' statistics are added up first), and the query words no
    /// talk holds that were answered with near words (unless `toleratingTypos` is false).
    /// `bookmarked` is what `is:bookmarked` matches; `now` what the clock words compare with.
    public func talks(matching asked: Query, byRelevance: Bool, bookmarked: Set<TalkID> = [],
                      now: Now? = nil, toleratingTypos: Bool = true) -> (talks: [Talk], corrections: [TypoCorrection]) {
        let (query, corrections) = toleratingTypos ? correctingTypos(asked) : (asked, [])
        let results = Slots<SearchResult>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            results[part] = parts[part].index.search(query, bookmarked: bookmarked, now: now, toleratingTypos: false)
        }
        let found = results.values
        var positions: [Int] = []
        for (part, result) in zip(parts, found) {
            positions.append(contentsOf: result.positions.lazy.map { part.offset + $0 })
        }
        guard byRelevance, !query.rankedTerms.isEmpty else { return (positions.map { schedule.talks[$0] }, corrections) }
        let partStatistics = Slots<RankingStatistics>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            partStatistics[part] = parts[part].index.rankingStatistics(for: query)
        }
        let statistics = partStatistics.values.dropFirst().reduce(into: partStatistics.values[0]) { $0.add($1) }
        let keys = Slots<[UInt32]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            keys[part] = found[part].rankKeys(statistics: statistics)
        }
        let order = RankedOrder.order(positions, keys: keys.values.flatMap { $0 })
        return (order.map { schedule.talks[$0] }, corrections)
    }
}

extension PartitionedSearch {
    /// A word is missing when no part holds it; its near words are those of every part.
    private func correctingTypos(_ query: Query) -> (Query, [TypoCorrection]) {
        guard let first = parts.first?.index else { return (query, []) }
        let missing = parts.dropFirst().reduce(first.wordsHeldNowhere(in: query)) {
            $0.intersection($1.index.wordsHeldNowhere(in: query))
        }
        return first.correcting(query, missing: missing) { term in
            let near = parts.flatMap { $0.index.nearWords(term.needle.bytes) }
                .sorted { ($0.distance, $0.bytes.count) < ($1.distance, $1.bytes.count) }
            var seen = Set<String>()
            return near.map(\.text).filter { seen.insert($0).inserted }
        }
    }
}

/// Results written by concurrent iterations, each to its own slot.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(slot: Int) -> Value? {
        get { lock.withLock { storage[slot] } }
        set { lock.withLock { storage[slot] = newValue } }
    }

    /// Every slot's value; all must be filled.
    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
