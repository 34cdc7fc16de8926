import Foundation
import LineupModel

/// `t`: the talk on now, or the next one, among the talks the filter shows.
extension BrowserState {
    /// Selects the visible talk running at `now` (the latest to have started when several
    /// are), else the next to start, and says which in the status line. Talks without a
    /// time are skipped; a floating time (no zone given) is read on the user's own clock, as
    /// RFC 5545 reads floating times (the same wall clock wherever one is). O(n) in talks.
    mutating func jumpToNow(_ now: Date) {
        var running: (position: Int, start: Date)?
        var next: (position: Int, start: Date)?
        let visibility = self.visibility
        for position in outline.schedule.talks.indices where visibility.contains(position) {
            let talk = outline.talk(at: position)
            guard let (start, end) = slot(of: talk) else { continue }
            if start <= now, now < end {
                if running.map({ start > $0.start }) ?? true { running = (position, start) }
            } else if start > now {
                if next.map({ start < $0.start }) ?? true { next = (position, start) }
            }
        }
        guard let (position, start) = running ?? next else {
            message = StatusMessage(isFiltered ? "Nothing among these talks is on now or later"
                                               : "Nothing is on now or later: the schedule is over")
            return
        }
        reveal(talk: position)
        if focus != .details { setFocus(.talks) }
        let talk = outline.talk(at: position)
        let floating = talk.isFloating
        let offset = floating ? userTimeZone.secondsFromGMT(for: start) : talk.utcOffset ?? 0
        let zone = floating ? "local time" : TimeText.zoneName(identifier: talk.timeZoneID, utcOffset: offset, at: start)
        let title = "\u{201C}\(talk.title)\u{201D}"
        if running != nil {
            let end = slot(of: talk)?.end
            let until = end.flatMap { $0 > start ? " until \(TimeText.clock($0, utcOffset: offset)) \(zone)" : nil } ?? ""
            message = StatusMessage("On now\(until): \(title)")
        } else if start.timeIntervalSince(now) < 24 * 3600 {
            message = StatusMessage("Next, in \(ClockText.duration(start.timeIntervalSince(now))): \(title)")
        } else {
            let when = "\(TimeText.shortDay(of: start, utcOffset: offset)) \(TimeText.clock(start, utcOffset: offset)) \(zone)"
            message = StatusMessage("Next, on \(when): \(title)")
        }
    }

    /// The talk's slot as instants: its own, or a floating slot on the user's clock.
    private func slot(of talk: Talk) -> (start: Date, end: Date)? {
        if let floating = talk.floatingStart, let start = floating.instant(in: userTimeZone) {
            return (start, talk.floatingEnd?.instant(in: userTimeZone) ?? start)
        }
        guard let start = talk.start else { return nil }
        return (start, talk.end ?? start)
    }
}
