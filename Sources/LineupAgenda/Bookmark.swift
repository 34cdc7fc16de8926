import Foundation
import LineupModel

/// One saved bookmark: the item's id plus enough to be read on its own when the item is no
/// longer in the loaded data (its title and start), when it was added, and the user's note.
public struct Bookmark: Hashable, Sendable, Identifiable {
    public var id: TalkID
    /// The item's title when it was bookmarked (refreshed when it is bookmarked again).
    public var title: String
    /// The item's start as an exact instant; nil for listed papers.
    public var start: Date?
    /// When the bookmark was first added. Whole seconds: the file stores no fractions.
    public var added: Date
    /// The user's note, without surrounding blanks; never empty: a note of nothing but blanks
    /// (from a command, the browser or a file) is no note, nil.
    public var note: String? {
        didSet { if note != Self.normalized(note) { note = Self.normalized(note) } }
    }

    public init(id: TalkID, title: String, start: Date?, added: Date, note: String? = nil) {
        self.id = id
        self.title = title
        self.start = start
        self.added = Date(timeIntervalSince1970: added.timeIntervalSince1970.rounded(.down))
        self.note = Self.normalized(note)
    }

    /// `note` without surrounding blanks, nil when nothing is left.
    public static func normalized(_ note: String?) -> String? {
        guard let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    public init(talk: Talk, added: Date, note: String? = nil) {
        self.init(id: talk.id, title: talk.title, start: talk.start, added: added, note: note)
    }
}

extension Bookmark: Codable {
    enum Key: String, CodingKey {
        case id, title, start, added, note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let id = try c.decode(String.self, forKey: .id)
        guard !id.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "empty id")
        }
        self.id = TalkID(id)
        self.title = try c.decode(String.self, forKey: .title)
        self.start = try c.decodeIfPresent(String.self, forKey: .start).map { text in
            try Self.instant(text, forKey: .start, in: c)
        }
        self.added = try Self.instant(c.decode(String.self, forKey: .added), forKey: .added, in: c)
        self.note = Self.normalized(try c.decodeIfPresent(String.self, forKey: .note))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id.rawValue, forKey: .id)
        try c.encode(title, forKey: .title)
        if let start { try c.encode(ISOInstant.format(start), forKey: .start) } else { try c.encodeNil(forKey: .start) }
        try c.encode(ISOInstant.format(added), forKey: .added)
        if let note { try c.encode(note, forKey: .note) } else { try c.encodeNil(forKey: .note) }
    }

    private static func instant(_ text: String, forKey key: Key, in c: KeyedDecodingContainer<Key>) throws -> Date {
        guard let date = ISOInstant.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "expected an instant like 2022-07-19T18:00:00Z, found \"\(text)\"")
        }
        return date
    }
}
