import ArgumentParser
import Foundation
import LineupAgenda
import LineupFiles
import LineupModel

/// Tab completion of friends' names (`lineup export --with`, `lineup bookmark forget`): the
/// names kept in the picks file beside the bookmark file the words name (`--bookmarks`, else
/// `$LINEUP_BOOKMARKS`, else the default), and `all` where it means everyone.
enum FriendCompletion {
    /// Names and `all`: `--with`.
    static let namesOrAll = CompletionKind.custom { words, _, prefix in candidates(words: words, prefix: prefix, all: true) }
    /// Names only: `bookmark forget`.
    static let names = CompletionKind.custom { words, _, prefix in candidates(words: words, prefix: prefix, all: false) }

    static func candidates(words: [String], prefix: String, all: Bool) -> [String] {
        var option: String?
        for (index, word) in words.enumerated() {
            if word == "--bookmarks", index + 1 < words.count {
                option = words[index + 1]
            } else if word.hasPrefix("--bookmarks=") {
                option = String(word.dropFirst("--bookmarks=".count))
            }
        }
        let path = BookmarkLocation.path(option: option, environment: ProcessInfo.processInfo.environment,
                                         home: HomeDirectory.path())
        let friends = (try? PicksStore(path: PicksStore.path(besideBookmarks: path)).load().friends) ?? []
        let names = friends.map { TerminalText.sanitize($0.name) } + (all ? [PicksSet.everyone] : [])
        return names.filter { FriendPicks.key($0).hasPrefix(FriendPicks.key(prefix)) }
    }
}
