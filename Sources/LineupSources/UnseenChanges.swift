import LineupImport
import LineupModel

/// What changed in sources at URLs since the browser last showed them: the browser marks
/// these at launch, so an update fetched from the shell (`lineup update`, a cron job) between
/// two browser sessions is marked like one fetched while browsing.
///
/// The first browse of a source marks nothing (there is no "before" the person saw). When the
/// version last browsed is no longer kept (more than `CacheEntry.keptVersions` updates since),
/// the changes are counted from the oldest kept version.
public struct UnseenChanges: Sendable {
    public var changes = ScheduleChanges.none
    /// Cache files that could not be read or written, each naming its path.
    public var problems: [String] = []

    /// Compares each source's newest kept version with the one last browsed, and records the
    /// newest as browsed. Reads only the cache; never fetches.
    public static func since(lastBrowse sources: [RemoteSource], cache: SourceCache, context: ImportContext) -> UnseenChanges {
        var result = UnseenChanges()
        var items: [ItemChange] = []
        for source in sources {
            let entry: CacheEntry
            do {
                guard let kept = try cache.entry(for: source.url) else { continue }
                entry = kept
            } catch {
                result.problems.append(error.description)
                continue
            }
            guard let newest = entry.latest else { continue }
            if let browsed = cache.browsedVersion(for: source.url), browsed < newest.number,
               let oldest = entry.versions.first?.number {
                let from = max(browsed, oldest)
                if from < newest.number {
                    do {
                        items += try RemoteSchedule(source: source, entry: entry, cache: cache, context: context)
                            .changes(since: from).items
                    } catch {
                        result.problems.append(error.description)
                    }
                }
            }
            do {
                try cache.markBrowsed(source.url, version: newest.number)
            } catch {
                result.problems.append(error.description)
            }
        }
        result.changes = ScheduleChanges(items: items)
        return result
    }
}
