import LineupOutput
import Foundation
import LineupModel

/// What `lineup bookmark list` prints.
public enum BookmarkListing {
    /// The `lineup list` table of the bookmarked items in agenda order, then the notes, the
    /// clashes and the missing bookmarks. Every string from data (and every note) is sanitized.
    public static func text(_ agenda: Agenda) -> String {
        guard !agenda.isEmpty else { return "No bookmarks yet: `lineup bookmark add ID` adds one." }
        var sections: [String] = []
        let entries = agenda.allEntries
        if !entries.isEmpty { sections.append(TalkTable.render(entries.map(\.talk))) }
        let titles = Dictionary(entries.map { ($0.id, $0.talk.title) }, uniquingKeysWith: { a, _ in a })
        if !agenda.clashes.isEmpty {
            sections.append((["Clashes:"] + agenda.clashes.map { clash in
                "  \(title(clash.first, titles)) / \(title(clash.second, titles))"
            }).joined(separator: "\n"))
        }
        let notes = entries.compactMap { entry in entry.note.map { (entry.id, $0) } }
        if !notes.isEmpty {
            sections.append((["Notes:"] + notes.map { id, note in
                "  \(title(id, titles)): \(TerminalText.sanitize(note))"
            }).joined(separator: "\n"))
        }
        if !agenda.missing.isEmpty {
            sections.append((["Not in the loaded data (kept):"] + agenda.missing.map { bookmark in
                "  \(TerminalText.sanitize(bookmark.id.rawValue))  \(TerminalText.sanitize(bookmark.title))"
                    + (bookmark.start.map { " (\(ISOInstant.format($0)))" } ?? "")
            }).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
    }

    /// One object per bookmark, in the order they were added.
    public static func json(_ set: BookmarkSet, schedule: Schedule) throws -> String {
        let conferences = schedule.conferenceNames
        let records = set.bookmarks.map { bookmark in
            Record(bookmark: bookmark,
                   item: schedule.talk(bookmark.id).map { TalkRecord($0, conference: conferences[$0.source]) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapingJSON(String(decoding: try encoder.encode(records), as: UTF8.self))
    }

    private static func title(_ id: TalkID, _ titles: [TalkID: String]) -> String {
        TerminalText.sanitize(titles[id] ?? id.rawValue)
    }

    private struct Record: Encodable {
        var bookmark: Bookmark
        var item: TalkRecord?

        enum Key: String, CodingKey { case id, title, start, added, note, missing, item }

        func encode(to encoder: Encoder) throws {
            try bookmark.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(item == nil, forKey: .missing)
            if let item { try c.encode(item, forKey: .item) } else { try c.encodeNil(forKey: .item) }
        }
    }
}
