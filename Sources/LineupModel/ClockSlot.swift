import Foundation

/// Whose clock a talk's times are read on when they are compared with now.
public enum SlotZone: Hashable, Sendable {
    /// The page gave a zone or an offset: the slot is made of instants. `zoneID` (IANA) when
    /// known, else the fixed `utcOffset` the page's abbreviation stood for.
    case zoned(zoneID: String?, utcOffset: Int?)
    /// The source gave no zone: the slot is a wall clock, compared with now's wall clock
    /// (`Now.floatingWallClock`).
    case floating
}

/// A talk's slot reduced to two numbers on one scale, so it can be compared with now cheaply
/// (the search index keeps one per item). For a zoned slot the numbers are seconds since
/// 1970-01-01T00:00Z; for a floating slot, seconds of wall clock since 1970-01-01T00:00 (no
/// zone). `Now.position(on:)` gives now on the same scale.
///
/// Invariant: `start <= end`; a talk without an end ends when it starts.
public struct ClockSlot: Hashable, Sendable {
    public let start: Int64
    public let end: Int64
    public let zone: SlotZone

    public init(start: Int64, end: Int64, zone: SlotZone) {
        self.start = start
        self.end = max(start, end)
        self.zone = zone
    }
}

extension ClockSlot {
    /// The slot of a talk with these times (`Talk.clockSlot`); nil when it has neither an
    /// instant nor a floating start. For callers that hold a talk inside an array and want
    /// its slot without copying the whole talk (the search index, for every talk).
    public init?(start: Date?, end: Date?, floatingStart: LocalDateTime?, floatingEnd: LocalDateTime?,
                 timeZoneID: String?, utcOffset: Int?) {
        if let start {
            let seconds = Int64(start.timeIntervalSince1970.rounded(.down))
            let end = end.map { Int64($0.timeIntervalSince1970.rounded(.down)) } ?? seconds
            self.init(start: seconds, end: end, zone: .zoned(zoneID: timeZoneID, utcOffset: utcOffset))
        } else if let floatingStart {
            let seconds = Int64(floatingStart.wallSecondsSinceEpoch)
            self.init(start: seconds, end: floatingEnd.map { Int64($0.wallSecondsSinceEpoch) } ?? seconds, zone: .floating)
        } else {
            return nil
        }
    }
}

/// Where a talk stands against now.
public enum TalkPhase: Hashable, Sendable {
    /// It has ended (a talk ending exactly now is past).
    case past
    /// It has started and not ended.
    case now
    /// It has not started.
    case upcoming
}

extension Talk {
    /// The slot on the scale now is compared on; nil for untimed items (listed papers).
    /// A zoned start wins over a floating one (a pinned file keeps only the instant).
    public var clockSlot: ClockSlot? {
        ClockSlot(start: start, end: end, floatingStart: floatingStart, floatingEnd: floatingEnd,
                  timeZoneID: timeZoneID, utcOffset: utcOffset)
    }

    /// The clock the item's day and times are read on: its zone when it has an instant,
    /// else floating (floating times, and listings, whose heading day names no zone).
    public var slotZone: SlotZone {
        start != nil ? .zoned(zoneID: timeZoneID, utcOffset: utcOffset) : .floating
    }
}
