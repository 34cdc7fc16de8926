import ArgumentParser
import Foundation
import LineupModel
import LineupSources

/// `lineup update [SOURCE]`: asks every source (or one) for a new version now.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch new versions of the subscribed sources (or of --data URLs) now.",
        discussion: """
            A conditional GET: a source that has not changed costs the server nothing. A failed \
            fetch leaves the copy kept before as it was, and the exit status is 1. \
            `lineup changes` then shows what changed.
            """)

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("Only this source (its name or URL).", valueName: "source"))
    var source: String?

    func run() throws {
        guard !data.offline else { throw CommandFailure("--offline fetches nothing; leave it out to update") }
        let sources = try data.remoteSources(named: source)
        guard !sources.isEmpty else {
            throw CommandFailure("no sources to update (`lineup sources add URL` subscribes to one, or give --data URL)")
        }
        let updater = try data.updater()
        var failed = false
        for source in sources {
            let report = updater.refresh(source, policy: .now)
            if let problem = report.storeError { Console.error(TerminalText.sanitize("warning: \(problem)")) }
            switch report.outcome {
            case .failed(let error):
                failed = true
                let kept = report.entry.map { " (the copy from \(DataAge.text(since: $0.checkedAt, now: Date())) is kept)" } ?? ""
                Console.error(TerminalText.sanitize("Error: \(error.description)\(kept)"))
            case .unchanged, .notChecked:
                try Console.output(TerminalText.sanitize("\(source.name): unchanged (version \(report.entry?.latest?.number ?? 0))"))
            case .newVersion(let version):
                try Console.output(TerminalText.sanitize("\(source.name): \(summary(of: version, report, updater))"))
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// "version 2, 11 changes (3 added, 1 removed, ...)", or "version 1 (first copy)".
    private func summary(of version: CacheVersion, _ report: RefreshReport, _ updater: SourceUpdater) -> String {
        guard let entry = report.entry, entry.versions.count >= 2 else { return "version \(version.number) (first copy)" }
        let remote = RemoteSchedule(source: report.source, entry: entry, cache: updater.cache, context: updater.context)
        guard let previous = remote.previousVersion, let changes = try? remote.changes(since: previous.number) else {
            return "version \(version.number)"
        }
        return "version \(version.number), " + UpdateSummary.text(changes) + " (`lineup changes` lists them)"
    }
}

/// "11 changes: 3 added, 1 removed, 1 moved, 4 speakers, 2 other".
enum UpdateSummary {
    static func text(_ changes: ScheduleChanges) -> String {
        guard !changes.isEmpty else { return "no changes to items" }
        let counts = changes.countByKind
        let parts = ItemChange.Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
        return "\(changes.count) change\(changes.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}
