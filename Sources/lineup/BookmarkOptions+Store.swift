import Foundation
import LineupAgenda
import LineupFiles
import LineupModel

extension BookmarkOptions {
    /// The store at `--bookmarks`, else where `BookmarkLocation` says for this process's
    /// environment and home directory.
    var store: BookmarkStore {
        let environment = ProcessInfo.processInfo.environment
        let path = BookmarkLocation.path(option: bookmarks, environment: environment,
                                         home: HomeDirectory.path())
        return BookmarkStore(path: path, beforeRename: CrashTestSeam.fromEnvironment(environment))
    }

    /// Friends' picks, in the file beside the bookmark file (`PicksStore.path(besideBookmarks:)`).
    var picksStore: PicksStore {
        let environment = ProcessInfo.processInfo.environment
        return PicksStore(path: PicksStore.path(besideBookmarks: store.path),
                          beforeRename: CrashTestSeam.fromEnvironment(environment))
    }

    /// Loads the friends' picks, reporting what the store found (a file it cannot read).
    func loadPicks() throws -> PicksSet {
        let set = try picksStore.load()
        for notice in set.notices { Console.error("warning: " + TerminalText.sanitize(notice)) }
        return set
    }

    /// Loads the bookmarks and reports what the store had to do (a corrupt file moved aside).
    func load() throws -> BookmarkSet {
        let set = try store.load()
        Self.report(set)
        return set
    }

    /// The bookmarked id that `id` names: the id itself, else the only one it begins (ignoring
    /// case); nil when none. Throws when it begins several.
    static func bookmarkedID(_ id: String, in set: BookmarkSet) throws -> TalkID? {
        let matches = TalkID.named(by: id, among: set.bookmarks.lazy.map(\.id))
        guard matches.count <= 1 else {
            throw CommandFailure("\"\(TerminalText.sanitize(id))\" begins \(matches.count) bookmarked ids; give more of it")
        }
        return matches.first
    }

    static func report(_ set: BookmarkSet) {
        for notice in set.notices {
            Console.error("warning: " + TerminalText.sanitize(notice.description))
        }
    }
}
