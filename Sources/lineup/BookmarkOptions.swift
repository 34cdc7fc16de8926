import ArgumentParser

/// `--bookmarks PATH`: where bookmarks are kept. Declared here for the bookmark and export
/// subcommands and the browser; LineupAgenda owns the file and its default location.
struct BookmarkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The bookmark file (default: Lineup's own in your data directory).",
                               valueName: "path"))
    var bookmarks: String?
}
