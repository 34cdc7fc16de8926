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
public enum CSVExport {
    public static let columns = [
        "section", "id", "title", "kind", "award", "day", "start", "end", "timezone",
        "session", "room", "moderator", "authors", "clashes_with", "links", "source", "note",
        "track", "url", "local_start", "local_end", "status",
    ]

    public static func render(_ agenda: Agenda) -> String {
        var rows = [columns]
        for entry in agenda.timedEntries { rows.append(row("agenda", entry)) }
        for entry in agenda.readingList { rows.append(row("reading", entry)) }
        for bookmark in agenda.missing {
            rows.append(["missing", bookmark.id.rawValue, bookmark.title, "", "", "",
                         bookmark.start.map(ISOInstant.format) ?? "", "", "", "", "", "", "", "", "", "",
                         bookmark.note ?? "", "", "", "", "", ""])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func row(_ section: String, _ entry: AgendaEntry) -> [String] {
        let talk = entry.talk
        return [
            section, talk.id.rawValue, talk.title, talk.kind.name, talk.award ?? "",
            talk.day?.iso ?? "", talk.start.map(ISOInstant.format) ?? "",
            talk.end.map(ISOInstant.format) ?? "", talk.timeZoneID ?? "", talk.session,
            talk.room ?? "", talk.moderator ?? "", talk.authors.joined(separator: "; "),
            entry.clashesWith.map(\.rawValue).joined(separator: " "),
            talk.links.joined(separator: "; "), talk.source, entry.note ?? "",
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
