import Foundation

/// One reading of the clock (`LineupClock`), and how talks stand against it: on now, past or
/// upcoming; today and tomorrow in the conference's zone; minutes left and until.
///
/// What "now" means for each kind of time:
/// - A talk with a zone or an offset is compared as instants; "today" is the date now has in
///   that zone (the conference's), never the user's.
/// - A floating talk (the source gave no zone) is a wall clock where the conference is, so it
///   is compared with now's wall clock *there*. Lineup cannot know where that is, so it reads
///   now on the wall clock of `floatingZone`: the user's own zone (TZ), i.e. it takes the user
///   to be at the conference, as RFC 5545 reads floating times. A wall-clock `LINEUP_NOW`
///   (no offset) sets that wall clock directly, and `--timezone` pins a floating file to a zone
///   so that its talks are zoned.
/// - A wall-clock now (`wallClock` set) is read on each zoned talk's own wall clock too: "11:10"
///   is 11:10 in the conference's zone.
public struct Now: Hashable, Sendable {
    /// The instant (for a wall-clock now: that wall clock in `floatingZone`).
    public let instant: Date
    /// Where floating times are read when now is an instant.
    public let floatingZone: TimeZone
    /// Set when now was given as a wall clock with no zone.
    public let wallClock: LocalDateTime?

    public init(instant: Date, floatingZone: TimeZone) {
        self.instant = instant
        self.floatingZone = floatingZone
        self.wallClock = nil
    }

    /// Now as a wall clock with no zone: the same wall time wherever the conference is.
    public init(wallClock: LocalDateTime, floatingZone: TimeZone) {
        self.wallClock = wallClock
        self.floatingZone = floatingZone
        self.instant = wallClock.instant(in: floatingZone) ?? Date(timeIntervalSince1970: TimeInterval(wallClock.wallSecondsSinceEpoch))
    }

    /// Now's wall clock where floating times are read.
    public var floatingWallClock: LocalDateTime {
        wallClock ?? LocalDateTime(instant: instant, utcOffset: floatingZone.secondsFromGMT(for: instant))
    }

    /// Now on the scale of slots in `zone` (see `ClockSlot`).
    public func position(on zone: SlotZone) -> Int64 {
        switch zone {
        case .floating:
            return Int64(floatingWallClock.wallSecondsSinceEpoch)
        case .zoned(let id, let offset):
            guard let wallClock else { return Int64(instant.timeIntervalSince1970.rounded(.down)) }
            let zone = id.flatMap(TimeZone.init(identifier:)) ?? TimeZone(secondsFromGMT: offset ?? 0) ?? floatingZone
            let moment = wallClock.instant(in: zone) ?? instant
            return Int64(moment.timeIntervalSince1970.rounded(.down))
        }
    }

    /// The date it is now on the clock of `zone`: the conference's zone for zoned items.
    public func today(on zone: SlotZone) -> LocalDate {
        if let wallClock { return wallClock.date }
        switch zone {
        case .floating:
            return floatingWallClock.date
        case .zoned(let id, let offset):
            let seconds = id.flatMap(TimeZone.init(identifier:))?.secondsFromGMT(for: instant) ?? offset ?? 0
            return LocalDateTime(instant: instant, utcOffset: seconds).date
        }
    }

    /// Where the slot stands: ended (end <= now, so a talk ending exactly now is past), on
    /// (start <= now < end), or upcoming (start > now).
    public func phase(of slot: ClockSlot) -> TalkPhase {
        let now = position(on: slot.zone)
        if slot.end <= now { return .past }
        return slot.start <= now ? .now : .upcoming
    }

    /// The talk's phase; nil for untimed items, which are never past.
    public func phase(of talk: Talk) -> TalkPhase? {
        talk.clockSlot.map(phase(of:))
    }

    /// Seconds from now until the slot starts (negative once it has).
    public func secondsUntilStart(of slot: ClockSlot) -> Int64 {
        slot.start - position(on: slot.zone)
    }

    /// Seconds from now until the slot ends (negative once it has).
    public func secondsUntilEnd(of slot: ClockSlot) -> Int64 {
        slot.end - position(on: slot.zone)
    }

    /// Whole minutes, rounded up, in `seconds` (a talk starting in 30 s is "in 1 min").
    public static func minutes(in seconds: Int64) -> Int {
        Int(seconds <= 0 ? 0 : (seconds + 59) / 60)
    }
}
