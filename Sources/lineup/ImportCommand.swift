import LineupFiles
import ArgumentParser
import Foundation
import LineupAgenda
import LineupImport
import LineupModel

/// `lineup import PATH... [--output FILE]`: pages to one Lineup JSON schedule.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import pages into one Lineup JSON schedule.",
        discussion: """
            Reads session pages, Daily Papers listings, JSON schedules and directories of them \
            (the paths given and any --data), prints what went wrong on standard error, and \
            writes the schedule as JSON to --output or standard output. Read it back with \
            --data FILE. An existing output file is replaced (atomically) only if it is a \
            Lineup schedule, or with --force; a pipe or device (/dev/stdout) is written in place.
            """)

    @OptionGroup var data: DataOptions

    @Argument(help: "Pages, JSON schedules or directories to import (default: the shipped Data/).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the schedule to this file.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file even if it is not a Lineup schedule.")
    var force = false

    func run() throws {
        if let output, !force, !NativeScheduleFormat.isReplaceable(output) {
            throw CommandFailure("\(TerminalText.sanitize(output)) exists and is not a Lineup schedule; "
                + "choose another --output or add --force")
        }
        let loaded = try data.load(adding: paths)
        let schedule = loaded.schedule
        let json = try NativeScheduleFormat.encode(schedule)
        if let output, !OutputFile.isStandardOutput(output) {
            try OutputFile.write(json, to: output, replacingExisting: true)
            Console.error(TerminalText.sanitize("Imported \(schedule.summary) into \(output)."))
        } else {
            try Console.output(TerminalText.escapingJSON(String(decoding: json, as: UTF8.self)))
        }
        try loaded.finish()
    }
}
