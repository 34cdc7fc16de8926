import Foundation
import ArgumentParser
import LineupImport
import LineupModel
import LineupSources

/// `--data PATH` (repeatable) and `--reference-year`, on every subcommand.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "A session page, a Daily Papers listing, a Lineup JSON schedule, a directory of them, or an http(s) URL of a schedule (repeatable; default: the subscribed sources, else the shipped Data/).",
            valueName: "path"),
        completion: DataCompletion.kind)
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Years that pages leave out are inferred as the latest one not after this (default: the current year).",
        valueName: "year"))
    var referenceYear: Int?

    @Option(help: ArgumentHelp(
        "Pin times the files give without a zone (FOSDEM, Sessionize, floating iCalendar times) to this IANA zone, e.g. Europe/Brussels; a manifest's \"timezone\" for a file wins (default: the config file's timezone).",
        valueName: "zone"))
    var timezone: String?

    @Flag(help: "Never fetch: use the cached copies of URLs and subscribed sources.")
    var offline = false

    @Option(help: ArgumentHelp(
        "Check a URL's copy again when it is older than this: 90s, 30m, 2h, 1d (default: 1h).",
        valueName: "duration"))
    var refreshAfter: RefreshInterval?

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

    /// The files loading reads (the paths given, the files in the directories given); not
    /// standard input, not the cache.
    func filePaths() throws -> [String] {
        try loader().filePaths(try selection().paths)
    }

    /// Loads the schedule (files, and sources at URLs through the cache, fetched as `policy`
    /// says, default `self.policy`) and prints its diagnostics on standard error. Fails when
    /// nothing at all could be loaded and something went wrong.
    func load(adding extra: [String] = [], policy: RefreshPolicy? = nil) throws -> LoadedSchedule {
        let selection = try selection(adding: extra)
        var (fragments, diagnostics) = try loader().loadFragments(selection.paths)
        var remote = RemoteLoad()
        if !selection.remote.isEmpty {
            remote = try updater().load(selection.remote, policy: try policy ?? self.policy())
            fragments += remote.fragments
            diagnostics += remote.diagnostics
        }
        let assembled = Schedule.assemble(fragments)
        let loaded = LoadedSchedule(schedule: assembled.schedule, diagnostics: diagnostics + assembled.diagnostics,
                                    selection: selection, remote: remote)
        Console.report(loaded.diagnostics)
        if loaded.schedule.talks.isEmpty && loaded.hasErrors {
            throw CommandFailure("nothing could be loaded")
        }
        return loaded
    }
}

/// A loaded schedule and what went wrong loading it.
struct LoadedSchedule {
    var schedule: Schedule
    var diagnostics: [Diagnostic]
    /// What was loaded: the paths and the sources at URLs.
    var selection = DataSelection()
    /// What refreshing the sources at URLs did.
    var remote = RemoteLoad()

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Ends the command: exit status 1 when loading reported errors (they are on stderr).
    func finish() throws {
        if hasErrors { throw ExitCode.failure }
    }
}
