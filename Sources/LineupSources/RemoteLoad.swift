import Foundation
import LineupModel

/// What loading sources at URLs gave: each source's shown schedule as fragments (to assemble
/// with local files), what went wrong, and what each refresh did.
public struct RemoteLoad: Sendable {
    public var fragments: [ScheduleFragment] = []
    public var diagnostics: [Diagnostic] = []
    public var reports: [RefreshReport] = []

    public init() {}

    /// The least recent time a source's copy was confirmed current; nil without sources.
    public var oldestCheck: Date? {
        reports.compactMap { $0.entry?.checkedAt }.min()
    }
}

extension SourceUpdater {
    /// Refreshes each source as `policy` says, then reads what the cache keeps for it. A
    /// failed refresh with a copy kept is a warning (the copy is used); without one, an error.
    public func load(_ sources: [RemoteSource], policy: RefreshPolicy, now: Date = Date()) -> RemoteLoad {
        var load = RemoteLoad()
        for source in sources {
            let report = refresh(source, policy: policy, now: now)
            load.reports.append(report)
            if let problem = report.storeError {
                load.diagnostics.append(Diagnostic(.warning, file: problem.path, problem.problem))
            }
            guard let entry = report.entry else {
                let reason = report.failure?.reasonText
                    ?? (policy == .offline ? "no copy is kept (--offline fetches nothing)" : "no copy is kept")
                load.diagnostics.append(Diagnostic(.error, file: source.url,
                                                   report.failure == nil ? reason : reason + "; no copy is kept"))
                continue
            }
            if let failure = report.failure {
                load.diagnostics.append(Diagnostic(.warning, file: source.url,
                    "\(failure.reasonText); showing the copy from \(DataAge.text(since: entry.checkedAt, now: now))"))
            }
            do {
                let shown = try RemoteSchedule(source: source, entry: entry, cache: cache, context: context).shown()
                load.fragments += shown.schedule.fragments
                load.diagnostics += shown.diagnostics
            } catch {
                load.diagnostics.append(Diagnostic(.error, file: error.path, error.problem))
            }
        }
        return load
    }
}
