import Foundation

/// What a zone is to the iCalendar reader: the UTC offset in force at each instant. A zone
/// from the IANA database, a VTIMEZONE of the file, or a fixed offset.
protocol ICalZoneRule: Sendable {
    /// Seconds east of UTC in force at `seconds` (UTC seconds since 1970).
    func utcOffset(atUTC seconds: Int) -> Int
}

extension ICalZoneRule {
    /// The UTC instant of a wall clock in this zone (RFC 5545 3.3.5): a wall time that occurs
    /// twice is its first occurrence; one skipped by a gap is read with the offset in force
    /// before the gap. Assumes offsets change at most once in two days.
    func utc(fromWall wall: Int) -> Int {
        let before = utcOffset(atUTC: wall - 86_400)
        let after = utcOffset(atUTC: wall + 86_400)
        let candidates = before == after ? [before] : [before, after]
        let consistent = candidates.filter { utcOffset(atUTC: wall - $0) == $0 }
        return wall - (consistent.max() ?? before)
    }
}

/// A zone of the IANA database, through Foundation.
struct IANAZoneRule: ICalZoneRule {
    let zone: TimeZone

    func utcOffset(atUTC seconds: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
