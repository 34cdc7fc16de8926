import ArgumentParser
import LineupModel

/// `lineup bookmark add ID... [--note TEXT]`.
struct BookmarkAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bookmark items by id.",
        discussion: """
            IDs are the ids `lineup list` and `lineup list --json` print (a unique beginning \
            is enough). An id that is not in the loaded data is an error and nothing is \
            bookmarked. Bookmarking an item again keeps its note unless --note is given; an \
            empty --note "" clears it (`lineup bookmark note` changes notes too).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(help: "The ids of the items to bookmark.", completion: IDCompletion.kind)
    var ids: [String]

    @Option(help: ArgumentHelp("A note to keep with the bookmarks.", valueName: "text"))
    var note: String?

    func run() throws {
        let loaded = try data.load()
        var talks: [Talk] = []
        var unknown: [String] = []
        for id in ids {
            do {
                talks.append(try ShowCommand.find(id, in: loaded.schedule))
            } catch {
                unknown.append("\(error)")
            }
        }
        guard unknown.isEmpty else {
            throw CommandFailure(unknown.joined(separator: "\n") + "\nnothing was bookmarked")
        }
        let store = bookmarkOptions.store
        let set = try store.add(talks, note: note)
        BookmarkOptions.report(set)
        for talk in talks {
            try Console.output("bookmarked \(talk.id)  \(TerminalText.sanitize(talk.title))")
        }
        Console.error("\(set.count) bookmark\(set.count == 1 ? "" : "s") in \(TerminalText.sanitize(store.path))")
        try loaded.finish()
    }
}
