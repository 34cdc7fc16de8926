import LineupModel

/// A schedule arranged for browsing, built once per load (and per `v`) in O(n log n): for each
/// day the entries of its Sessions pane, for each entry its talks, and the way back from a
/// talk to its entry and day.
///
/// "Session" in the names below means an entry of the Sessions pane (`SessionGroup`): a
/// session of the schedule, or with `grouping` `.tracks`, for a day made only of rooms (frab,
/// iCalendar, Sessionize), the day's items of one track. Days are positions in
/// `schedule.days`, talks positions in `schedule.talks`, sessions positions in `groups`.
public struct ScheduleOutline: Sendable {
    /// How days made only of rooms are shown: by room (the schedule's sessions) or by track.
    public enum Grouping: Sendable {
        case rooms, tracks

        public var other: Grouping { self == .rooms ? .tracks : .rooms }
    }

    public let schedule: Schedule
    public let grouping: Grouping
    /// The entries of the Sessions pane, day after day.
    public let groups: [SessionGroup]
    /// Session positions of each day, in the day's order.
    public let sessionsOfDay: [[Int]]
    /// Talk positions of each session: page order, or time order in a track group.
    public let talksOfSession: [[Int]]
    /// The session position of each talk.
    public let sessionOfTalk: [Int]
    /// The day position of each session.
    public let dayOfSession: [Int]
    /// Each talk's `day`, apart from the talks: loops over every hit read this (16 bytes a
    /// talk) instead of each 448-byte talk.
    public let dayOfTalk: [LocalDate?]
    /// Talk positions as the panes list them (days, then sessions, then talks): the order
    /// `n`/`N` walk through hits.
    public let browseOrder: [Int]
    /// Index of each talk position in `browseOrder`.
    public let browseRank: [Int]
    /// Columns the Days pane needs for its widest label, with padding.
    public let daysPaneWidth: Int
    /// True when some day is made only of rooms, so `v` can show it by track.
    public let hasRoomDays: Bool
    /// True when some talk has a track (the Talks pane then keeps a column for its tag).
    public let hasTracks: Bool
    /// The colour slot of each track, 0..<`trackColorCount`, in order of first appearance.
    public let trackColors: [String: Int]

    /// The number of colours tracks cycle through.
    public static let trackColorCount = 6

    public init(_ schedule: Schedule, grouping: Grouping = .rooms) {
        self.schedule = schedule
        self.grouping = grouping
        var sessionPosition: [SessionID: Int] = [:]
        for (index, session) in schedule.sessions.enumerated() {
            sessionPosition[session.id] = index
        }
        var talksOfScheduleSession = Array(repeating: [Int](), count: schedule.sessions.count)
        for (index, session) in schedule.sessions.enumerated() {
            talksOfScheduleSession[index] = session.talkIDs.compactMap { schedule.position(of: $0) }
        }
        var groups: [SessionGroup] = []
        var talksOfSession: [[Int]] = []
        var sessionsOfDay: [[Int]] = []
        var hasRoomDays = false
        for day in schedule.days {
            let sessions = day.sessionIDs.compactMap { sessionPosition[$0] }
            let isRoomDay = !sessions.isEmpty && sessions.allSatisfy { schedule.sessions[$0].kind == .room }
            hasRoomDays = hasRoomDays || isRoomDay
            var entries: [Int] = []
            if isRoomDay && grouping == .tracks {
                for (track, talks) in Self.tracks(of: sessions.flatMap { talksOfScheduleSession[$0] }, in: schedule) {
                    entries.append(groups.count)
                    groups.append(SessionGroup(track: track, talks: talks.map { schedule.talks[$0] }))
                    talksOfSession.append(talks)
                }
            } else {
                for session in sessions {
                    entries.append(groups.count)
                    let talks = talksOfScheduleSession[session]
                    let track = isRoomDay ? SessionGroup.shared(talks.map { schedule.talks[$0].track }) : nil
                    groups.append(SessionGroup(session: schedule.sessions[session], track: track))
                    talksOfSession.append(talks)
                }
            }
            sessionsOfDay.append(entries)
        }
        var sessionOfTalk = Array(repeating: 0, count: schedule.talks.count)
        for (index, talks) in talksOfSession.enumerated() {
            for talk in talks { sessionOfTalk[talk] = index }
        }
        var trackColors: [String: Int] = [:]
        for talk in schedule.talks {
            if let track = talk.track, !track.isEmpty, trackColors[track] == nil {
                trackColors[track] = trackColors.count % Self.trackColorCount
            }
        }
        self.groups = groups
        self.hasRoomDays = hasRoomDays
        self.hasTracks = !trackColors.isEmpty
        self.trackColors = trackColors
        var dayOfSession = Array(repeating: 0, count: groups.count)
        for (dayIndex, entries) in sessionsOfDay.enumerated() {
            for entry in entries { dayOfSession[entry] = dayIndex }
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
        self.dayOfTalk = schedule.talks.map(\.day)
        self.browseOrder = browseOrder
        self.browseRank = browseRank
        self.daysPaneWidth = schedule.days.map { DisplayWidth.of(TerminalString($0.label).value) }.max().map { $0 + 2 } ?? 16
    }

    public var talkCount: Int { schedule.talks.count }

    public func talk(at position: Int) -> Talk { schedule.talks[position] }
    /// The entry of the Sessions pane at `position` of `groups`.
    public func session(at position: Int) -> SessionGroup { groups[position] }
    public func day(at position: Int) -> Day { schedule.days[position] }
}

extension ScheduleOutline {
    /// A day's talks by track: tracks in order of first appearance (rooms in source order),
    /// talks without a track last; inside each, time order (source order among equals).
    static func tracks(of talks: [Int], in schedule: Schedule) -> [(track: String?, talks: [Int])] {
        var order: [String?] = []
        var members: [String?: [Int]] = [:]
        for position in talks {
            let track = schedule.talks[position].track.flatMap { $0.isEmpty ? nil : $0 }
            if members[track] == nil { order.append(track) }
            members[track, default: []].append(position)
        }
        if let untracked = order.firstIndex(where: { $0 == nil }) { order.append(order.remove(at: untracked)) }
        return order.map { track in
            let sorted = (members[track] ?? []).enumerated().sorted { lhs, rhs in
                let a = schedule.talks[lhs.element].localStart, b = schedule.talks[rhs.element].localStart
                if a != b, let a, let b { return a < b }
                if (a == nil) != (b == nil) { return a != nil }
                return lhs.offset < rhs.offset
            }
            return (track, sorted.map(\.element))
        }
    }
}
