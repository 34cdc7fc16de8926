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

    @Argument(help: "The ids of the bookmarks to remove (a unique beginning is enough).", completion: IDCompletion.kind)
    var ids: [String]

    func run() throws {
        let current = try bookmarkOptions.load()
        var resolved: [TalkID] = []
        var unknown: [String] = []
        for id in ids {
            do {
                if let bookmarked = try BookmarkOptions.bookmarkedID(id, in: current) {
                    resolved.append(bookmarked)
                } else {
                    unknown.append("\"\(TerminalText.sanitize(id))\" is not bookmarked (`lineup bookmark list` shows bookmarks)")
                }
            } catch {
                unknown.append("\(error)")
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
