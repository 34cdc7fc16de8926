import Foundation
import LineupFiles
import LineupModel

/// Friends' picks, kept in their own file beside the bookmark file (`PicksStore.path(besideBookmarks:)`)
/// with the bookmark file's care (`GuardedFile`: changes under an flock, atomic saves, a file
/// that does not parse moved aside and never overwritten, reading changes nothing). Your own
/// bookmarks are never touched here.
public struct PicksStore: Sendable {
    public static let sizeLimit = BookmarkStore.sizeLimit

    public let path: String
    private let now: @Sendable () -> Date
    private let beforeRename: (@Sendable (String) throws -> Void)?

    public init(path: String, now: @escaping @Sendable () -> Date = { Date() },
                beforeRename: (@Sendable (String) throws -> Void)? = nil) {
        self.path = path
        self.now = now
        self.beforeRename = beforeRename
    }

    /// The picks file beside the bookmark file at `bookmarks`: its name with `.friends.json`
    /// in place of `.json` (`bookmarks.json` -> `bookmarks.friends.json`), or added to a name
    /// without that ending.
    public static func path(besideBookmarks bookmarks: String) -> String {
        (bookmarks.hasSuffix(".json") ? String(bookmarks.dropLast(5)) : bookmarks) + ".friends.json"
    }

    private var file: GuardedFile {
        GuardedFile(path: path, sizeLimit: Self.sizeLimit, now: now, beforeRename: beforeRename)
    }

    public var lockPath: String { file.lockPath }

    /// The friends' picks now in the file; empty when there is none. Creates, moves and locks nothing.
    public func load() throws -> PicksSet {
        let (friends, recovery, stamp) = try file.read(empty: [], decode: decode)
        return PicksSet(friends: friends, notices: notices(recovery), stamp: stamp)
    }

    /// Keeps `picks` as `name`'s, replacing what that friend (any case) had.
    @discardableResult
    public func setPicks(_ picks: [Bookmark], of name: String, source: String) throws -> PicksSet {
        let friend = FriendPicks(name: name.trimmingCharacters(in: .whitespacesAndNewlines), picks: picks,
                                 source: source, imported: now())
        return try modify { friends in
            if let index = friends.firstIndex(where: { $0.key == friend.key }) {
                friends[index] = friend
            } else {
                friends.append(friend)
            }
        }
    }

    /// Removes `name`'s picks (any case); returns the set after, and whether they were there.
    public func forget(_ name: String) throws -> (set: PicksSet, forgotten: Bool) {
        var forgotten = false
        let set = try modify { friends in
            let before = friends.count
            friends.removeAll { $0.key == FriendPicks.key(name) }
            forgotten = friends.count < before
        }
        return (set, forgotten)
    }

    public func stamp() -> FileStamp? { FileStamp(path: path) }

    private func modify(_ change: (inout [FriendPicks]) -> Void) throws -> PicksSet {
        let (friends, recovery, stamp) = try file.modify(empty: [], decode: decode, encode: PicksFile.encode, change: change)
        return PicksSet(friends: friends, notices: notices(recovery), stamp: stamp)
    }

    private func notices(_ recovery: GuardedFile.Recovery?) -> [String] {
        switch recovery {
        case nil:
            return []
        case .unreadable(let reason)?:
            return ["\(path) is not a picks file Lineup can read (\(reason)); it was left as it is, and the next import "
                + "or forget will move it aside (keeping it) and start a new one"]
        case .movedAside(let movedTo, let reason)?:
            return ["\(path) could not be read (\(reason)); it was moved to \(movedTo) and a new picks file was started"]
        }
    }

    private func decode(_ bytes: [UInt8]) throws -> GuardedFile.Decoded<[FriendPicks]> {
        switch PicksFile.decode(bytes) {
        case .friends(let friends): return .value(friends)
        case .newerVersion(let version): throw FileError.newerSchema(path: path, version: version, supported: PicksFile.version)
        case .corrupt(let reason): return .unreadable(reason: reason)
        }
    }
}

/// Friends' picks as one read or write found them. A value.
public struct PicksSet: Equatable, Sendable {
    public private(set) var friends: [FriendPicks]
    /// Per item: the names of the friends who picked it, in the order of `friends`.
    public private(set) var namesByItem: [TalkID: [String]]
    /// What the store had to do that the user should hear about.
    public var notices: [String]
    public var stamp: FileStamp?

    public init(friends: [FriendPicks] = [], notices: [String] = [], stamp: FileStamp? = nil) {
        self.friends = friends
        self.notices = notices
        self.stamp = stamp
        var names: [TalkID: [String]] = [:]
        for friend in friends {
            for id in friend.ids { names[id, default: []].append(friend.name) }
        }
        self.namesByItem = names
    }

    public static let empty = PicksSet()

    /// "Ana, Wei": who picked `id` (empty when nobody did).
    public func names(picking id: TalkID) -> [String] { namesByItem[id] ?? [] }

    /// The friend named `name` (any case).
    public func friend(_ name: String) -> FriendPicks? {
        friends.first { $0.key == FriendPicks.key(name) }
    }

    /// Folded name -> the ids that friend picked: what `picked:NAME` and `is:picked` match.
    public var idsByName: [String: Set<TalkID>] {
        Dictionary(friends.map { ($0.key, $0.ids) }, uniquingKeysWith: { first, _ in first })
    }
}
