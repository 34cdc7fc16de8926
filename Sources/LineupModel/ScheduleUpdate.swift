/// A newer version of a schedule applied to the one shown: the schedule to show now (the newer
/// version, with the items it dropped kept as cancelled) and the changes from the old one.
public struct ScheduleUpdate: Sendable {
    public var schedule: Schedule
    public var changes: ScheduleChanges

    public init(schedule: Schedule, changes: ScheduleChanges) {
        self.schedule = schedule
        self.changes = changes
    }

    /// `old` is what was shown (itself possibly an earlier update's result), `new` the
    /// version just loaded.
    public init(from old: Schedule, to new: Schedule) {
        self.init(schedule: new.keepingRemoved(from: old), changes: .between(old: old, new: new))
    }
}
