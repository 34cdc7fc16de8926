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

    /// The matching talks, in schedule order or by relevance (then schedule order).
    /// `bookmarked` is what `is:bookmarked` matches.
    public func talks(matching query: Query, byRelevance: Bool, bookmarked: Set<TalkID> = []) -> [Talk] {
        let slots = Slots<SearchResult>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            slots[part] = parts[part].index.search(query, bookmarked: bookmarked)
        }
        var hits: [(position: Int, score: Int)] = []
        for (part, result) in zip(parts, slots.values) {
            for position in result.positions {
                hits.append((part.offset + position, byRelevance ? result.relevance(at: position) : 0))
            }
        }
        if byRelevance {
            hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
        }
        return hits.map { schedule.talks[$0.position] }
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
