import Foundation
import LineupModel

/// `lineup next`: the next bookmarked talk to start, and a line about it for a tmux status
/// bar or a shell prompt.
public struct NextTalk: Sendable {
    public let talk: Talk
    /// Seconds until it starts (> 0).
    public let secondsUntil: Int64

    /// The bookmarked talk that starts soonest after now (the first in schedule order among
    /// equals); nil when none is still to start. O(n) in talks.
    public static func find(in schedule: Schedule, bookmarked: Set<TalkID>, now: Now) -> NextTalk? {
        var best: NextTalk?
        for id in bookmarked {
            guard let talk = schedule.talk(id), let slot = talk.clockSlot, now.phase(of: slot) == .upcoming else { continue }
            let until = now.secondsUntilStart(of: slot)
            if let current = best {
                let earlier = until < current.secondsUntil
                    || (until == current.secondsUntil
                        && (schedule.position(of: talk.id) ?? 0) < (schedule.position(of: current.talk.id) ?? 0))
                if !earlier { continue }
            }
            best = NextTalk(talk: talk, secondsUntil: until)
        }
        return best
    }

    /// The line without `--format`: "in 10 min: Generalizing to New Physical Systems … · Ballroom 1 & 2".
    public static let defaultFormat = "in {duration}: {title} · {room}"

    /// `format` with its placeholders filled in: `{title}`, `{room}` (the session when the
    /// source names no room), `{start}` ("11:20", on the conference's clock), `{minutes}`
    /// (whole minutes until the start, rounded up) and `{duration}` ("10 min", "2 h 5 min").
    /// Text from the data is sanitized for the terminal; other text is kept as written.
    public func formatted(_ format: String) -> String {
        let values: [String: String] = [
            "title": TerminalText.sanitize(talk.title),
            "room": TerminalText.sanitize(talk.room ?? talk.session),
            "start": talk.localStart?.clock ?? "",
            "minutes": String(Now.minutes(in: secondsUntil)),
            "duration": ClockText.duration(TimeInterval(Now.minutes(in: secondsUntil) * 60)),
        ]
        var output = ""
        var rest = Substring(format)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                output += value
                rest = rest[rest.index(after: close)...]
            } else {
                output += "{"
                rest = rest[afterOpen...]
            }
        }
        return output + rest
    }
}
