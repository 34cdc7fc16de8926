import LineupOutput
import Foundation
import LineupModel

/// The agenda as JSON:
///
/// ```json
/// { "format": "lineup-agenda", "version": 1,
///   "items": [ <TalkRecord> + "note", … ],
///   "clashes": [ { "ids": ["t…", "t…"], "start": "2022-07-19T18:10:00Z", "end": "…" } ],
///   "missing": [ { "id": "t…", "title": "…", "start": "…" or null, "added": "…", "note": null } ] }
/// ```
///
/// `items` are the objects of `lineup list --json` (timed items in time order, then the
/// reading list), each with one more key, `note` (the user's note on the bookmark, or null);
/// a clash's `start`/`end` bound the overlap (wall clocks with no "Z" for two floating items); `missing` entries are the
/// bookmarks as the bookmark file stores them. Keys are written sorted (JSONEncoder keeps no
/// declaration order), so the same agenda always gives the same bytes; as `lineup list --json`
/// does, characters a terminal would act on are written as `\uXXXX` escapes
/// (`TerminalText.escapingJSON`), so printing the export is safe and decoding it is exact.
public enum JSONExport {
    public static func render(_ agenda: Agenda) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            items: agenda.allEntries.map { Item(record: TalkRecord($0.talk), note: $0.note) },
            clashes: agenda.clashes.map(ClashRecord.init),
            missing: agenda.missing)
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return TerminalText.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private struct Document: Encodable {
        let format = "lineup-agenda"
        let version = 1
        var items: [Item]
        var clashes: [ClashRecord]
        var missing: [Bookmark]

        enum CodingKeys: String, CodingKey { case format, version, items, clashes, missing }
    }

    /// An item's `lineup list --json` object plus the note.
    private struct Item: Encodable {
        var record: TalkRecord
        var note: String?

        enum Key: String, CodingKey { case note }

        func encode(to encoder: Encoder) throws {
            try record.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            if let note { try c.encode(note, forKey: .note) } else { try c.encodeNil(forKey: .note) }
        }
    }

    private struct ClashRecord: Encodable {
        var ids: [String]
        var start: String
        var end: String

        init(_ clash: Clash) {
            ids = [clash.first.rawValue, clash.second.rawValue]
            // A floating clash's overlap is a wall clock ("2024-02-03T10:30"), never a UTC instant.
            start = clash.localStart?.iso ?? ISOInstant.format(clash.start)
            end = clash.localEnd?.iso ?? ISOInstant.format(clash.end)
        }
    }
}
