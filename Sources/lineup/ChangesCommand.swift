import ArgumentParser
import Foundation
import LineupAgenda
import LineupModel
import LineupOutput
import LineupSources

/// `lineup changes [SOURCE] [--since VERSION|TIME] [--json]`: what changed between kept
/// versions of the sources at URLs. Reads the cache only; `lineup update` fetches.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Show what changed in the subscribed sources (or --data URLs) between kept versions.",
        discussion: """
            Without --since: the latest update (the newest kept version against the one before). \
            --since takes a version number (`lineup sources list` shows the newest), a time \
            (2026-12-28, 2026-12-28T14:00, with Z or +01:00 for another zone than this \
            machine's) or a duration back from now (3h, 2d): the changes from the version current \
            then to the newest. Items of bookmarked talks come first. Kinds: added, removed \
            (kept and shown as cancelled), moved (day, time or room), retimed (duration), \
            renamed, speakers, other (abstract, track, ...). Reads only the cache: `lineup \
            update` fetches new versions.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var bookmarkOptions: BookmarkOptions

    @Argument(help: ArgumentHelp("Only this source (its name or URL).", valueName: "source"))
    var source: String?

    @Option(help: ArgumentHelp("A version number, a time or a duration back from now (3h).", valueName: "version|time"))
    var since: String?

    @Flag(help: "Print a JSON array: {change, id, title, bookmarked, fields, before, after} per changed item.")
    var json = false

    func validate() throws {
        if let since, Since(since, now: Date()) == nil {
            throw ValidationError("--since \"\(since)\" is neither a version number, a time (2026-12-28T14:00) nor a duration (3h)")
        }
    }

    func run() throws {
        let sources = try data.remoteSources(named: source)
        guard !sources.isEmpty else {
            throw CommandFailure("no sources (`lineup sources add URL` subscribes to one, or give --data URL)")
        }
        let bookmarks = try bookmarkOptions.load()
        let isBookmarked: (TalkID) -> Bool = { bookmarks.ids.contains($0) }
        let updater = try data.updater()
        let now = Date()
        var all: [ItemChange] = []
        var text: [String] = []
        for source in sources {
            guard let entry = try cacheEntry(source, updater.cache), let newest = entry.latest else {
                Console.error(TerminalText.sanitize("warning: \(source.url): nothing fetched yet (`lineup update` fetches it)"))
                continue
            }
            let remote = RemoteSchedule(source: source, entry: entry, cache: updater.cache, context: updater.context)
            let old = since.flatMap { Since($0, now: now) }.map { $0.version(in: entry) } ?? remote.previousVersion?.number
            guard let old, old < newest.number else {
                text.append("\(source.name): version \(newest.number), nothing to compare it with")
                continue
            }
            let changes: ScheduleChanges
            do {
                changes = try remote.changes(since: old)
            } catch {
                throw CommandFailure(TerminalText.sanitize(error.description))
            }
            all += changes.items
            text.append("\(source.name): version \(old) -> \(newest.number) (fetched \(DataAge.text(since: newest.fetchedAt, now: now))), "
                        + UpdateSummary.text(changes))
            for change in changes.bookmarkedFirst(isBookmarked) {
                text.append(line(change, bookmarked: isBookmarked(change.id) || change.previousID.map(isBookmarked) == true))
            }
        }
        if json {
            try Console.output(try ChangeRecord.json(ScheduleChanges(items: all), isBookmarked: isBookmarked))
        } else {
            try Console.output(text.map { TerminalText.sanitize($0) }.joined(separator: "\n"))
        }
    }

    private func cacheEntry(_ source: RemoteSource, _ cache: SourceCache) throws -> CacheEntry? {
        do {
            return try cache.entry(for: source.url)
        } catch {
            throw CommandFailure(TerminalText.sanitize(error.description))
        }
    }

    /// "* moved     6397  Title  (room, start)": a star for a bookmarked item.
    private func line(_ change: ItemChange, bookmarked: Bool) -> String {
        let kind = change.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        let fields = change.fields.isEmpty ? "" : "  (" + change.fields.map(\.rawValue).joined(separator: ", ") + ")"
        return "\(bookmarked ? "*" : " ") \(kind) \(change.id.rawValue)  \(change.title)\(fields)"
    }
}

/// `--since`: a version number, a time, or a duration back from now.
enum Since: Hashable {
    case version(Int)
    case time(Date)

    init?(_ text: String, now: Date) {
        if let number = Int(text), number > 0 {
            self = .version(number)
        } else if let last = text.last, "smhd".contains(last), let seconds = RefreshInterval.seconds(text) {
            self = .time(now - seconds)
        } else if let date = Self.date(text) {
            self = .time(date)
        } else {
            return nil
        }
    }

    /// The version to compare from: the number given, or the one current at the time (the
    /// oldest kept when the time is before it).
    func version(in entry: CacheEntry) -> Int? {
        switch self {
        case .version(let number): return number
        case .time(let date): return (entry.version(currentAt: date) ?? entry.versions.first)?.number
        }
    }

    /// An ISO 8601 date or date-time; without a zone, in this machine's (the user typed it).
    private static func date(_ text: String) -> Date? {
        let withZone = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            withZone.formatOptions = options
            if let date = withZone.date(from: text) { return date }
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = .current
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return date }
        }
        return nil
    }
}
