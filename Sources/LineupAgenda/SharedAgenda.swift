import Foundation
import LineupModel

/// Your agenda with friends' picks beside it, to plan where to meet: each talk once, in time
/// order by day; a talk you and a friend both picked is "together"; a friend's pick that
/// overlaps one of your talks (and that friend did not pick yours too) is a `FriendClash`.
/// Friends' picks among themselves never clash here: that is their agenda, not yours.
///
/// A value computed from your `Agenda`, the chosen friends' picks and the schedule;
/// O(n log n + n·k) in talks (k the most running at once).
public struct SharedAgenda: Hashable, Sendable {
    /// Your agenda alone: your clashes, missing bookmarks and reading list.
    public var own: Agenda
    /// The names of the friends whose picks are shown, in the order given.
    public var friends: [String]
    /// Days in date order, yours and the friends' picks merged.
    public var days: [SharedDay]
    /// Untimed items (listed papers), yours and theirs, in schedule order.
    public var readingList: [SharedEntry]
    /// Every clash between one of your talks and a friend's pick, by the overlap's first
    /// talk's start, then the friends' order.
    public var friendClashes: [FriendClash]
    /// Friends' picks whose items are not in the loaded data, friend by friend, in each one's order.
    public var missingPicks: [MissingPick]

    /// Your agenda alone, no friend shown.
    public init(alone own: Agenda) {
        self.own = own
        self.friends = []
        self.days = own.days.map { day in
            SharedDay(date: day.date, entries: day.entries.map { SharedEntry(talk: $0.talk, own: $0, friends: []) }, own: day)
        }
        self.readingList = own.readingList.map { SharedEntry(talk: $0.talk, own: $0, friends: []) }
        self.friendClashes = []
        self.missingPicks = []
    }

    public init(schedule: Schedule, bookmarks: BookmarkSet, friends: [FriendPicks]) {
        self.init(own: Agenda(schedule: schedule, bookmarks: bookmarks), friends: friends, schedule: schedule)
    }

    /// - Parameters:
    ///   - own: your agenda over `schedule`.
    ///   - friends: whose picks to show; a name given twice (any case) counts once.
    public init(own: Agenda, friends: [FriendPicks], schedule: Schedule) {
        var seen: Set<String> = []
        let friends = friends.filter { seen.insert($0.key).inserted }
        var yours: [TalkID: AgendaEntry] = [:]
        for entry in own.allEntries { yours[entry.id] = entry }
        var pickers: [TalkID: [String]] = [:]
        var theirPositions: [Int] = []
        var missing: [MissingPick] = []
        for friend in friends {
            for pick in friend.picks {
                guard let position = schedule.position(of: pick.id) else {
                    missing.append(MissingPick(friend: friend.name, pick: pick))
                    continue
                }
                if pickers[pick.id] == nil, yours[pick.id] == nil { theirPositions.append(position) }
                pickers[pick.id, default: []].append(friend.name)
            }
        }
        let theirs = theirPositions.sorted().map { schedule.talks[$0] }
        let clashes = Self.clashes(yours: own.timedEntries.map(\.talk), theirs: theirs, pickers: pickers)
        var clashesByTalk: [TalkID: [FriendClash]] = [:]
        for clash in clashes {
            clashesByTalk[clash.yours, default: []].append(clash)
            clashesByTalk[clash.theirs, default: []].append(clash)
        }
        func entry(_ talk: Talk, _ own: AgendaEntry?) -> SharedEntry {
            SharedEntry(talk: talk, own: own, friends: pickers[talk.id] ?? [], friendClashes: clashesByTalk[talk.id] ?? [])
        }

        var theirsByDay: [LocalDate: [Talk]] = [:]
        for talk in theirs where talk.isTimed { theirsByDay[Agenda.day(of: talk), default: []].append(talk) }
        let ownDays = Dictionary(own.days.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        self.days = Set(ownDays.keys).union(theirsByDay.keys).sorted().map { date in
            let ownDay = ownDays[date] ?? AgendaDay(date: date, entries: [])
            let merged = ownDay.entries.map { entry($0.talk, $0) } + (theirsByDay[date] ?? []).map { entry($0, nil) }
            // Yours come first in `merged`, in agenda order: the index keeps that order on ties.
            let ordered = merged.enumerated()
                .sorted { Agenda.timeOrder($0.element.talk, $0.offset, $1.element.talk, $1.offset) }
                .map(\.element)
            return SharedDay(date: date, entries: ordered, own: ownDay)
        }
        let reading = own.readingList.map { entry($0.talk, $0) } + theirs.filter { !$0.isTimed }.map { entry($0, nil) }
        self.readingList = reading.enumerated()
            .sorted { (schedule.position(of: $0.element.id) ?? $0.offset, $0.offset) < (schedule.position(of: $1.element.id) ?? $1.offset, $1.offset) }
            .map(\.element)
        self.own = own
        self.friends = friends.map(\.name)
        self.friendClashes = clashes
        self.missingPicks = missing
    }

    /// The clashes between your timed talks and the friends' picks you did not make. A
    /// cancelled talk takes no time, as in your own agenda.
    private static func clashes(yours: [Talk], theirs: [Talk], pickers: [TalkID: [String]]) -> [FriendClash] {
        let yourTalks = yours.filter { $0.status != .cancelled }
        let mine = Set(yourTalks.map(\.id))
        var found: [FriendClash] = []
        for pair in Clash.detect(in: yourTalks + theirs.filter { $0.isTimed && $0.status != .cancelled }) {
            let firstIsMine = mine.contains(pair.first)
            guard firstIsMine != mine.contains(pair.second) else { continue }
            let (yours, theirs) = firstIsMine ? (pair.first, pair.second) : (pair.second, pair.first)
            let together = Set(pickers[yours] ?? [])
            for friend in pickers[theirs] ?? [] where !together.contains(friend) {
                found.append(FriendClash(friend: friend, yours: yours, theirs: theirs, overlap: pair))
            }
        }
        return found
    }

    /// Timed entries in time order across all days.
    public var timedEntries: [SharedEntry] { days.flatMap(\.entries) }

    /// Timed entries then the reading list: the order the exports list items in.
    public var allEntries: [SharedEntry] { timedEntries + readingList }

    /// The talks you and a friend both picked.
    public var together: [SharedEntry] { allEntries.filter { !$0.together.isEmpty } }

    /// Friends' picks you did not make (each talk once).
    public var theirsOnly: [SharedEntry] { allEntries.filter { !$0.isYours } }

    public var isEmpty: Bool { own.isEmpty && theirsOnly.isEmpty && missingPicks.isEmpty }
}
