import Foundation
import LineupFiles
import LineupImport
import LineupModel
import LineupSources

extension DataOptions {
    var environment: [String: String] { ProcessInfo.processInfo.environment }
    var home: String { HomeDirectory.path() }

    var sourceList: SourceList {
        SourceList(path: SourceLocations.sourceListPath(environment: environment, home: home))
    }

    var cache: SourceCache {
        SourceCache(directory: SourceLocations.cacheDirectory(environment: environment, home: home))
    }

    /// The updater for this command's settings: the limits (from the environment, for tests),
    /// a user agent naming Lineup's version, and the loader's reference year and zone.
    func updater() throws -> SourceUpdater {
        let loader = try loader()
        return SourceUpdater(cache: cache,
                             fetcher: HTTPFetcher(limits: .fromEnvironment(environment), userAgent: "Lineup/\(BuildInfo.version)"),
                             context: ImportContext(fileName: "", referenceYear: loader.referenceYear,
                                                    pinnedTimeZone: loader.pinnedTimeZone))
    }

    /// `--refresh-after`, else the config file's `refresh_after`, else one hour; in seconds.
    func refreshInterval() throws -> TimeInterval {
        try refreshAfter?.seconds ?? UserSettings.load().refreshAfter ?? RefreshPolicy.defaultInterval
    }

    /// When sources are asked for a new version while loading: never with `--offline`, else
    /// when the copy is older than the refresh interval.
    func policy() throws -> RefreshPolicy {
        offline ? .offline : .ifOlderThan(try refreshInterval())
    }

    /// The subscriptions; a list that cannot be read is an error naming it.
    func subscriptions() throws -> [Subscription] {
        do {
            return try sourceList.load()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// What to load: `extra` and `--data`, split into paths and URLs; without either,
    /// `$LINEUP_DATA` when set, else the subscribed sources, else the shipped data.
    func selection(adding extra: [String] = []) throws -> DataSelection {
        let given = extra + paths
        if !given.isEmpty { return DataSelection(given, subscriptions: try subscriptions()) }
        if let explicit = environment[DataLocation.environmentVariable], !explicit.isEmpty {
            return DataSelection(paths: [explicit])
        }
        let subscribed = try subscriptions()
        if !subscribed.isEmpty { return DataSelection(subscriptions: subscribed) }
        guard let shipped = DataLocation.defaultDataPath() else {
            throw CommandFailure("no data: give --data PATH or URL, subscribe with `lineup sources add URL`, or set \(DataLocation.environmentVariable)")
        }
        return DataSelection(paths: [shipped])
    }

    /// The sources at URLs this command names (`--data URL`, or the subscriptions when no
    /// --data is given), or only the one called `name` (a subscription's name or a URL).
    func remoteSources(named name: String? = nil) throws -> [RemoteSource] {
        let all = try selection().remote
        guard let name else { return all }
        if let found = all.first(where: { $0.name == name || $0.url == name }) { return [found] }
        if RemoteSource.isURL(name) { return [RemoteSource(url: name)] }
        let known = all.map(\.name).joined(separator: ", ")
        throw CommandFailure("no source named \"\(TerminalText.sanitize(name))\"" + (known.isEmpty ? " (none subscribed)" : " (sources: \(TerminalText.sanitize(known)))"))
    }
}
