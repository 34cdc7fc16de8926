import Foundation
import LineupModel

/// Two bookmarked timed items that overlap in time.
public struct Clash: Hashable, Sendable {
    /// The item that starts first (on a tie, the one earlier in the agenda).
    public var first: TalkID
    public var second: TalkID
    /// The overlap: from the later start to the earlier end (equal for two items that start
    /// at the same instant and have no length). For two floating items, wall clocks read at
    /// UTC+0 (`isFloating`).
    public var start: Date
    public var end: Date
    /// True when both items are floating times of one file: `start`/`end` are wall clocks.
    public var isFloating: Bool

    public init(first: TalkID, second: TalkID, start: Date, end: Date, isFloating: Bool = false) {
        self.first = first
        self.second = second
        self.start = start
        self.end = end
        self.isFloating = isFloating
    }

    /// Every overlapping pair among `talks`, ordered by the first item's start, then the
    /// second's (ties in the given order).
    ///
    /// Items are half-open intervals [start, end): a talk ending at 17:20 does not clash with
    /// one starting at 17:20. An item without an end is the single instant `start`; two items
    /// starting together always clash. Untimed items are ignored. Floating items clash only
    /// with floating items of the same file, by wall clock (`TimelineSpan`).
    ///
    /// Complexity: O(n log n + n·k), k the most items running at once.
    ///
    /// - Parameter talks: in agenda order (by start); other orders work but ties then follow
    ///   the given order.
    public static func detect(in talks: [Talk]) -> [Clash] {
        var timed: [Interval] = []
        for (index, talk) in talks.enumerated() {
            guard let span = TimelineSpan(talk) else { continue }
            timed.append(Interval(index: index, id: talk.id, span: span))
        }
        timed.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.index < $1.index }
        var pairs: [(first: Int, second: Int, clash: Clash)] = []
        // Items still running, per timeline (instants, or one file's floating times).
        var running: [String?: [(rank: Int, interval: Interval)]] = [:]
        for (rank, item) in timed.enumerated() {
            let timeline = item.span.floatingSource
            running[timeline, default: []].removeAll {
                $0.interval.span.end <= item.span.start && $0.interval.span.start != item.span.start
            }
            for (earlierRank, earlier) in running[timeline] ?? [] {
                pairs.append((earlierRank, rank, Clash(
                    first: earlier.id, second: item.id, start: TimelineSpan.date(item.span.start),
                    end: TimelineSpan.date(min(earlier.span.end, item.span.end)), isFloating: timeline != nil)))
            }
            running[timeline, default: []].append((rank, item))
        }
        pairs.sort { $0.first != $1.first ? $0.first < $1.first : $0.second < $1.second }
        return pairs.map(\.clash)
    }

    private struct Interval {
        var index: Int
        var id: TalkID
        var span: TimelineSpan
    }
}
