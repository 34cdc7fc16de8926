import Foundation
import LineupImport
import LineupModel

/// A source's kept versions read as schedules.
///
/// What is shown of a source is its latest version with every item an earlier kept version
/// had and a later one dropped kept as cancelled (never silently lost): the versions folded
/// oldest to newest with `Schedule.keepingRemoved(from:)`.
public struct RemoteSchedule: Sendable {
    public var source: RemoteSource
    public var entry: CacheEntry
    public var cache: SourceCache
    public var context: ImportContext

    public init(source: RemoteSource, entry: CacheEntry, cache: SourceCache, context: ImportContext) {
        self.source = source
        self.entry = entry
        self.cache = cache
        self.context = context
    }

    /// One version as it was downloaded, with its diagnostics (naming the URL).
    public func schedule(of version: CacheVersion) throws(SourceStoreError) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        let imported = source.importBody(try cache.body(of: version, for: source.url), context: context)
        let assembled = Schedule.assemble(imported.fragments)
        return (assembled.schedule, imported.diagnostics + assembled.diagnostics)
    }

    /// The schedule shown for the versions up to `number` (default: all): the newest of them,
    /// with the items the older ones had and it dropped kept as cancelled. Diagnostics are the
    /// newest version's. A version whose body is gone from the cache is skipped.
    public func shown(upTo number: Int? = nil) throws(SourceStoreError) -> (schedule: Schedule, diagnostics: [Diagnostic]) {
        let versions = number.map { limit in entry.versions.filter { $0.number <= limit } } ?? entry.versions
        guard let newest = versions.last else {
            throw SourceStoreError(path: cache.directory(for: source.url), problem: "no version \(number.map(String.init) ?? "") kept")
        }
        var merged: Schedule?
        for version in versions.dropLast() {
            guard let older = try? schedule(of: version).schedule else { continue }
            merged = merged.map { older.keepingRemoved(from: $0) } ?? older
        }
        let latest = try schedule(of: newest)
        return (merged.map { latest.schedule.keepingRemoved(from: $0) } ?? latest.schedule, latest.diagnostics)
    }

    /// What changed from version `old` (as it was shown then) to the newest version.
    public func changes(since old: Int) throws(SourceStoreError) -> ScheduleChanges {
        guard let newest = entry.latest, old < newest.number else { return .none }
        return ScheduleChanges.between(old: try shown(upTo: old).schedule, new: try schedule(of: newest).schedule)
    }

    /// The version before the newest one, nil when only one is kept.
    public var previousVersion: CacheVersion? {
        entry.versions.count >= 2 ? entry.versions[entry.versions.count - 2] : nil
    }
}

extension Schedule {
    /// The schedule as fragments again, to assemble it with other sources': one fragment
    /// holding every session and item, plus an empty one for each further source.
    public var fragments: [ScheduleFragment] {
        guard let first = sources.first else { return [] }
        return [ScheduleFragment(source: first, sessions: sessions, talks: talks)]
            + sources.dropFirst().map { ScheduleFragment(source: $0) }
    }
}
