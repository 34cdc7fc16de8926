import Foundation
import LineupModel

/// An item's slot where it can be compared with others: instants on the one shared timeline
/// (UTC seconds); floating wall clocks only with the floating times of the same source, by
/// wall clock (two floating items of one conference are in one zone, whichever it is). A
/// floating time and an instant, or floating times of two files, never meet: nothing says
/// how they relate.
struct TimelineSpan: Hashable, Sendable {
    /// Nil for instants; else the file whose floating times these are.
    var floatingSource: String?
    /// Seconds: UTC for instants, wall-clock seconds since 1970-01-01T00:00 for floating times.
    var start: Int
    /// Never before `start` (an item without an end is the single moment `start`).
    var end: Int

    /// Nil for untimed items.
    init?(_ talk: Talk) {
        if let start = talk.start {
            let from = Int(start.timeIntervalSince1970.rounded(.down))
            floatingSource = nil
            self.start = from
            end = max(talk.end.map { Int($0.timeIntervalSince1970.rounded(.down)) } ?? from, from)
        } else if let floating = talk.floatingStart {
            let from = floating.wallSecondsSinceEpoch
            floatingSource = talk.source
            start = from
            end = max(talk.floatingEnd?.wallSecondsSinceEpoch ?? from, from)
        } else {
            return nil
        }
    }

    /// `seconds` as a `Date`: the instant, or for floating spans the wall clock read at UTC+0
    /// (shown as given with a zero offset; never compared with real instants).
    static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
