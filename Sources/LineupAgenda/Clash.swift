import Foundation
import LineupModel

/// Two bookmarked timed items that overlap in time.
public struct Clash: Hashable, Sendable {
    /// The item that starts first (on a tie, the one earlier in the agenda).
    public var first: TalkID
    public var second: TalkID
    /// The overlap: from the later start to the earlier end (equal for two items that start
    /// at the same instant and have no length). For a clash of two floating items (times
    /// with no zone) these are their wall clocks read as if they were UTC: see `isFloating`.
    public var start: Date
    public var end: Date
    /// True when both items have floating times: `start`/`end` are then wall clocks, not
    /// instants (`localStart`/`localEnd` give them as such).
    public var isFloating: Bool

    public init(first: TalkID, second: TalkID, start: Date, end: Date, isFloating: Bool = false) {
        self.first = first
        self.second = second
        self.start = start
        self.end = end
        self.isFloating = isFloating
    }

    /// The overlap's start on the wall clock, for a floating clash.
    public var localStart: LocalDateTime? {
        isFloating ? LocalDateTime(wallSecondsSinceEpoch: Int(start.timeIntervalSince1970)) : nil
    }

    public var localEnd: LocalDateTime? {
        isFloating ? LocalDateTime(wallSecondsSinceEpoch: Int(end.timeIntervalSince1970)) : nil
    }

    /// Every overlapping pair among `talks`, ordered by the first item's start, then the
    /// second's (ties in the given order).
    ///
    /// Items are half-open intervals [start, end): a talk ending at 17:20 does not clash with
    /// one starting at 17:20. An item without an end is the single instant `start`; two items
    /// starting together always clash. Untimed items are ignored. Items with floating times
    /// (no zone) clash with each other by their wall clocks, never with items at instants
    /// (which of them overlap depends on a zone nobody gave).
    ///
    /// Complexity: O(n log n + n·k), k the most items running at once.
    ///
    /// - Parameter talks: in agenda order (by start); other orders work but ties then follow
    ///   the given order.
    public static func detect(in talks: [Talk]) -> [Clash] {
        var instants: [Interval] = [], floating: [Interval] = []
        for (index, talk) in talks.enumerated() {
            if let start = talk.floatingStart {
                let from = Date(timeIntervalSince1970: TimeInterval(start.wallSecondsSinceEpoch))
                let to = talk.floatingEnd.map { Date(timeIntervalSince1970: TimeInterval($0.wallSecondsSinceEpoch)) } ?? from
                floating.append(Interval(index: index, id: talk.id, start: from, end: max(to, from)))
            } else if let start = talk.start {
                instants.append(Interval(index: index, id: talk.id, start: start, end: max(talk.end ?? start, start)))
            }
        }
        return sweep(instants, isFloating: false) + sweep(floating, isFloating: true)
    }

    /// The overlapping pairs of `timed`, by the first one's start, then the second's.
    private static func sweep(_ timed: [Interval], isFloating: Bool) -> [Clash] {
        let timed = timed.sorted { $0.start != $1.start ? $0.start < $1.start : $0.index < $1.index }
        var pairs: [(first: Int, second: Int, clash: Clash)] = []
        var running: [(rank: Int, interval: Interval)] = []
        for (rank, item) in timed.enumerated() {
            running.removeAll { $0.interval.end <= item.start && $0.interval.start != item.start }
            for (earlierRank, earlier) in running {
                pairs.append((earlierRank, rank, Clash(first: earlier.id, second: item.id, start: item.start,
                                                       end: min(earlier.end, item.end), isFloating: isFloating)))
            }
            running.append((rank, item))
        }
        pairs.sort { $0.first != $1.first ? $0.first < $1.first : $0.second < $1.second }
        return pairs.map(\.clash)
    }

    private struct Interval {
        var index: Int
        var id: TalkID
        var start: Date
        var end: Date
    }
}
