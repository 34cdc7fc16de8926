import ArgumentParser
import LineupModel

/// `lineup browse` (the default): the interactive browser. Until LineupTUI lands it prints
/// what was loaded.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the interactive browser (the default command).")

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    func run() throws {
        let loaded = try data.load()
        Console.output("""
            Loaded \(loaded.schedule.summary).
            The interactive browser is not built yet; use `lineup list` and `lineup show`.
            """)
        try loaded.finish()
    }
}
