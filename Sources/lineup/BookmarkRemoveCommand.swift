import ArgumentParser
import LineupModel

/// `lineup bookmark remove ID...`.
struct BookmarkRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove bookmarks by id.",
        discussion: """
            Works on the bookmark file alone, so bookmarks of items no longer in the data can \
            be removed too. An id that is not bookmarked is an error and nothing is removed.
            """)

    /// Accepted like on every subcommand, but not loaded: removal needs only the bookmark file.
    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(help: "The ids of the bookmarks to remove (a unique beginning is enough).")
    var ids: [String]

    func run() throws {
        let current = try bookmarkOptions.load()
        var resolved: [TalkID] = []
        var unknown: [String] = []
        for id in ids {
            let matches = current.contains(TalkID(id))
                ? [TalkID(id)]
                : current.bookmarks.map(\.id).filter { !id.isEmpty && $0.rawValue.hasPrefix(id) }
            if matches.count == 1 {
                resolved.append(matches[0])
            } else {
                let shown = TerminalText.sanitize(id)
                unknown.append(matches.isEmpty ? "\"\(shown)\" is not bookmarked (`lineup bookmark list` shows bookmarks)"
                                               : "\"\(shown)\" begins \(matches.count) bookmarked ids; give more of it")
            }
        }
        guard unknown.isEmpty else {
            throw CommandFailure(unknown.joined(separator: "\n") + "\nnothing was removed")
        }
        let set = try bookmarkOptions.store.remove(resolved)
        BookmarkOptions.report(set)
        for id in resolved { try Console.output("removed \(TerminalText.sanitize(id.rawValue))") }
    }
}
