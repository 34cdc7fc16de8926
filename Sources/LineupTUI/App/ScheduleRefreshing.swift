import Foundation
import LineupModel

/// Fetches new versions of the schedule off the drawing thread (sources at URLs). The
/// browser loop starts a check after its first frame, on `U`, and whenever it is idle (the
/// refresher itself decides whether a copy is old enough to check); it collects the outcome
/// with `finished()` between frames, so drawing never waits on the network.
public protocol ScheduleRefreshing: AnyObject, Sendable {
    /// Starts a check in the background unless one is running. `force`: even when the copies
    /// are recent (`U`). Returns false when nothing was started (running, offline, recent).
    @discardableResult
    func start(force: Bool) -> Bool
    /// The outcome of a check that ended since the last call; nil otherwise.
    func finished() -> ScheduleRefresh?
    /// The data's age for the status bar: "updated 12 min ago", "offline: copy from 3 h ago".
    func ageText(now: Date) -> String?
}

/// What a background check found.
public struct ScheduleRefresh: Sendable {
    /// The whole schedule as the sources give it now, when one of them has a new version.
    public var schedule: Schedule?
    /// What went wrong, one line per source, naming its URL.
    public var problems: [String]

    public init(schedule: Schedule?, problems: [String]) {
        self.schedule = schedule
        self.problems = problems
    }
}
