import Foundation
import LineupModel

/// The clock in the browser: `t` (the talk on now, or the next), opening on today, the clock's
/// ticks, and `P` (hide the past). Every one of them reads `now`, the one clock's last reading.
extension BrowserState {
    /// Selects the visible talk running at `now` (the latest to have started when several
    /// are), else the next to start, and says which in the status line. Talks without a
    /// time are skipped; a floating time is read as `Now` says. O(n) in talks.
    mutating func jumpToNow(_ now: Now) {
        self.now = now
        guard let (position, running) = talkOnNowOrNext(now) else {
            message = StatusMessage(isFiltered ? "Nothing among these talks is on now or later"
                                               : "Nothing is on now or later: the schedule is over")
            return
        }
        reveal(talk: position)
        if focus != .details { setFocus(.talks) }
        message = StatusMessage(Self.nowMessage(outline.talk(at: position), running: running, now: now, userTimeZone: userTimeZone))
    }

    /// At start: when the clock falls within the days of the conference whose talk is on now
    /// (or next), opens on that talk's day with it selected; otherwise leaves the opening
    /// screen alone. A conference's days run from its first talk's day to its last's.
    mutating func openOnToday() {
        guard let now, let (position, running) = talkOnNowOrNext(now) else { return }
        let talk = outline.talk(at: position)
        if !running {
            guard let slot = talk.clockSlot, let first = firstDay(ofConference: talk),
                  now.today(on: slot.zone) >= first else { return }
        }
        reveal(talk: position)
        setFocus(.talks)
        message = StatusMessage(Self.nowMessage(talk, running: running, now: now, userTimeZone: userTimeZone))
    }

    /// A new reading of the clock (each minute): what hides and dims follows it, and a
    /// search that uses the clock words is run again.
    mutating func clockTicked(_ now: Now) -> [Effect] {
        self.now = now
        if hidesPast { refreshVisibility() }
        rebuildAgendaScreen()
        rebuildNowAndNext()
        return search.isFiltering ? [.search(search.appliedText)] : []
    }

    /// `P`: hides or shows the talks that have ended (and the days and sessions they leave
    /// empty), in the panes and the agenda; the status bar says "past hidden".
    mutating func toggleHidePast() {
        hidesPast.toggle()
        refreshVisibility()
        rebuildAgendaScreen()
        if hidesPast, now == nil {
            message = StatusMessage("The clock is not known: nothing is past")
        } else {
            message = StatusMessage(hidesPast ? "Talks that have ended are hidden" : "Talks that have ended are shown")
        }
    }

    /// The visible talk on now (the latest to start), else the next to start; `running` says
    /// which. O(n) in talks.
    private func talkOnNowOrNext(_ now: Now) -> (position: Int, running: Bool)? {
        var running: (position: Int, start: Int64)?
        var next: (position: Int, until: Int64)?
        for position in outline.schedule.talks.indices where isVisible(position) {
            guard let slot = outline.talk(at: position).clockSlot else { continue }
            switch now.phase(of: slot) {
            case .now:
                if running.map({ slot.start > $0.start }) ?? true { running = (position, slot.start) }
            case .upcoming:
                let until = now.secondsUntilStart(of: slot)
                if next.map({ until < $0.until }) ?? true { next = (position, until) }
            case .past:
                break
            }
        }
        if let running { return (running.position, true) }
        return next.map { ($0.position, false) }
    }

    /// The first day of the conference (the source's name) the talk belongs to.
    private func firstDay(ofConference talk: Talk) -> LocalDate? {
        let conference = outline.schedule.source(named: talk.source)?.name
        var first: LocalDate?
        for other in outline.schedule.talks where other.isTimed {
            guard let day = other.day, first.map({ day < $0 }) ?? true else { continue }
            if other.source == talk.source || outline.schedule.source(named: other.source)?.name == conference { first = day }
        }
        return first
    }

    /// "On now until 11:20 PDT: “Monarch …”", "Next, in 15 min: “…”", "Next, on Thu 21 Jul 10:30 PDT: “…”".
    static func nowMessage(_ talk: Talk, running: Bool, now: Now, userTimeZone: TimeZone) -> String {
        let title = "\u{201C}\(talk.title)\u{201D}"
        guard let slot = talk.clockSlot, let start = talk.localStart else { return title }
        let zone: String
        if let instant = talk.start {
            zone = TimeText.zoneName(identifier: talk.timeZoneID, utcOffset: talk.utcOffset ?? 0, at: instant)
        } else {
            zone = "local time"
        }
        if running {
            let until = talk.localEnd.map { slot.end > slot.start ? " until \($0.clock) \(zone)" : "" } ?? ""
            return "On now\(until): \(title)"
        }
        let seconds = now.secondsUntilStart(of: slot)
        if seconds < 24 * 3600 {
            return "Next, in \(ClockText.duration(TimeInterval(seconds))): \(title)"
        }
        return "Next, on \(ClockText.dayWithoutYear(start.date)) \(start.clock) \(zone): \(title)"
    }
}
