import ArgumentParser
import LineupModel
import LineupSearch

/// `lineup list [WORDS...] [--json] [--count]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the items that contain every word, in schedule order.",
        discussion: """
            A word matches anywhere in an item's title, authors or abstract, ignoring case \
            and accents ("jeremie" finds "Jérémie"). Without words every item is listed.
            """)

    @OptionGroup var data: DataOptions

    @Argument(help: "Words every listed item must contain.")
    var words: [String] = []

    @Flag(help: "Print a JSON array of items (keys: id, title, authors, kind, award, start, end, timezone, day, session, room, moderator, abstract, links, source, published, upvotes, authorCount, alsoListedIn).")
    var json = false

    @Flag(help: "Print only the number of items.")
    var count = false

    func validate() throws {
        if json && count { throw ValidationError("--json and --count cannot be used together") }
    }

    func run() throws {
        let loaded = try data.load()
        let talks = InterimWordFilter(words).filter(loaded.schedule.talks)
        if count {
            Console.output("\(talks.count)")
        } else if json {
            Console.output(try TalkRecord.json(talks))
        } else if talks.isEmpty {
            Console.output("No item contains every word.")
        } else {
            Console.output(TalkTable.render(talks))
        }
        try loaded.finish()
    }
}
