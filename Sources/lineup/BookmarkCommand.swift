import ArgumentParser

/// `lineup bookmark add|remove|note|list`.
struct BookmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmark",
        abstract: "Add, remove, annotate and list bookmarked items; import friends' picks.",
        discussion: """
            Bookmarks are saved at once in a JSON file: --bookmarks PATH, else \
            $LINEUP_BOOKMARKS, else $XDG_DATA_HOME/lineup/bookmarks.json, else \
            ~/.local/share/lineup/bookmarks.json. Several Lineups (the browser and these \
            commands) can change it at the same time without losing each other's changes.
            """,
        subcommands: [BookmarkAddCommand.self, BookmarkRemoveCommand.self, BookmarkNoteCommand.self, BookmarkListCommand.self,
                      BookmarkImportCommand.self, BookmarkFriendsCommand.self, BookmarkForgetCommand.self])
}
