import LineupModel

/// One talk of the agenda with friends' picks: yours, a friend's, or both (then once).
public struct SharedEntry: Hashable, Sendable, Identifiable {
    public var talk: Talk
    /// Your bookmark's entry (your note, your own clashes); nil for a talk only friends picked.
    public var own: AgendaEntry?
    /// The shown friends who picked this talk, in the order the friends were given. On your
    /// talk these are the friends you are with there.
    public var friends: [String]
    /// The clashes between you and a friend this talk is in: on your talk, friends' picks it
    /// overlaps; on a friend's pick, your talks it overlaps. By the overlap's start.
    public var friendClashes: [FriendClash]

    public init(talk: Talk, own: AgendaEntry?, friends: [String], friendClashes: [FriendClash] = []) {
        self.talk = talk
        self.own = own
        self.friends = friends
        self.friendClashes = friendClashes
    }

    public var id: TalkID { talk.id }
    public var isYours: Bool { own != nil }
    /// The friends you meet at this talk: those who picked it too, when it is yours.
    public var together: [String] { isYours ? friends : [] }
    public var note: String? { own?.note }
}

/// One day of the agenda with friends' picks.
public struct SharedDay: Hashable, Sendable, Identifiable {
    /// A line of the day: free time of yours, or a talk.
    public enum Item: Hashable, Sendable {
        case free(AgendaDay.Gap)
        case entry(SharedEntry)
    }

    public var date: LocalDate
    /// Your entries and the friends' picks of the day in time order (by start, then end; on
    /// a tie yours first, then schedule order).
    public var entries: [SharedEntry]
    /// Your day as the agenda alone has it (its gaps are your free time); no entries on a day
    /// only friends have picks on.
    public var own: AgendaDay

    public init(date: LocalDate, entries: [SharedEntry], own: AgendaDay) {
        self.date = date
        self.entries = entries
        self.own = own
    }

    public var id: LocalDate { date }
    public var utcOffset: Int? { entries.first?.talk.utcOffset }
    public var timeZoneID: String? { entries.first?.talk.timeZoneID }

    /// The entries with your free time among them. A gap comes before your entry it ends at,
    /// or before a friend's pick that starts in it (at or after the gap's start), whichever
    /// is first: a pick in your free time follows the "free" line, one that started before it
    /// precedes it.
    public var timeline: [Item] {
        var items: [Item] = []
        var gaps = own.gaps[...]
        var ownIndex = 0
        for entry in entries {
            while let gap = gaps.first,
                  entry.isYours ? gap.beforeEntry <= ownIndex : entry.talk.start.map({ $0 >= gap.start }) ?? false {
                items.append(.free(gap))
                gaps = gaps.dropFirst()
            }
            if entry.isYours { ownIndex += 1 }
            items.append(.entry(entry))
        }
        items += gaps.map(Item.free)
        return items
    }
}
