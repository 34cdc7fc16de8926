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
///
/// With friends' picks (`lineup export --with NAME`) the document has three more keys and
/// each item one more: `friends` (the names shown), `friendClashes` (`{ "friend": "Ana",
/// "yours": "t…", "theirs": "t…", "start": …, "end": … }`), `missingPicks` (a friend's
/// picks not in the loaded data: `friend` plus the bookmark's keys), and on each item `who`
/// (`["you"]`, `["you", "Ana"]` for a talk you both picked, `["Ana"]` for her pick). Their
/// picks are among the `items`, in time order with yours.
public enum JSONExport {
    public static func render(_ agenda: Agenda) -> String {
        render(SharedAgenda(alone: agenda))
    }

    public static func render(_ shared: SharedAgenda) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let withFriends = !shared.friends.isEmpty
        let document = Document(
            items: shared.allEntries.map { entry in
                Item(record: TalkRecord(entry.talk), note: entry.note,
                     who: withFriends ? (entry.isYours ? ["you"] : []) + entry.friends : nil)
            },
            clashes: shared.own.clashes.map(ClashRecord.init),
            missing: shared.own.missing,
            friends: withFriends ? Friends(names: shared.friends, clashes: shared.friendClashes.map(FriendClashRecord.init),
                                           missing: shared.missingPicks.map(MissingPickRecord.init)) : nil)
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return TerminalText.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private struct Document: Encodable {
        let format = "lineup-agenda"
        let version = 1
        var items: [Item]
        var clashes: [ClashRecord]
        var missing: [Bookmark]
        /// Only with friends' picks shown.
        var friends: Friends?

        enum CodingKeys: String, CodingKey { case format, version, items, clashes, missing, friends, friendClashes, missingPicks }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(format, forKey: .format)
            try c.encode(version, forKey: .version)
            try c.encode(items, forKey: .items)
            try c.encode(clashes, forKey: .clashes)
            try c.encode(missing, forKey: .missing)
            if let friends {
                try c.encode(friends.names, forKey: .friends)
                try c.encode(friends.clashes, forKey: .friendClashes)
                try c.encode(friends.missing, forKey: .missingPicks)
            }
        }
    }

    private struct Friends {
        var names: [String]
        var clashes: [FriendClashRecord]
        var missing: [MissingPickRecord]
    }

    /// An item's `lineup list --json` object plus the note (and `who` with friends' picks).
    private struct Item: Encodable {
        var record: TalkRecord
        var note: String?
        var who: [String]?

        enum Key: String, CodingKey { case note, who }

        func encode(to encoder: Encoder) throws {
            try record.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            if let note { try c.encode(note, forKey: .note) } else { try c.encodeNil(forKey: .note) }
            if let who { try c.encode(who, forKey: .who) }
        }
    }

    private struct FriendClashRecord: Encodable {
        var friend: String
        var yours: String
        var theirs: String
        var start: String
        var end: String

        init(_ clash: FriendClash) {
            let overlap = ClashRecord(clash.overlap)
            friend = clash.friend
            yours = clash.yours.rawValue
            theirs = clash.theirs.rawValue
            start = overlap.start
            end = overlap.end
        }
    }

    /// A friend's pick not in the loaded data: `friend` and the bookmark's own keys.
    private struct MissingPickRecord: Encodable {
        var missing: MissingPick

        enum Key: String, CodingKey { case friend }

        func encode(to encoder: Encoder) throws {
            try missing.pick.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(missing.friend, forKey: .friend)
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
