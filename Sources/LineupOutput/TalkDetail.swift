import LineupModel
/// The plain text `lineup show ID` prints: a heading block of facts, then the abstract in its
/// display form. Every line is sanitized; the abstract keeps its line breaks.
public enum TalkDetail {
    /// `schedule` names the items of `alsoListedIn` ("Daily Papers · Oct 13").
    public static func render(_ talk: Talk, in schedule: Schedule) -> String {
        var lines: [String] = [talk.title]
        lines.append(([talk.kind.label] + talk.awards).joined(separator: " · "))
        if let start = talk.start {
            let offset = talk.utcOffset ?? 0
            let local = ISOInstant.wallClock(start, utcOffset: offset)
            let zone = [talk.timeZoneID, ClockText.offset(offset)].compactMap { $0 }.joined(separator: ", ")
            lines.append("When: \(ClockText.day(local.day)) \(TalkTable.timeRange(talk)) (\(zone))"
                + " · \(ISOInstant.format(start))")
        } else if let start = talk.floatingStart {
            let range = TalkTable.timeRange(talk)
            lines.append("When: \(ClockText.day(start.date)) \(range) (zone unknown; --timezone pins it)")
        } else if let day = talk.day {
            lines.append("Day: \(ClockText.day(day))")
        }
        lines.append("Session: " + [talk.session, talk.room].compactMap { $0 }.joined(separator: " · "))
        if let moderator = talk.moderator { lines.append("Moderator: \(moderator)") }
        if talk.authors.isEmpty {
            if talk.kind != .qa { lines.append("Authors: \(talk.authorCount) (the listing gives no names)") }
        } else {
            lines.append("Authors: " + talk.authors.joined(separator: ", "))
        }
        if let published = talk.published { lines.append("Published: \(published.iso)") }
        if let upvotes = talk.upvotes { lines.append("Upvotes: \(upvotes)") }
        if !talk.links.isEmpty { lines.append("Links: " + talk.links.joined(separator: " ")) }
        for id in talk.alsoListedIn {
            let place = schedule.talk(id)?.session ?? "another listing"
            lines.append("Also listed in: \(place) (\(id))")
        }
        lines.append("Source: \(talk.source):\(talk.line)")
        lines.append("ID: \(talk.id)")
        var text = lines.map { TerminalText.sanitize($0) }.joined(separator: "\n")
        let abstract = talk.displayAbstract
        if !abstract.isEmpty {
            text += "\n\n" + TerminalText.sanitize(abstract, keepingNewlines: true)
        }
        return text
    }
}
