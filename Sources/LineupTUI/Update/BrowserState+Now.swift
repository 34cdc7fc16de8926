import Foundation
import LineupModel

/// `t`: the talk on now, or the next one, among the talks the filter shows.
extension BrowserState {
    /// Selects the visible talk running at `now` (the latest to have started when several
    /// are), else the next to start, and says which in the status line. Talks without a
    /// time, and floating ones (a wall clock in no known zone), are skipped. O(n) in talks.
    mutating func jumpToNow(_ now: Date) {
        var running: (position: Int, start: Date)?
        var next: (position: Int, start: Date)?
        for position in outline.schedule.talks.indices where isVisible(position) {
            let talk = outline.talk(at: position)
            guard let start = talk.start else { continue }
            let end = talk.end ?? start
            if start <= now, now < end {
                if running.map({ start > $0.start }) ?? true { running = (position, start) }
            } else if start > now {
                if next.map({ start < $0.start }) ?? true { next = (position, start) }
            }
        }
        guard let (position, start) = running ?? next else {
            // Floating times name no instant, so "now" cannot be placed among them.
            let floating = outline.schedule.talks.indices.contains { isVisible($0) && outline.talk(at: $0).isFloating }
            message = StatusMessage(floating ? "These times have no zone, so now cannot be found among them: --timezone ZONE pins them"
                                    : isFiltered ? "Nothing among these talks is on now or later"
                                    : "Nothing is on now or later: the schedule is over")
            return
        }
        reveal(talk: position)
        if focus != .details { setFocus(.talks) }
        let talk = outline.talk(at: position)
        let offset = talk.utcOffset ?? 0
        let zone = TimeText.zoneName(identifier: talk.timeZoneID, utcOffset: offset, at: start)
        let title = "\u{201C}\(talk.title)\u{201D}"
        if running != nil {
            let until = talk.end.map { " until \(TimeText.clock($0, utcOffset: offset)) \(zone)" } ?? ""
            message = StatusMessage("On now\(until): \(title)")
        } else if start.timeIntervalSince(now) < 24 * 3600 {
            message = StatusMessage("Next, in \(ClockText.duration(start.timeIntervalSince(now))): \(title)")
        } else {
            let when = "\(TimeText.shortDay(of: start, utcOffset: offset)) \(TimeText.clock(start, utcOffset: offset)) \(zone)"
            message = StatusMessage("Next, on \(when): \(title)")
        }
    }
}
