import LineupFiles
import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel

/// `lineup export [--format ics|md|csv|json] [--output FILE] [--with NAME]…`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the bookmarked items as a personal agenda.",
        discussion: """
            ics: an iCalendar file with one event per timed item (times as UTC instants), for \
            calendar apps. md: a readable agenda by day, clashes marked, then the reading list. \
            csv: one row per item (RFC 4180). json: the `lineup list --json` objects of the \
            items, the clashes and the missing bookmarks.

            --with NAME (repeatable; --with all for every friend) adds the picks of friends \
            imported with `lineup bookmark import FILE --as NAME` to an md, csv or json export: \
            their picks among yours in time order, marked with their names; a talk you both \
            picked once, "with" them; your talks that overlap a friend's pick marked as \
            clashing with it. csv gets two more columns (who, friend_clashes), json the keys \
            who, friends, friendClashes and missingPicks. An ics export stays your own \
            calendar: --with is refused there.

            Without --format the format follows the --output file's extension, else the config \
            file's [export] format, else ics. \
            Without --output (or with --output -) the agenda goes to standard output. An \
            existing file is never replaced without --force (then atomically: a temporary \
            file renamed over it), and never the bookmark file or a loaded data file, even \
            with --force. A pipe or device (/dev/stdout, a named pipe) is written in place. On \
            a terminal, CSV text from the data is sanitized; files and pipes get it byte for \
            byte (the other formats never hold control characters).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Option(help: ArgumentHelp("The format (default: from the --output file's extension, else the config file's, else ics).", valueName: "format"))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists (never the bookmark file or a data file).")
    var force = false

    @Option(name: .customLong("with"),
            help: ArgumentHelp("Add this friend's picks beside yours (repeatable; all for every friend; md, csv and json only).",
                               valueName: "name"),
            completion: FriendCompletion.namesOrAll)
    var friends: [String] = []

    func run() throws {
        let clock = try ProgramClock.make()
        let loaded = try data.load()
        let set = try bookmarkOptions.load()
        let agenda = Agenda(schedule: loaded.schedule, bookmarks: set)
        let format = try self.format ?? output.flatMap { ExportFormat(fileName: $0) } ?? UserSettings.load().exportFormat ?? .ics
        let shared = try sharedAgenda(agenda, format: format, schedule: loaded.schedule)
        let text = format.render(shared, now: clock.read().instant)

        if let output, !OutputFile.isStandardOutput(output) {
            let environment = ProcessInfo.processInfo.environment
            let protected = [ProtectedFile(path: bookmarkOptions.store.path, role: .bookmarks),
                             ProtectedFile(path: bookmarkOptions.picksStore.path, role: .friendsPicks)]
                + (try data.filePaths()).map { ProtectedFile(path: $0, role: .data) }
            do {
                try OutputFile.write(Array(text.utf8), to: output, replacingExisting: force, protecting: protected,
                                     beforeRename: CrashTestSeam.fromEnvironment(environment))
            } catch FileError.alreadyExists {
                throw CommandFailure("\(TerminalText.sanitize(output)) exists already; add --force to replace it, or choose another --output")
            }
        } else {
            let onTerminal = isatty(STDOUT_FILENO) == 1
            let shown = onTerminal && format == .csv ? TerminalText.sanitize(text, keepingNewlines: true) : text
            try Console.write(shown)
        }
        if set.isEmpty {
            Console.error("note: no bookmarks yet (`lineup bookmark add ID` adds one)")
        }
        if !agenda.missing.isEmpty {
            Console.error("warning: \(agenda.missing.count) bookmarked item\(agenda.missing.count == 1 ? " is" : "s are") not in the loaded data"
                + (format == .ics ? " and left out of the calendar" : "") + " (kept in the bookmark file):")
            for bookmark in agenda.missing {
                Console.error("  \(TerminalText.sanitize(bookmark.id.rawValue))  \(TerminalText.sanitize(bookmark.title))")
            }
        }
        if !shared.missingPicks.isEmpty {
            Console.error("note: \(shared.missingPicks.count) of the friends' picks \(shared.missingPicks.count == 1 ? "is" : "are") not in the loaded data"
                + " (listed apart; kept in the picks file)")
        }
        try loaded.finish()
    }

    /// Your agenda with the picks of the friends `--with` names beside it (alone without `--with`).
    private func sharedAgenda(_ agenda: Agenda, format: ExportFormat, schedule: Schedule) throws -> SharedAgenda {
        guard !friends.isEmpty else { return SharedAgenda(alone: agenda) }
        guard format.takesFriendsPicks else {
            throw CommandFailure("--with adds friends' picks to md, csv and json exports; an \(format.rawValue) export is your "
                + "own calendar (choose --format md, csv or json)")
        }
        let picks = try bookmarkOptions.loadPicks()
        let chosen: [FriendPicks]
        do {
            chosen = try picks.choose(friends)
        } catch {
            throw CommandFailure(TerminalText.sanitize(error.description))
        }
        if chosen.isEmpty {
            Console.error("note: no friends' picks are kept yet (`lineup bookmark import FILE --as NAME` adds some)")
        }
        return SharedAgenda(own: agenda, friends: chosen, schedule: schedule)
    }
}

extension ExportFormat: ExpressibleByArgument {}
