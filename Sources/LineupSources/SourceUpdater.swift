import Foundation
import LineupImport

/// When a source is asked for a new version.
public enum RefreshPolicy: Hashable, Sendable {
    /// Never (`--offline`): only the cached copy is used.
    case offline
    /// When the copy was last checked longer ago than this many seconds (or there is none).
    case ifOlderThan(TimeInterval)
    /// Always (`lineup update`, `U`).
    case now

    /// One hour: the refresh interval when `--refresh-after` does not say.
    public static let defaultInterval: TimeInterval = 3600
}

/// What refreshing one source did.
public struct RefreshReport: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// A body different from the latest kept one was stored as this version.
        case newVersion(CacheVersion)
        /// The server answered 304, or sent the body already kept.
        case unchanged
        /// The policy did not ask (offline, or the copy is recent enough).
        case notChecked
        /// The fetch failed or the body is no schedule; the cache is as it was.
        case failed(FetchError)
    }

    public var source: RemoteSource
    public var outcome: Outcome
    /// The entry after the refresh: nil when nothing was ever kept for the source.
    public var entry: CacheEntry?
    /// A cache file that could not be read or written (the entry above is then what was kept).
    public var storeError: SourceStoreError?

    public var failure: FetchError? {
        if case .failed(let error) = outcome { return error }
        return nil
    }
}

/// Refreshes sources: asks the server (conditionally, with the kept validators) when the
/// policy says so, checks that a new body reads as a schedule, and only then stores it. A
/// timeout, an HTTP error, a body over the limit or one that does not parse leave the cache
/// exactly as it was.
public struct SourceUpdater: Sendable {
    public var cache: SourceCache
    public var fetcher: HTTPFetcher
    /// How bodies are read (reference year, pinned zone) when checking that they parse.
    public var context: ImportContext

    public init(cache: SourceCache, fetcher: HTTPFetcher, context: ImportContext) {
        self.cache = cache
        self.fetcher = fetcher
        self.context = context
    }

    public func refresh(_ source: RemoteSource, policy: RefreshPolicy, now: Date = Date()) -> RefreshReport {
        var report = RefreshReport(source: source, outcome: .notChecked, entry: nil)
        do {
            report.entry = try cache.entry(for: source.url)
        } catch {
            report.storeError = error
        }
        guard shouldFetch(report.entry, policy: policy, now: now) else { return report }
        // An entry that cannot be read gets an unconditional GET, so the body is whole.
        let validators = report.entry?.validators ?? HTTPValidators()
        let outcome: FetchOutcome
        do {
            outcome = try fetcher.fetch(source.url, validators: validators)
        } catch {
            report.outcome = .failed(error)
            return report
        }
        do {
            switch outcome {
            case .notModified:
                report.entry = try cache.markChecked(source.url, at: now) ?? report.entry
                report.outcome = .unchanged
            case .downloaded(let body, let newValidators):
                if let problem = source.problem(with: body, context: context) {
                    report.outcome = .failed(FetchError(url: source.url, .notASchedule(problem)))
                    return report
                }
                let stored = try cache.store(body, validators: newValidators, for: source.url, at: now)
                report.entry = stored.entry
                report.outcome = stored.added.map { .newVersion($0) } ?? .unchanged
            }
        } catch {
            report.storeError = error
        }
        return report
    }

    private func shouldFetch(_ entry: CacheEntry?, policy: RefreshPolicy, now: Date) -> Bool {
        switch policy {
        case .offline: return false
        case .now: return true
        case .ifOlderThan(let seconds):
            guard let entry, entry.latest != nil else { return true }
            return now.timeIntervalSince(entry.checkedAt) >= seconds
        }
    }
}
