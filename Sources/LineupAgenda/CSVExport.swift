import Foundation
import LineupModel

/// The agenda as CSV (RFC 4180): a header row, then one row per item: timed items in time
/// order, the reading list, the missing bookmarks. CRLF line ends; a field holding a comma,
/// a double quote, CR or LF is quoted, its quotes doubled. Values are the data as written
/// (no sanitizing: this is a file format), except that a value a spreadsheet would run as a
/// formula (one that begins with `=`, `+`, `-`, `@`, a tab or CR) gets a `'` in front, as
/// OWASP recommends against CSV injection. Lists are joined with "; " (authors, links) or " "
/// (ids). `start`/`end` are UTC instants (empty for a floating time: no zone was given);
/// `local_start`/`local_end` the wall clock where the item happens, "2024-02-03T10:30".
///
/// With friends' picks (`lineup export --with NAME`) their picks are rows too and two columns
/// follow: `who` ("you", "you; Ana" for a talk you both picked, "Ana; Wei" for their picks)
/// and `friend_clashes` (the ids, space-separated, of the talks on the other side of a clash
/// between you and a friend: friends' picks on your rows, your talks on theirs). Their picks
/// not in the loaded data are "missing" rows with the friend's name in `who`.
public enum CSVExport {
    public static let columns = [
        "section", "id", "title", "kind", "award", "day", "start", "end", "timezone",
        "session", "room", "moderator", "authors", "clashes_with", "links", "source", "note",
        "track", "url", "local_start", "local_end", "status",
    ]

    /// The columns `--with` adds after `columns`.
    public static let friendColumns = ["who", "friend_clashes"]

    public static func render(_ agenda: Agenda) -> String {
        render(SharedAgenda(alone: agenda))
    }

    public static func render(_ shared: SharedAgenda) -> String {
        let withFriends = !shared.friends.isEmpty
        var rows = [columns + (withFriends ? friendColumns : [])]
        func add(_ row: [String], _ entry: SharedEntry) {
            guard withFriends else { return rows.append(row) }
            let who = (entry.isYours ? ["you"] : []) + entry.friends
            var others: [String] = []
            for clash in entry.friendClashes where !others.contains(clash.other(than: entry.id).rawValue) {
                others.append(clash.other(than: entry.id).rawValue)
            }
            rows.append(row + [who.joined(separator: "; "), others.joined(separator: " ")])
        }
        for entry in shared.timedEntries { add(row("agenda", entry.talk, entry.own), entry) }
        for entry in shared.readingList { add(row("reading", entry.talk, entry.own), entry) }
        for bookmark in shared.own.missing {
            rows.append(missingRow(bookmark) + (withFriends ? ["you", ""] : []))
        }
        for missing in shared.missingPicks {
            rows.append(missingRow(Bookmark(id: missing.pick.id, title: missing.pick.title, start: missing.pick.start,
                                            added: missing.pick.added)) + [missing.friend, ""])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A bookmark whose item is not loaded: its id, title, start and note.
    private static func missingRow(_ bookmark: Bookmark) -> [String] {
        ["missing", bookmark.id.rawValue, bookmark.title, "", "", "",
         bookmark.start.map(ISOInstant.format) ?? "", "", "", "", "", "", "", "", "", "",
         bookmark.note ?? "", "", "", "", "", ""]
    }

    /// An item's row; `entry` is your bookmark's (nil for a friend's pick: no note, no clashes of yours).
    private static func row(_ section: String, _ talk: Talk, _ entry: AgendaEntry?) -> [String] {
        return [
            section, talk.id.rawValue, talk.title, talk.kind.name, talk.award ?? "",
            talk.day?.iso ?? "", talk.start.map(ISOInstant.format) ?? "",
            talk.end.map(ISOInstant.format) ?? "", talk.timeZoneID ?? "", talk.session,
            talk.room ?? "", talk.moderator ?? "", talk.authors.joined(separator: "; "),
            (entry?.clashesWith ?? []).map(\.rawValue).joined(separator: " "),
            talk.links.joined(separator: "; "), talk.source, entry?.note ?? "",
            talk.track ?? "", talk.url ?? "", talk.localStart?.iso ?? "", talk.localEnd?.iso ?? "",
            talk.status == .cancelled ? "cancelled" : "",
        ]
    }

    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One RFC 4180 field, neutralised when it would be read as a formula.
    static func field(_ raw: String) -> String {
        let value = raw.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + raw : raw
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
