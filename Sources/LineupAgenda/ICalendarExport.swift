import Foundation
import LineupModel

/// The agenda as an iCalendar object (RFC 5545): one VEVENT per timed item, with instants in
/// UTC so every client places them right whatever its own zone, and floating times (no zone
/// was given) as floating DTSTART/DTEND. Untimed papers and missing bookmarks have no place
/// in a calendar and are left out. Rooms go to LOCATION, the kind and track to CATEGORIES,
/// the item's page to URL, a cancellation to STATUS:CANCELLED; the source's UID is kept.
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
        var uids: Set<String> = []
        for entry in agenda.timedEntries {
            lines += event(entry, stamp: now, titles: titles, uids: &uids)
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendarText.fold($0) + "\r\n" }.joined()
    }

    /// The UID of an item's event: the same on every export, so re-importing updates it.
    public static func uid(for id: TalkID) -> String { "\(id.rawValue)@lineup" }

    /// The UID of `talk`'s event: the source's own id when it is one a calendar can keep (an
    /// iCalendar UID, which holds an "@", or a frab guid), so the event matches the one the
    /// conference's calendar has; else Lineup's. A source id already used is not used twice.
    static func uid(for talk: Talk, used: inout Set<String>) -> String {
        if let sourceID = talk.sourceID, isGlobal(sourceID), !used.contains(sourceID) {
            used.insert(sourceID)
            return sourceID
        }
        let own = uid(for: talk.id)
        used.insert(own)
        return own
    }

    /// An "@"-qualified id or a UUID: unique beyond its file. Bare numbers (frab event ids,
    /// Sessionize ids) are not.
    private static func isGlobal(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 255, !id.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } ?? false }) else {
            return false
        }
        return id.contains("@") || UUID(uuidString: id) != nil
    }

    private static func event(_ entry: AgendaEntry, stamp: Date, titles: [TalkID: String], uids: inout Set<String>) -> [String] {
        let talk = entry.talk
        var lines = ["BEGIN:VEVENT", "UID:\(ICalendarText.escape(uid(for: talk, used: &uids)))", "DTSTAMP:\(ICalendarText.dateTime(stamp))"]
        if let floating = talk.floatingStart {
            // No zone was given: a floating time (RFC 5545 3.3.5 form #1), read as the
            // calendar's own local time, never pinned to UTC here.
            lines.append("DTSTART:\(ICalendarText.floating(floating))")
            if let end = talk.floatingEnd, end > floating { lines.append("DTEND:\(ICalendarText.floating(end))") }
        } else if let start = talk.start {
            lines.append("DTSTART:\(ICalendarText.dateTime(start))")
            if let end = talk.end, end > start { lines.append("DTEND:\(ICalendarText.dateTime(end))") }
        } else {
            return []
        }
        lines.append("SUMMARY:\(ICalendarText.escape(talk.title))")
        if let room = talk.room, !room.isEmpty { lines.append("LOCATION:\(ICalendarText.escape(room))") }
        lines.append("DESCRIPTION:\(ICalendarText.escape(description(entry, titles: titles)))")
        var categories: [String] = []
        for category in [talk.kind.label, talk.track ?? "", talk.session == talk.room ? "" : talk.session]
            where !category.isEmpty && !categories.contains(category) {
            categories.append(category)
        }
        lines.append("CATEGORIES:" + categories.map(ICalendarText.escape).joined(separator: ","))
        if let link = talk.url ?? talk.resources.first(where: { $0.kind == .link })?.url ?? talk.links.first {
            lines.append("URL:\(ICalendarText.uri(link))")
        }
        if talk.status == .cancelled { lines.append("STATUS:CANCELLED") }
        lines.append("END:VEVENT")
        return lines
    }

    /// Plain text, one fact per line: kind and award, authors, session, moderator, the
    /// abstract in display form, links, clashes, the user's note.
    static func description(_ entry: AgendaEntry, titles: [TalkID: String]) -> String {
        let talk = entry.talk
        var parts: [String] = []
        if let subtitle = talk.subtitle, !subtitle.isEmpty { parts.append(subtitle) }
        parts.append(([talk.kind.label] + talk.awards + (talk.status == .cancelled ? ["Cancelled"] : [])).joined(separator: " · "))
        if !talk.authors.isEmpty { parts.append("Authors: " + talk.authors.joined(separator: ", ")) }
        if !talk.session.isEmpty, talk.session != talk.room { parts.append("Session: \(talk.session)") }
        if let track = talk.track, !track.isEmpty { parts.append("Track: \(track)") }
        if let language = talk.language, !language.isEmpty { parts.append("Language: \(language)") }
        if let moderator = talk.moderator { parts.append("Moderator: \(moderator)") }
        if let note = entry.note { parts.append("Note: \(note)") }
        for other in entry.clashesWith {
            parts.append("Clashes with: \(titles[other] ?? other.rawValue)")
        }
        let abstract = talk.displayAbstract.trimmingCharacters(in: .whitespacesAndNewlines)
        if !abstract.isEmpty { parts.append("\n" + abstract) }
        let description = talk.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if !description.isEmpty { parts.append("\n" + description) }
        let links = talk.resources.map { [$0.title, $0.url].compactMap { $0 }.joined(separator: ": ") }
            + talk.links.filter { url in !talk.resources.contains { $0.url == url } }
        if !links.isEmpty { parts.append("\nLinks:\n" + links.joined(separator: "\n")) }
        return parts.joined(separator: "\n")
    }
}
