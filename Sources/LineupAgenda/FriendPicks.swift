import Foundation
import LineupModel

/// One friend's picks: the items someone else bookmarked, imported under their name.
public struct FriendPicks: Hashable, Sendable {
    /// The name given with `--as`, as written ("Ana"); names are told apart without regard to case.
    public var name: String
    /// In the order of the file they came from. Items not in the loaded data are kept.
    public var picks: [Bookmark]
    /// The file they were imported from (its name, for `lineup bookmark friends`).
    public var source: String
    /// When they were imported. Whole seconds.
    public var imported: Date

    public init(name: String, picks: [Bookmark], source: String, imported: Date) {
        self.name = name
        var seen: Set<TalkID> = []
        self.picks = picks.filter { seen.insert($0.id).inserted }
        self.source = source
        self.imported = Date(timeIntervalSince1970: imported.timeIntervalSince1970.rounded(.down))
    }

    public var ids: Set<TalkID> { Set(picks.map(\.id)) }

    /// The name folded for comparison: "Ana", "ANA" and "ana" are one friend.
    public var key: String { Self.key(name) }

    public static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

extension FriendPicks: Codable {
    enum Key: String, CodingKey {
        case name, picks, source, imported
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let name = try c.decode(String.self, forKey: .name)
        guard !Self.key(name).isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .name, in: c, debugDescription: "empty name")
        }
        let text = try c.decode(String.self, forKey: .imported)
        guard let imported = ISOInstant.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .imported, in: c, debugDescription: "expected an instant like 2022-07-19T18:00:00Z, found \"\(text)\"")
        }
        self.init(name: name, picks: try c.decode([Bookmark].self, forKey: .picks),
                  source: try c.decode(String.self, forKey: .source), imported: imported)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(name, forKey: .name)
        try c.encode(picks, forKey: .picks)
        try c.encode(source, forKey: .source)
        try c.encode(ISOInstant.format(imported), forKey: .imported)
    }
}
