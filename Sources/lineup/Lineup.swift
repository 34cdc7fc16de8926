import ArgumentParser
import Foundation

/// `lineup`: the root command. It only dispatches; each subcommand wires modules together.
@main
struct Lineup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineup",
        abstract: "Browse conference schedules and paper listings in the terminal.",
        discussion: """
            Point Lineup at session pages copied from a conference site, Hugging Face Daily \
            Papers listings or Lineup JSON schedules (--data PATH; a directory loads every \
            file in it). Without --data it opens the schedule shipped with Lineup.

            Examples:
              lineup                                  open the browser on the shipped data
              lineup list spiking neural              items that mention both words
              lineup list --json --data my-page.txt   one page's items as JSON
              lineup show t0123456789abcdef           one item in full
              lineup import pages/ --output all.json  save pages as one JSON schedule
              lineup bookmark add t0123456789abcdef   bookmark an item
              lineup export --output agenda.ics       the bookmarked items as a calendar
              lineup config default                   every setting of the config file
              lineup now                              what is on now and next, per room
              lineup next --format '{minutes} {title}' the next bookmarked talk
            """,
        version: BuildInfo.versionLine,
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self,
                      BookmarkCommand.self, ExportCommand.self, OpenCommand.self,
                      SourcesCommand.self, UpdateCommand.self, ChangesCommand.self, ConfigCommand.self,
                      NowCommand.self, NextCommand.self, HelpTablesCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command. Help, version and usage text go through ArgumentParser's buffered
    /// `print`, whose failure would pass silently at exit: an exit handler flushes it first
    /// and turns a failed write (`lineup --help > /dev/full`) into one line and exit status 1.
    static func main() {
        atexit {
            guard fflush(nil) != 0 else { return }
            let message = "Error: standard output: cannot write: \(String(cString: strerror(errno)))\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            _exit(1)
        }
        main(nil)
    }
}
