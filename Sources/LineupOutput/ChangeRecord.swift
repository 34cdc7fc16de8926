import LineupModel
import Foundation

/// The public JSON object for one change, as `lineup changes --json` prints it:
/// `{"change", "id", "title", "bookmarked", "fields", "before", "after"}`.
///
/// `change` is the kind ("added", "removed", "moved", "retimed", "renamed", "speakers",
/// "other"); `id` the item's id now (as `lineup list --json` gives it); `fields` the changed
/// fields' names; `before`/`after` the item in the older/newer version as `start`, `end`,
/// `localStart`, `localEnd`, `day`, `room`, `title`, `authors` and `status`, written as
/// `lineup list --json` writes them, or null when the item is not in that version.
public struct ChangeRecord: Encodable, Sendable {
    public var change: ItemChange
    public var bookmarked: Bool

    public init(_ change: ItemChange, bookmarked: Bool) {
        self.change = change
        self.bookmarked = bookmarked
    }

    enum Key: String, CodingKey {
        case change, id, title, bookmarked, fields, before, after
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(change.kind.rawValue, forKey: .change)
        try c.encode(change.id, forKey: .id)
        try c.encode(change.title, forKey: .title)
        try c.encode(bookmarked, forKey: .bookmarked)
        try c.encode(change.fields.map(\.rawValue), forKey: .fields)
        try c.encodeNullable(change.before.map(Snapshot.init), forKey: .before)
        try c.encodeNullable(change.after.map(Snapshot.init), forKey: .after)
    }

    /// The compared slot and names of one version of the item.
    struct Snapshot: Encodable {
        let talk: Talk

        enum Key: String, CodingKey {
            case start, end, localStart, localEnd, day, room, title, authors, status
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encodeNullable(talk.start.map(ISOInstant.format), forKey: .start)
            try c.encodeNullable(talk.end.map(ISOInstant.format), forKey: .end)
            try c.encodeNullable(talk.localStart.map(TalkRecord.minutes), forKey: .localStart)
            try c.encodeNullable(talk.localEnd.map(TalkRecord.minutes), forKey: .localEnd)
            try c.encodeNullable(talk.day, forKey: .day)
            try c.encodeNullable(talk.room, forKey: .room)
            try c.encode(talk.title, forKey: .title)
            try c.encode(talk.authors, forKey: .authors)
            try c.encode(talk.isCancelled ? TalkStatus.cancelled.rawValue : TalkStatus.scheduled.rawValue, forKey: .status)
        }
    }
}

extension ChangeRecord {
    /// The changes as the JSON array `lineup changes --json` prints, those of bookmarked items
    /// first: pretty-printed, keys sorted, safe for a terminal.
    public static func json(_ changes: ScheduleChanges, isBookmarked: (TalkID) -> Bool) throws -> String {
        let records = changes.bookmarkedFirst(isBookmarked).map { change in
            ChangeRecord(change, bookmarked: isBookmarked(change.id) || change.previousID.map(isBookmarked) == true)
        }
        return try TalkRecord.encode(records)
    }
}
