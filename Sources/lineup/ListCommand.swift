import LineupOutput
import ArgumentParser
import Foundation
import LineupModel
import LineupSearch

/// `lineup list [QUERY...] [--json] [--count] [--sort schedule|relevance]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the items that match a query, in schedule order.",
        discussion: """
            The query is the browser's: every word must occur (ignoring case and accents, \
            "jeremie" finds "Jérémie") in the title, people, abstract, session, room or \
            track; "quoted phrases", -word to exclude, a | b for either, ~word for words \
            spelt nearly so, and fields such as \
            title:, author:, kind:oral, track:rust, lang:en, award:*, day:tue, after:13:00, source:icml, \
            day:today, after:now, is:now, is:upcoming, is:past (relative to the clock: LINEUP_NOW or the \
            system's), is:bookmarked (the items bookmarked in --bookmarks, else in Lineup's own file; \
            README, "Searching"). A word no item holds is answered with the nearest words \
            of the data, said on stderr (--exact turns that off). Without a query every item \
            is listed. A malformed query is reported with its column and exit status 64.
            """)

    enum Order: String, ExpressibleByArgument, CaseIterable {
        case schedule, relevance
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
        "The query; its words are joined with spaces. Terms starting with '-' (exclusions) work too.",
        valueName: "query"))
    var terms: [String] = []

    @Flag(help: "Print a JSON array of items (keys: id, title, authors, kind, award, start, end, timezone, day, session, room, moderator, abstract, links, source, published, upvotes, authorCount, alsoListedIn).")
    var json = false

    @Flag(help: "Print only the number of items.")
    var count = false

    @Flag(help: "Match query words exactly: a word no item holds is not replaced by the nearest words of the data.")
    var exact = false

    @Option(help: "Order of the items: schedule, or relevance (BM25F: title words weigh most, then authors, session, abstract; whole words above parts of words).")
    var sort: Order = .schedule

    func validate() throws {
        if json && count { throw ValidationError("--json and --count cannot be used together") }
        // The query takes what ArgumentParser does not know, so a mistyped option lands here.
        if let option = terms.first(where: { $0.hasPrefix("--") && $0 != "--" }) {
            throw ValidationError("unknown option '\(option)'")
        }
    }

    /// The query text: the terms joined by spaces, without a `--` end-of-options marker.
    var queryText: String { terms.filter { $0 != "--" }.joined(separator: " ") }

    func run() throws {
        let text = queryText
        let loaded = try data.load()
        // One search: no word lists (they pay off only when typing), every core.
        let search = PartitionedSearch(schedule: loaded.schedule)
        let query: Query
        do {
            query = try Query.parse(text, otherKinds: search.otherKinds)
        } catch {
            Console.error(TerminalText.sanitize("Error: \(error.description)"))
            let excerpt = error.excerpt(of: text)
            Console.error(TerminalText.sanitize("  \(excerpt.line)"))
            Console.error("  \(excerpt.carets)")
            throw ExitCode.validationFailure
        }
        // The bookmark file is read only when the query asks about it.
        let bookmarked = query.usesBookmarks ? try bookmarkOptions.load().ids : []
        // The clock is read only when the query asks about it.
        let now = query.usesClock ? try ProgramClock.make().read() : nil
        let (talks, corrections) = search.talks(matching: query, byRelevance: sort == .relevance,
                                                bookmarked: bookmarked, now: now, toleratingTypos: !exact)
        for correction in corrections { Console.error(TerminalText.sanitize(correction.description)) }
        if count {
            try Console.output("\(talks.count)")
        } else if json {
            try Console.output(try TalkRecord.json(talks, in: loaded.schedule))
        } else if talks.isEmpty {
            try Console.output("No item matches.")
        } else {
            try Console.output(TalkTable.render(talks))
        }
        try loaded.finish()
        // Leave without releasing the schedule and index object by object (a tenth of a
        // second at 100,000 talks): the process ends here and the system takes the memory back
        // at once, as compilers do. Output is unbuffered (`Console`), so nothing is lost. The
        // index is kept alive to this point: Swift would otherwise release it after its last
        // use, a string at a time (15 ms at 100,000 talks).
        withExtendedLifetime(search) { Foundation.exit(0) }
    }
}
