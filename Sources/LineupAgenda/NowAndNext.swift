import Foundation
import LineupModel

/// What is on now and what comes next, per room (per session where the source names no
/// room): the `w` screen and `lineup now`.
///
/// A row holds the talk on now in that place (the latest to start when several overlap) and
/// the next talk to start there today (today in the talk's own zone, see `Now.today`), with
/// the minutes left and until. Places with neither are left out. Rows with a talk on now come
/// first, the soonest to end first; then the rest by their next talk's start; equal ones by
/// place. O(n log n) in talks.
public struct NowAndNext: Sendable {
    public struct Row: Hashable, Sendable {
        /// The room, else the session.
        public var place: String
        public var current: Talk?
        public var next: Talk?
        /// Whole minutes, rounded up, until `current` ends.
        public var minutesLeft: Int?
        /// Whole minutes, rounded up, until `next` starts.
        public var minutesUntilNext: Int?
    }

    public let rows: [Row]

    public init(schedule: Schedule, now: Now) {
        var current: [String: (talk: Talk, slot: ClockSlot)] = [:]
        var next: [String: (talk: Talk, slot: ClockSlot, until: Int64)] = [:]
        var order: [String] = []
        for talk in schedule.talks {
            guard let slot = talk.clockSlot else { continue }
            let place = talk.room ?? talk.session
            switch now.phase(of: slot) {
            case .past:
                continue
            case .now:
                if current[place] == nil, next[place] == nil { order.append(place) }
                if current[place].map({ slot.start > $0.slot.start }) ?? true { current[place] = (talk, slot) }
            case .upcoming:
                let until = now.secondsUntilStart(of: slot)
                guard Self.startsToday(talk, slot: slot, now: now) else { continue }
                if current[place] == nil, next[place] == nil { order.append(place) }
                if next[place].map({ until < $0.until }) ?? true { next[place] = (talk, slot, until) }
            }
        }
        let rows = order.map { place in
            Row(place: place, current: current[place]?.talk, next: next[place]?.talk,
                minutesLeft: current[place].map { Now.minutes(in: now.secondsUntilEnd(of: $0.slot)) },
                minutesUntilNext: next[place].map { Now.minutes(in: $0.until) })
        }
        self.rows = rows.sorted { a, b in
            switch (a.minutesLeft, b.minutesLeft) {
            case let (left?, right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            let aNext = a.minutesUntilNext ?? Int.max, bNext = b.minutesUntilNext ?? Int.max
            if aNext != bNext { return aNext < bNext }
            return a.place < b.place
        }
    }

    /// Whether the upcoming talk starts on today's date in its own zone.
    private static func startsToday(_ talk: Talk, slot: ClockSlot, now: Now) -> Bool {
        guard let start = talk.localStart else { return false }
        return start.date == now.today(on: slot.zone)
    }

    public var isEmpty: Bool { rows.isEmpty }

    /// The talks of the rows in screen order (each row's on-now talk, then its next), for a
    /// cursor moving over them.
    public var talks: [Talk] { rows.flatMap { [$0.current, $0.next].compactMap { $0 } } }
}
