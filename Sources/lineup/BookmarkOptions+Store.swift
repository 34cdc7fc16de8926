import Foundation
import LineupAgenda
import LineupModel

extension BookmarkOptions {
    /// The store at `--bookmarks`, else where `BookmarkLocation` says for this process's
    /// environment and home directory.
    var store: BookmarkStore {
        let environment = ProcessInfo.processInfo.environment
        let path = BookmarkLocation.path(option: bookmarks, environment: environment,
                                         home: FileManager.default.homeDirectoryForCurrentUser.path)
        return BookmarkStore(path: path, beforeRename: CrashTestSeam.fromEnvironment(environment))
    }

    /// Loads the bookmarks and reports what the store had to do (a corrupt file moved aside).
    func load() throws -> BookmarkSet {
        let set = try store.load()
        Self.report(set)
        return set
    }

    static func report(_ set: BookmarkSet) {
        for notice in set.notices {
            Console.error("warning: " + TerminalText.sanitize(notice.description))
        }
    }
}
