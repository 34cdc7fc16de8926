/// What one parser makes of one file: its source, sessions and items, in page order.
public struct ScheduleFragment: Sendable {
    public var source: Source
    public var sessions: [Session]
    public var talks: [Talk]

    public init(source: Source, sessions: [Session] = [], talks: [Talk] = []) {
        self.source = source
        self.sessions = sessions
        self.talks = talks
    }
}
