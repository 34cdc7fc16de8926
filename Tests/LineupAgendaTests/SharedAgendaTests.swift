import Foundation
import LineupAgenda
import LineupModel
import Testing

/// Your agenda with friends' picks beside it: merged in time order, together and clashes.
@Suite("Agenda with friends' picks")
struct SharedAgendaTests {
    // Tue 19 July 2022, PDT: A 11:00–11:20, B 11:10–11:30, C 11:20–11:40 (touches A),
    // D 11:40–12:00 (in your free time), E 12:00–12:20; F on Wed 20 July.
    let a = talk("t-a", title: "Monarch", startUTC: "2022-07-19T18:00:00Z")
    let b = talk("t-b", title: "Overlapping", startUTC: "2022-07-19T18:10:00Z")
    let c = talk("t-c", title: "Touching", startUTC: "2022-07-19T18:20:00Z")
    let d = talk("t-d", title: "In the gap", startUTC: "2022-07-19T18:40:00Z")
    let e = talk("t-e", title: "Later", startUTC: "2022-07-19T19:00:00Z")
    let f = talk("t-f", title: "Next day", startUTC: "2022-07-20T18:00:00Z")
    let now = instant("2024-05-01T09:30:00Z")

    var schedule: Schedule { makeSchedule([a, b, c, d, e, f, paper("t-p1"), paper("t-p2")]) }

    func mine(_ talks: [Talk]) -> BookmarkSet {
        BookmarkSet(bookmarks: talks.map { Bookmark(talk: $0, added: now) })
    }

    func friend(_ name: String, _ talks: [Talk], missing: [Bookmark] = []) -> FriendPicks {
        FriendPicks(name: name, picks: talks.map { Bookmark(talk: $0, added: now) } + missing, source: "\(name).json", imported: now)
    }

    @Test("A friend's pick overlapping your talk is a clash with that friend; picks are merged in time order")
    func overlap() throws {
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([a, e]), friends: [friend("Ana", [b])])
        #expect(shared.friends == ["Ana"])
        #expect(shared.days.map(\.date.iso) == ["2022-07-19"])
        let entries = try #require(shared.days.first).entries
        #expect(entries.map(\.id) == ["t-a", "t-b", "t-e"])
        #expect(entries.map(\.isYours) == [true, false, true])
        #expect(entries[1].friends == ["Ana"])
        let clash = try #require(shared.friendClashes.first)
        #expect(shared.friendClashes.count == 1)
        #expect(clash.friend == "Ana" && clash.yours == "t-a" && clash.theirs == "t-b")
        #expect(clash.overlap.start == instant("2022-07-19T18:10:00Z") && clash.overlap.end == instant("2022-07-19T18:20:00Z"))
        #expect(entries[0].friendClashes == [clash] && entries[1].friendClashes == [clash])
        #expect(entries[2].friendClashes.isEmpty)
        #expect(shared.own.clashes.isEmpty, "your own agenda is unchanged")
    }

    @Test("A pick that starts when your talk ends does not clash")
    func touching() {
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([a]), friends: [friend("Ana", [c])])
        #expect(shared.friendClashes.isEmpty)
        #expect(shared.timedEntries.map(\.id) == ["t-a", "t-c"])
    }

    @Test("A talk you both picked shows once, together, and is no clash")
    func together() throws {
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([a]), friends: [friend("Ana", [a, b]), friend("Wei", [b])])
        #expect(shared.timedEntries.map(\.id) == ["t-a", "t-b"])
        let monarch = try #require(shared.timedEntries.first)
        #expect(monarch.isYours && monarch.together == ["Ana"])
        #expect(shared.together.map(\.id) == ["t-a"])
        // Ana picked B as well as your A: you meet at A, so only Wei's B is a clash.
        #expect(shared.friendClashes.map(\.friend) == ["Wei"])
        #expect(shared.timedEntries[1].friends == ["Ana", "Wei"], "a talk two friends picked is one entry")
        #expect(shared.theirsOnly.map(\.id) == ["t-b"])
    }

    @Test("Floating times clash with floating ones by the wall clock, never with instants")
    func floatingAndInstants() throws {
        let mineFloating = FloatingAgendaTests.floating("f1", "2024-02-03T10:30", "2024-02-03T11:30")
        let theirFloating = FloatingAgendaTests.floating("f2", "2024-02-03T11:00", "2024-02-03T11:20")
        let theirInstant = FloatingAgendaTests.zoned("z1", "2024-02-03T10:40:00Z", "2024-02-03T11:10:00Z")
        let schedule = makeSchedule([mineFloating, theirFloating, theirInstant])
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([mineFloating]),
                                  friends: [friend("Ana", [theirInstant, theirFloating])])
        let clash = try #require(shared.friendClashes.first)
        #expect(shared.friendClashes.count == 1)
        #expect(clash.theirs == "f2" && clash.overlap.isFloating)
        #expect(clash.overlap.localStart?.iso == "2024-02-03T11:00")
    }

    @Test("Picks not in the loaded data are listed apart; a day only a friend has picks on is a day")
    func missingAndFriendsOnlyDays() throws {
        let gone = Bookmark(id: "t-gone", title: "Dropped talk", start: instant("2022-07-19T20:00:00Z"), added: now, note: nil)
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([a]), friends: [friend("Ana", [f], missing: [gone])])
        #expect(shared.missingPicks == [MissingPick(friend: "Ana", pick: gone)])
        #expect(!shared.allEntries.contains { $0.id == "t-gone" })
        #expect(shared.days.map(\.date.iso) == ["2022-07-19", "2022-07-20"])
        let friendsDay = try #require(shared.days.last)
        #expect(friendsDay.own.entries.isEmpty && friendsDay.entries.map(\.id) == ["t-f"])
        #expect(friendsDay.utcOffset == -25_200)
    }

    @Test("A cancelled pick takes no time: it clashes with nothing")
    func cancelled() {
        var dropped = b
        dropped.status = .cancelled
        let shared = SharedAgenda(schedule: makeSchedule([a, dropped]), bookmarks: mine([a]), friends: [friend("Ana", [dropped])])
        #expect(shared.friendClashes.isEmpty)
        #expect(shared.timedEntries.map(\.id) == ["t-a", "t-b"])
    }

    @Test("The timeline puts your free time before the picks that fall in it")
    func timeline() throws {
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([a, e]), friends: [friend("Ana", [d, b])])
        let day = try #require(shared.days.first)
        let items = day.timeline.map { item -> String in
            switch item {
            case .free(let gap): return "free \(ISOInstant.format(gap.start))"
            case .entry(let entry): return entry.id.rawValue
            }
        }
        #expect(items == ["t-a", "t-b", "free 2022-07-19T18:20:00Z", "t-d", "t-e"])
    }

    @Test("Untimed picks join the reading list in schedule order")
    func readingList() {
        let shared = SharedAgenda(schedule: schedule, bookmarks: mine([paper("t-p2")]), friends: [friend("Ana", [paper("t-p1"), paper("t-p2")])])
        #expect(shared.readingList.map(\.id) == ["t-p1", "t-p2"])
        #expect(shared.readingList.map(\.isYours) == [false, true])
        #expect(shared.readingList[1].together == ["Ana"])
    }

    @Test("Without friends it is your agenda, entry for entry")
    func alone() {
        let own = Agenda(schedule: schedule, bookmarks: mine([a, b, paper("t-p1")]))
        let shared = SharedAgenda(alone: own)
        #expect(shared == SharedAgenda(own: own, friends: [], schedule: schedule))
        #expect(shared.allEntries.map(\.own) == own.allEntries.map(Optional.some))
    }

    @Test("Friends are chosen by name in any case, or all; an unknown name lists the known ones")
    func choosing() throws {
        let picks = PicksSet(friends: [friend("Ana", [b]), friend("Wei", [c])])
        #expect(try picks.choose(["wei"]).map(\.name) == ["Wei"])
        #expect(try picks.choose(["all"]).map(\.name) == ["Ana", "Wei"])
        #expect(try picks.choose(["Wei", "ALL", "ana"]).map(\.name) == ["Wei", "Ana"])
        #expect(throws: UnknownFriend(name: "Bo", known: ["Ana", "Wei"])) { try picks.choose(["Bo"]) }
        #expect(UnknownFriend(name: "Bo", known: ["Ana", "Wei"]).description == "no friend named \"Bo\" (known: Ana, Wei; or all)")
        let twice = SharedAgenda(schedule: schedule, bookmarks: mine([a]), friends: [friend("Ana", [b]), friend("ANA", [c])])
        #expect(twice.friends == ["Ana"] && twice.theirsOnly.map(\.id) == ["t-b"])
    }
}
