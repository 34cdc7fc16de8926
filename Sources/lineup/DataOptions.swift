import Foundation
import ArgumentParser
import LineupImport
import LineupModel

/// `--data PATH` (repeatable) and `--reference-year`, on every subcommand.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "A session page, a Daily Papers listing, a Lineup JSON schedule or a directory of them (repeatable; default: the shipped Data/).",
            valueName: "path"),
        completion: .file())
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Years that pages leave out are inferred as the latest one not after this (default: the current year).",
        valueName: "year"))
    var referenceYear: Int?

    @Option(help: ArgumentHelp(
        "Pin times the files give without a zone (FOSDEM, Sessionize, floating iCalendar times) to this IANA zone, e.g. Europe/Brussels; a manifest's \"timezone\" for a file wins (default: the config file's timezone).",
        valueName: "zone"))
    var timezone: String?

    func validate() throws {
        if let referenceYear, !ImportContext.supportedYears.contains(referenceYear) {
            throw ValidationError("--reference-year must be between 1 and 9999")
        }
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("--timezone \"\(timezone)\" is not a known zone (an IANA name such as Europe/Brussels)")
        }
    }

    /// The loader for the options given; --timezone defaults to the config file's `timezone`.
    func loader() throws -> ScheduleLoader {
        let zone = try timezone ?? UserSettings.load().timezone
        return ScheduleLoader(referenceYear: referenceYear ?? YearInference.currentYear,
                              pinnedTimeZone: zone.flatMap(TimeZone.init(identifier:)))
    }

    /// `extra` and `paths`, or the shipped data when there are none.
    func resolvedPaths(adding extra: [String] = []) throws -> [String] {
        let given = extra + paths
        if !given.isEmpty { return given }
        guard let shipped = DataLocation.defaultDataPath() else {
            throw CommandFailure("no data: give --data PATH or set \(DataLocation.environmentVariable)")
        }
        return [shipped]
    }

    /// The files loading reads (the paths given, the files in the directories given); not
    /// standard input.
    func filePaths() throws -> [String] {
        try loader().filePaths(try resolvedPaths())
    }

    /// Loads the schedule and prints its diagnostics on standard error. Fails when nothing at
    /// all could be loaded and something went wrong.
    func load(adding extra: [String] = []) throws -> LoadedSchedule {
        let (schedule, diagnostics) = try loader().load(try resolvedPaths(adding: extra))
        let loaded = LoadedSchedule(schedule: schedule, diagnostics: diagnostics)
        Console.report(diagnostics)
        if schedule.talks.isEmpty && loaded.hasErrors {
            throw CommandFailure("nothing could be loaded")
        }
        return loaded
    }
}

/// A loaded schedule and what went wrong loading it.
struct LoadedSchedule {
    var schedule: Schedule
    var diagnostics: [Diagnostic]

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Ends the command: exit status 1 when loading reported errors (they are on stderr).
    func finish() throws {
        if hasErrors { throw ExitCode.failure }
    }
}
