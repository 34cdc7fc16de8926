import Foundation
import LineupModel

/// The agenda as an iCalendar object (RFC 5545): one VEVENT per timed item, with instants in
/// UTC so every client places them right whatever its own zone. Untimed papers and missing
/// bookmarks have no place in a calendar and are left out.
public enum ICalendarExport {
    public static let productID = "-//Lineup//Lineup agenda//EN"

    /// - Parameter now: written as every event's DTSTAMP (when this object was made).
    /// - Returns: CRLF-terminated, folded content lines.
    public static func render(_ agenda: Agenda, now: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(productID)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let titles = Dictionary(agenda.timedEntries.map { ($0.id, $0.talk.title) }, uniquingKeysWith: { first, _ in first })
        for entry in agenda.timedEntries {
            lines += event(entry, stamp: now, titles: titles)
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendarText.fold($0) + "\r\n" }.joined()
    }

    /// The UID of an item's event: the same on every export, so re-importing updates it.
    public static func uid(for id: TalkID) -> String { "\(id.rawValue)@lineup" }

    private static func event(_ entry: AgendaEntry, stamp: Date, titles: [TalkID: String]) -> [String] {
        let talk = entry.talk
        guard let start = talk.start else { return [] }
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(uid(for: talk.id))",
            "DTSTAMP:\(ICalendarText.dateTime(stamp))",
            "DTSTART:\(ICalendarText.dateTime(start))",
        ]
        if let end = talk.end, end > start { lines.append("DTEND:\(ICalendarText.dateTime(end))") }
        lines.append("SUMMARY:\(ICalendarText.escape(talk.title))")
        if let room = talk.room { lines.append("LOCATION:\(ICalendarText.escape(room))") }
        lines.append("DESCRIPTION:\(ICalendarText.escape(description(entry, titles: titles)))")
        let categories = [talk.kind.label, talk.session].filter { !$0.isEmpty }
        lines.append("CATEGORIES:" + categories.map(ICalendarText.escape).joined(separator: ","))
        if let link = talk.links.first { lines.append("URL:\(ICalendarText.uri(link))") }
        lines.append("END:VEVENT")
        return lines
    }

    /// Plain text, one fact per line: kind and award, authors, session, moderator, the
    /// abstract in display form, links, clashes, the user's note.
    static func description(_ entry: AgendaEntry, titles: [TalkID: String]) -> String {
        let talk = entry.talk
        var parts: [String] = [([talk.kind.label] + talk.awards).joined(separator: " · ")]
        if !talk.authors.isEmpty { parts.append("Authors: " + talk.authors.joined(separator: ", ")) }
        if !talk.session.isEmpty { parts.append("Session: \(talk.session)") }
        if let moderator = talk.moderator { parts.append("Moderator: \(moderator)") }
        if let note = entry.note { parts.append("Note: \(note)") }
        for other in entry.clashesWith {
            parts.append("Clashes with: \(titles[other] ?? other.rawValue)")
        }
        let abstract = talk.displayAbstract.trimmingCharacters(in: .whitespacesAndNewlines)
        if !abstract.isEmpty { parts.append("\n" + abstract) }
        if !talk.links.isEmpty { parts.append("\nLinks:\n" + talk.links.joined(separator: "\n")) }
        return parts.joined(separator: "\n")
    }
}
