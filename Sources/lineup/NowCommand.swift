import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel

/// `lineup now [--json]`: per room (or session), the talk on now and the next one today.
struct NowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Show what is on now and next, per room.",
        discussion: """
            Per room (per session where the data names no room): the talk on now with the minutes \
            left, and the next one to start there today with the minutes until, as the browser's \
            w screen shows them. Bookmarked talks are marked. The clock is the system's, or \
            LINEUP_NOW (e.g. 2022-07-19T18:10:00Z). Prints a line saying so when nothing is on now \
            or later today.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Flag(help: "Print a JSON array: per place, place, now and next (id, title, start, end, timezone, bookmarked, minutesLeft or minutesUntil).")
    var json = false

    func run() throws {
        let clock = try ProgramClock.make()
        let loaded = try data.load()
        let bookmarked = try bookmarkOptions.load().ids
        let table = NowAndNext(schedule: loaded.schedule, now: clock.read())
        try Console.output(json ? try table.json(bookmarked: bookmarked) : table.text(bookmarked: bookmarked))
        try loaded.finish()
    }
}
