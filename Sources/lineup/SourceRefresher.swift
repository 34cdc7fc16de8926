import Dispatch
import Foundation
import LineupImport
import LineupModel
import LineupSources
import LineupTUI

/// The browser's `ScheduleRefreshing` for sources at URLs: checks them on a background
/// queue with a `SourceUpdater`, and when one has a new version, assembles the whole schedule
/// again (the local files re-read, each source's newest version) for the loop to apply.
///
/// The lock guards the mutable fields between the checking queue and the loop's thread.
final class SourceRefresher: ScheduleRefreshing, @unchecked Sendable {
    private let updater: SourceUpdater
    private let sources: [RemoteSource]
    private let localPaths: [String]
    private let loader: ScheduleLoader
    private let interval: TimeInterval
    private let offline: Bool
    private let lock = NSLock()
    private var running = false
    private var lastAttempt: Date?
    private var outcome: ScheduleRefresh?
    /// When each source's copy was last confirmed current.
    private var checkedAt: [String: Date]
    private var lastFailed = false

    init(updater: SourceUpdater, sources: [RemoteSource], localPaths: [String], loader: ScheduleLoader,
         interval: TimeInterval, offline: Bool, reports: [RefreshReport]) {
        self.updater = updater
        self.sources = sources
        self.localPaths = localPaths
        self.loader = loader
        self.interval = interval
        self.offline = offline
        var checked: [String: Date] = [:]
        for report in reports { checked[report.source.url] = report.entry?.checkedAt }
        checkedAt = checked
        lastFailed = reports.contains { $0.failure != nil }
    }

    @discardableResult
    func start(force: Bool) -> Bool {
        let now = Date()
        let begin = lock.withLock { () -> Bool in
            guard !offline, !running else { return false }
            if !force {
                let oldest = sources.map { checkedAt[$0.url] ?? .distantPast }.min() ?? now
                let recentlyTried = lastAttempt.map { now.timeIntervalSince($0) < interval } ?? false
                guard now.timeIntervalSince(oldest) >= interval, !recentlyTried else { return false }
            }
            running = true
            lastAttempt = now
            return true
        }
        guard begin else { return false }
        DispatchQueue.global(qos: .utility).async { [self] in
            let result = check(policy: force ? .now : .ifOlderThan(interval))
            lock.withLock {
                outcome = result
                running = false
            }
        }
        return true
    }

    func finished() -> ScheduleRefresh? {
        lock.withLock {
            defer { outcome = nil }
            return outcome
        }
    }

    func ageText(now: Date) -> String? {
        lock.withLock {
            guard let oldest = sources.compactMap({ checkedAt[$0.url] }).min() else { return nil }
            let age = DataAge.text(since: oldest, now: now)
            return offline || lastFailed ? "offline: copy from \(age)" : "updated \(age)"
        }
    }

    /// Runs on the background queue: refreshes every source, and builds the new schedule
    /// when one has a new version.
    private func check(policy: RefreshPolicy) -> ScheduleRefresh {
        let reports = sources.map { updater.refresh($0, policy: policy) }
        lock.withLock {
            for report in reports where report.failure == nil {
                if let date = report.entry?.checkedAt { checkedAt[report.source.url] = date }
            }
            lastFailed = reports.contains { $0.failure != nil }
        }
        var problems = reports.compactMap { $0.failure?.description }
        guard reports.contains(where: { if case .newVersion = $0.outcome { true } else { false } }) else {
            return ScheduleRefresh(schedule: nil, problems: problems)
        }
        var fragments = loader.loadFragments(localPaths).fragments
        for report in reports {
            guard let entry = report.entry, let newest = entry.latest else { continue }
            let remote = RemoteSchedule(source: report.source, entry: entry, cache: updater.cache, context: updater.context)
            do {
                fragments += try remote.schedule(of: newest).schedule.fragments
                // Shown in this session, so the next browser does not mark it again.
                try updater.cache.markBrowsed(report.source.url, version: newest.number)
            } catch {
                problems.append(error.description)
            }
        }
        return ScheduleRefresh(schedule: Schedule.assemble(fragments).schedule, problems: problems)
    }
}
