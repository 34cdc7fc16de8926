import LineupFiles
import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel

/// `lineup export [--format ics|md|csv|json] [--output FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the bookmarked items as a personal agenda.",
        discussion: """
            ics: an iCalendar file with one event per timed item (times as UTC instants), for \
            calendar apps. md: a readable agenda by day, clashes marked, then the reading list. \
            csv: one row per item (RFC 4180). json: the `lineup list --json` objects of the \
            items, the clashes and the missing bookmarks.

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

    func run() throws {
        let clock = try ProgramClock.make()
        let loaded = try data.load()
        let set = try bookmarkOptions.load()
        let agenda = Agenda(schedule: loaded.schedule, bookmarks: set)
        let format = try self.format ?? output.flatMap { ExportFormat(fileName: $0) } ?? UserSettings.load().exportFormat ?? .ics
        let text = format.render(agenda, now: clock.read().instant)

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
        try loaded.finish()
    }
}

extension ExportFormat: ExpressibleByArgument {}
