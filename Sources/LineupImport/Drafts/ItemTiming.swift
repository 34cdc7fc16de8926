/// When a schedule item happens, as a reader of a format found it. Seconds are counted from
/// 1970-01-01T00:00: UTC seconds for instants, wall-clock seconds for floating times.
enum ItemTiming: Hashable, Sendable {
    /// The source gave a zone or an offset. `zoneID` is the IANA name when one applies;
    /// `utcOffset` is the offset in force at the start (the wall clock is `start + utcOffset`).
    case instant(start: Int, end: Int?, zoneID: String?, utcOffset: Int)
    /// A wall clock with no zone (floating DATE-TIMEs, all-day dates, naive ISO times).
    case floating(start: Int, end: Int?)
    /// A listed paper with no time.
    case untimed

    var startSeconds: Int? {
        switch self {
        case .instant(let start, _, _, _), .floating(let start, _): return start
        case .untimed: return nil
        }
    }

    var endSeconds: Int? {
        switch self {
        case .instant(_, let end, _, _), .floating(_, let end): return end
        case .untimed: return nil
        }
    }

    /// The same timing with another end.
    func with(end: Int?) -> ItemTiming {
        switch self {
        case .instant(let start, _, let zoneID, let offset): return .instant(start: start, end: end, zoneID: zoneID, utcOffset: offset)
        case .floating(let start, _): return .floating(start: start, end: end)
        case .untimed: return .untimed
        }
    }

    /// The wall-clock start in the item's own terms (instant + offset, or the floating time).
    var wallStart: Int? {
        switch self {
        case .instant(let start, _, _, let offset): return start + offset
        case .floating(let start, _): return start
        case .untimed: return nil
        }
    }
}
