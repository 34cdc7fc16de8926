import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel
import LineupSources

/// `lineup next [--format TEXT]`: the next bookmarked talk, for a status bar or a prompt.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Print the next bookmarked talk and how long until it starts.",
        discussion: """
            Prints one line, "in 12 min: TITLE · ROOM", about the bookmarked talk that starts \
            next, or nothing at all (exit status 0) when no bookmarked talk is still to start, so \
            it fits a tmux status-right or a shell prompt:
              set -g status-right '#(lineup next --format "{minutes}m {title}")'
            The clock is the system's, or LINEUP_NOW (e.g. 2022-07-19T18:10:00Z). Sources at URLs \
            are read from the cache only (lineup update fetches them).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Option(help: ArgumentHelp(
        "The line to print, with {title}, {room} (the session when there is no room), {start} (on the conference's clock), {minutes} (until the start) and {duration} (\"1 h 5 min\").",
        valueName: "text"))
    var format: String = NextTalk.defaultFormat

    func run() throws {
        let clock = try ProgramClock.make()
        // A status bar runs this every few seconds: only what is cached, never a fetch
        // (`lineup update` refreshes the sources).
        let loaded = try data.load(policy: .offline)
        let bookmarked = try bookmarkOptions.load().ids
        if let next = NextTalk.find(in: loaded.schedule, bookmarked: bookmarked, now: clock.read()) {
            try Console.output(next.formatted(format))
        }
        try loaded.finish()
    }
}
