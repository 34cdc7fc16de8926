import LineupModel

/// A schedule arranged for browsing, built once per load in O(n): for each day its sessions,
/// for each session its talks, and the way back from a talk to its session and day, all as
/// positions in `schedule.days`, `schedule.sessions` and `schedule.talks`.
public struct ScheduleOutline: Sendable {
    public let schedule: Schedule
    /// Session positions of each day, in the day's order.
    public let sessionsOfDay: [[Int]]
    /// Talk positions of each session, in page order.
    public let talksOfSession: [[Int]]
    /// The session position of each talk.
    public let sessionOfTalk: [Int]
    /// The day position of each session.
    public let dayOfSession: [Int]
    /// Talk positions as the panes list them (days, then sessions, then talks): the order
    /// `n`/`N` walk through hits.
    public let browseOrder: [Int]
    /// Index of each talk position in `browseOrder`.
    public let browseRank: [Int]
    /// Columns the Days pane needs for its widest label, with padding.
    public let daysPaneWidth: Int

    public init(_ schedule: Schedule) {
        self.schedule = schedule
        var sessionPosition: [SessionID: Int] = [:]
        for (index, session) in schedule.sessions.enumerated() {
            sessionPosition[session.id] = index
        }
        var talksOfSession = Array(repeating: [Int](), count: schedule.sessions.count)
        var sessionOfTalk = Array(repeating: 0, count: schedule.talks.count)
        for (index, session) in schedule.sessions.enumerated() {
            talksOfSession[index] = session.talkIDs.compactMap { schedule.position(of: $0) }
            for talk in talksOfSession[index] {
                sessionOfTalk[talk] = index
            }
        }
        var dayOfSession = Array(repeating: 0, count: schedule.sessions.count)
        var sessionsOfDay: [[Int]] = []
        for (dayIndex, day) in schedule.days.enumerated() {
            let positions = day.sessionIDs.compactMap { sessionPosition[$0] }
            for position in positions {
                dayOfSession[position] = dayIndex
            }
            sessionsOfDay.append(positions)
        }
        var browseOrder: [Int] = []
        browseOrder.reserveCapacity(schedule.talks.count)
        for sessions in sessionsOfDay {
            for session in sessions {
                browseOrder.append(contentsOf: talksOfSession[session])
            }
        }
        var browseRank = Array(repeating: 0, count: schedule.talks.count)
        for (rank, position) in browseOrder.enumerated() {
            browseRank[position] = rank
        }
        self.sessionsOfDay = sessionsOfDay
        self.talksOfSession = talksOfSession
        self.sessionOfTalk = sessionOfTalk
        self.dayOfSession = dayOfSession
        self.browseOrder = browseOrder
        self.browseRank = browseRank
        self.daysPaneWidth = schedule.days.map { DisplayWidth.of(TerminalString($0.label).value) }.max().map { $0 + 2 } ?? 16
    }

    public var talkCount: Int { schedule.talks.count }

    public func talk(at position: Int) -> Talk { schedule.talks[position] }
    public func session(at position: Int) -> Session { schedule.sessions[position] }
    public func day(at position: Int) -> Day { schedule.days[position] }
}
