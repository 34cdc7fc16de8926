import Foundation
import LineupModel

/// `--timezone ZONE` (or a manifest entry's "timezone"): turns an imported file's floating
/// wall clocks into instants in that zone, for every format, after parsing. Items and
/// sessions with instants are left alone; ids do not change (they never depend on a zone).
public enum FloatingTimePin {
    /// Pins every floating time of `fragment` in `zone`: start and end become instants (a
    /// wall clock a DST change skips or repeats is resolved as `LocalDateTime.instant(in:)`
    /// says), the zone and its offset at the start are recorded, and the floating values are
    /// cleared. O(n) in items.
    public static func pin(_ fragment: inout ScheduleFragment, to zone: TimeZone) {
        for index in fragment.talks.indices where fragment.talks[index].floatingStart != nil {
            pin(&fragment.talks[index], to: zone)
        }
        for index in fragment.sessions.indices {
            guard let floatingStart = fragment.sessions[index].floatingStart,
                  let start = floatingStart.instant(in: zone) else { continue }
            fragment.sessions[index].start = start
            fragment.sessions[index].end = fragment.sessions[index].floatingEnd?.instant(in: zone)
            fragment.sessions[index].timeZoneID = zone.identifier
            fragment.sessions[index].utcOffset = zone.secondsFromGMT(for: start)
            fragment.sessions[index].floatingStart = nil
            fragment.sessions[index].floatingEnd = nil
        }
    }

    static func pin(_ talk: inout Talk, to zone: TimeZone) {
        guard let floatingStart = talk.floatingStart, let start = floatingStart.instant(in: zone) else { return }
        talk.start = start
        talk.end = talk.floatingEnd?.instant(in: zone).map { max($0, start) }
        talk.timeZoneID = zone.identifier
        talk.utcOffset = zone.secondsFromGMT(for: start)
        talk.floatingStart = nil
        talk.floatingEnd = nil
    }
}
