import Foundation
import LineupModel

/// The agenda as JSON:
///
/// ```json
/// { "format": "lineup-agenda", "version": 1,
///   "items": [ <TalkRecord>, … ],
///   "clashes": [ { "ids": ["t…", "t…"], "start": "2022-07-19T18:10:00Z", "end": "…" } ],
///   "missing": [ { "id": "t…", "title": "…", "start": "…" or null, "added": "…", "note": null } ] }
/// ```
///
/// `items` are the objects of `lineup list --json` (timed items in time order, then the
/// reading list); a clash's `start`/`end` bound the overlap; `missing` entries are the
/// bookmarks as the bookmark file stores them. Keys are written sorted (JSONEncoder keeps no
/// declaration order), so the same agenda always gives the same bytes; as `lineup list --json`
/// does, characters a terminal would act on are written as `\uXXXX` escapes
/// (`TerminalText.escapingJSON`), so printing the export is safe and decoding it is exact.
public enum JSONExport {
    public static func render(_ agenda: Agenda) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            items: agenda.allEntries.map { TalkRecord($0.talk) },
            clashes: agenda.clashes.map(ClashRecord.init),
            missing: agenda.missing)
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return TerminalText.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private struct Document: Encodable {
        let format = "lineup-agenda"
        let version = 1
        var items: [TalkRecord]
        var clashes: [ClashRecord]
        var missing: [Bookmark]

        enum CodingKeys: String, CodingKey { case format, version, items, clashes, missing }
    }

    private struct ClashRecord: Encodable {
        var ids: [String]
        var start: String
        var end: String

        init(_ clash: Clash) {
            ids = [clash.first.rawValue, clash.second.rawValue]
            // Floating clashes are wall clocks: written as given, without a zone.
            start = clash.isFloating ? LocalDateTime(instant: clash.start, utcOffset: 0).iso : ISOInstant.format(clash.start)
            end = clash.isFloating ? LocalDateTime(instant: clash.end, utcOffset: 0).iso : ISOInstant.format(clash.end)
        }
    }
}
