import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel

/// `lineup bookmark list [--json]`.
struct BookmarkListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the bookmarked items in time order, clashes and missing items marked.",
        discussion: """
            Timed items come first in time order, then listed papers. Bookmarks whose item is \
            not in the loaded data are kept and listed as missing. --json prints, in the order \
            they were added, one object per bookmark: id, title, start, added, note, missing \
            (true when the item is not loaded) and item (the item's `lineup list --json` \
            object, or null).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Flag(help: "Print the bookmarks as JSON.")
    var json = false

    func run() throws {
        let loaded = try data.load()
        let set = try bookmarkOptions.load()
        if json {
            try Console.output(try BookmarkListing.json(set, schedule: loaded.schedule))
        } else {
            try Console.output(BookmarkListing.text(Agenda(schedule: loaded.schedule, bookmarks: set)))
        }
        try loaded.finish()
    }
}
