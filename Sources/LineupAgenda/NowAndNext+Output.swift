import Foundation
import LineupModel

/// `lineup now` as text and as JSON.
extension NowAndNext {
    /// One block per place: its name, then "now" and "next" lines with the slot on the
    /// conference's clock, the title and the minutes left or until; "(bookmarked)" after
    /// bookmarked talks. Sanitized for the terminal.
    public func text(bookmarked: Set<TalkID>) -> String {
        guard !rows.isEmpty else { return "Nothing is on now or later today." }
        var lines: [String] = []
        for row in rows {
            if !lines.isEmpty { lines.append("") }
            lines.append(TerminalText.sanitize(row.place))
            if let talk = row.current, let left = row.minutesLeft {
                lines.append(line("now ", talk, "\(ClockText.duration(TimeInterval(left * 60))) left", bookmarked))
            }
            if let talk = row.next, let until = row.minutesUntilNext {
                lines.append(line("next", talk, "in \(ClockText.duration(TimeInterval(until * 60)))", bookmarked))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ label: String, _ talk: Talk, _ when: String, _ bookmarked: Set<TalkID>) -> String {
        let slot = [talk.localStart?.clock, talk.localEnd?.clock].compactMap { $0 }.joined(separator: "-")
        let mark = bookmarked.contains(talk.id) ? " (bookmarked)" : ""
        return "  \(label)  \(slot)  \(TerminalText.sanitize(talk.title)) · \(when)\(mark)"
    }

    /// A JSON array, one object per place: `place`, and `now` and `next` when there are such
    /// talks (`id`, `title`, `start`, `end` (instants in UTC, or wall clocks for floating
    /// times), `timezone`, `bookmarked`, and `minutesLeft` or `minutesUntil`). Keys sorted.
    public func json(bookmarked: Set<TalkID>) throws -> String {
        let records = rows.map { row in
            PlaceRecord(place: row.place,
                        now: row.current.map { TalkRecord($0, bookmarked: bookmarked, minutesLeft: row.minutesLeft) },
                        next: row.next.map { TalkRecord($0, bookmarked: bookmarked, minutesUntil: row.minutesUntilNext) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapingJSON(String(decoding: try encoder.encode(records), as: UTF8.self))
    }

    private struct PlaceRecord: Encodable {
        let place: String
        let now: TalkRecord?
        let next: TalkRecord?
    }

    private struct TalkRecord: Encodable {
        let id: String
        let title: String
        let start: String?
        let end: String?
        let timezone: String?
        let bookmarked: Bool
        var minutesLeft: Int?
        var minutesUntil: Int?

        init(_ talk: Talk, bookmarked: Set<TalkID>, minutesLeft: Int? = nil, minutesUntil: Int? = nil) {
            id = talk.id.rawValue
            title = talk.title
            if talk.start != nil {
                start = talk.start.map(ISOInstant.format)
                end = talk.end.map(ISOInstant.format)
            } else {
                start = talk.floatingStart?.iso
                end = talk.floatingEnd?.iso
            }
            timezone = talk.timeZoneID
            self.bookmarked = bookmarked.contains(talk.id)
            self.minutesLeft = minutesLeft
            self.minutesUntil = minutesUntil
        }
    }
}
