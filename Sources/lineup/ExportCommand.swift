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

            Without --format the format follows the --output file's extension, else ics. \
            Without --output the agenda goes to standard output; a file is replaced \
            atomically. On a terminal, CSV text from the data is sanitized; files and pipes \
            get it byte for byte (the other formats never hold control characters).
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Option(help: ArgumentHelp("The format (default: from the --output file's extension, else ics).", valueName: "format"))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let loaded = try data.load()
        let set = try bookmarkOptions.load()
        let agenda = Agenda(schedule: loaded.schedule, bookmarks: set)
        let format = self.format ?? output.flatMap { ExportFormat(fileName: $0) } ?? .ics
        let text = format.render(agenda, now: Date())

        if let output {
            let environment = ProcessInfo.processInfo.environment
            try AtomicFile.write(Array(text.utf8), to: output, beforeRename: CrashTestSeam.fromEnvironment(environment))
        } else {
            let onTerminal = isatty(STDOUT_FILENO) == 1
            let shown = onTerminal && format == .csv ? TerminalText.sanitize(text, keepingNewlines: true) : text
            FileHandle.standardOutput.write(Data(shown.utf8))
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
