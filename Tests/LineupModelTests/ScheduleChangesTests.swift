import Foundation
import LineupModel
import Testing

/// Two versions of a small room schedule of our own, built in memory.
enum TwoVersions {
    static let day = LocalDate(year: 2024, month: 12, day: 27)!

    /// An item at `hour` (UTC) for `minutes`, in `room`; with a source id its id comes from it,
    /// else from its start and title as the importers derive ids.
    static func talk(_ title: String, at hour: Double, minutes: Double = 60, room: String = "Saal 1",
                     sourceID: String? = nil, authors: [String] = ["Ada"], abstract: String = "",
                     status: TalkStatus = .scheduled) -> Talk {
        let start = Date(timeIntervalSince1970: 1_735_257_600 + hour * 3600)
        let id = sourceID.map { TalkID.fromSource(namespace: "conf", sourceID: $0) }
            ?? TalkID.derive(["conf", ISOInstant.format(start), TalkID.normalisedTitle(title)])
        return Talk(id: id, title: title, authors: authors, kind: .other("talk"), start: start,
                    end: start.addingTimeInterval(minutes * 60), utcOffset: 3600, day: day,
                    sessionID: SessionID.derive(["room", room]), session: room, room: room,
                    abstract: abstract, source: "conf.xml", sourceID: sourceID, status: status)
    }

    /// The items as one schedule, one room session per room.
    static func schedule(_ talks: [Talk]) -> Schedule {
        var sessions: [SessionID: Session] = [:]
        var order: [SessionID] = []
        for talk in talks {
            if sessions[talk.sessionID] == nil {
                order.append(talk.sessionID)
                sessions[talk.sessionID] = Session(id: talk.sessionID, kind: .room, title: talk.session, room: talk.room,
                                                   source: "conf.xml", conference: "Conf", day: day, start: talk.start)
            }
            sessions[talk.sessionID]?.talkIDs.append(talk.id)
        }
        let fragment = ScheduleFragment(source: Source(fileName: "conf.xml", name: "Conf", format: .frabXML),
                                        sessions: order.compactMap { sessions[$0] }, talks: talks)
        return Schedule.assemble([fragment]).schedule
    }
}

@Suite("Changes between two versions of a schedule")
struct ScheduleChangesTests {
    typealias V = TwoVersions

    func kinds(_ changes: ScheduleChanges) -> [String: ItemChange.Kind] {
        Dictionary(uniqueKeysWithValues: changes.items.map { ($0.title, $0.kind) })
    }

    @Test("Items with source ids: each kind of change, filed under the strongest one, with its fields")
    func everyKindBySourceID() {
        let old = V.schedule([
            V.talk("Same", at: 10, sourceID: "1"),
            V.talk("Moving", at: 11, sourceID: "2"),
            V.talk("Longer", at: 12, sourceID: "3"),
            V.talk("Old name", at: 13, sourceID: "4"),
            V.talk("Speakers", at: 14, sourceID: "5"),
            V.talk("Abstract", at: 15, sourceID: "6", abstract: "one"),
            V.talk("Gone", at: 16, sourceID: "7"),
            V.talk("Marked", at: 17, sourceID: "8"),
            V.talk("Moved and more", at: 18, sourceID: "9"),
        ])
        let new = V.schedule([
            V.talk("Same", at: 10, sourceID: "1"),
            V.talk("Moving", at: 11, room: "Saal 2", sourceID: "2"),
            V.talk("Longer", at: 12, minutes: 90, sourceID: "3"),
            V.talk("New name", at: 13, sourceID: "4"),
            V.talk("Speakers", at: 14, sourceID: "5", authors: ["Ada", "Grace"]),
            V.talk("Abstract", at: 15, sourceID: "6", abstract: "two"),
            V.talk("CANCELLED: Marked", at: 17, sourceID: "8"),
            V.talk("Moved and more", at: 19, sourceID: "9", authors: ["Grace"]),
            V.talk("Brand new", at: 20, sourceID: "10"),
        ])
        let changes = ScheduleChanges.between(old: old, new: new)
        #expect(kinds(changes) == ["Moving": .moved, "Longer": .retimed, "New name": .renamed, "Speakers": .speakers,
                                   "Abstract": .other, "Gone": .removed, "CANCELLED: Marked": .removed,
                                   "Moved and more": .moved, "Brand new": .added])
        #expect(changes.change(of: TalkID.fromSource(namespace: "conf", sourceID: "2"))?.fields == [.room])
        #expect(changes.items.first { $0.title == "Moved and more" }?.fields == [.start, .speakers])
        #expect(changes.items.first { $0.title == "CANCELLED: Marked" }?.fields == [.status, .title])
        #expect(changes.items.first { $0.title == "Longer" }?.fields == [.duration])
        let gone = changes.items.first { $0.title == "Gone" }
        #expect(gone?.after == nil && gone?.before?.sourceID == "7")
        let added = changes.items.first { $0.title == "Brand new" }
        #expect(added?.before == nil && added?.after?.sourceID == "10" && added?.fields == [])
        // The newer version's items in its order, then what it dropped.
        #expect(changes.items.last?.title == "Gone")
        #expect(changes.renamedIDs.isEmpty)
    }

    @Test("No change gives an empty list; a version against itself is empty")
    func unchanged() {
        let schedule = V.schedule([V.talk("A", at: 10), V.talk("B", at: 11, sourceID: "2")])
        #expect(ScheduleChanges.between(old: schedule, new: schedule).isEmpty)
        #expect(ScheduleChanges.between(old: .empty, new: .empty).isEmpty)
        #expect(ScheduleChanges.between(old: .empty, new: schedule).items.map(\.kind) == [.added, .added])
    }

    @Test("Without source ids: a moved slot is matched by its title, a renamed slot by its time and room")
    func withoutSourceIDs() {
        let old = V.schedule([V.talk("Keeps its title", at: 10), V.talk("Old title", at: 12), V.talk("Twin", at: 14),
                              V.talk("Twin", at: 15)])
        let new = V.schedule([V.talk("Keeps its title", at: 11, room: "Saal 2"), V.talk("New title", at: 12),
                              V.talk("Twin", at: 16), V.talk("Twin", at: 17)])
        let changes = ScheduleChanges.between(old: old, new: new)
        let moved = changes.items.first { $0.title == "Keeps its title" }
        #expect(moved?.kind == .moved && moved?.fields == [.start, .room])
        #expect(moved?.previousID == old.talks[0].id && moved?.id == new.talks.first { $0.title == "Keeps its title" }?.id)
        #expect(moved?.previousID != moved?.id)
        #expect(changes.items.first { $0.title == "New title" }?.kind == .renamed)
        // A title two items share matches neither: both go, both come.
        #expect(changes.items.filter { $0.title == "Twin" }.map(\.kind).sorted { $0.rawValue < $1.rawValue }
            == [.added, .added, .removed, .removed])
        #expect(changes.renamedIDs.count == 2)
    }

    @Test("A cancellation marker counts only as a first or last word")
    func cancellationMarkers() {
        #expect(CancellationMarker.isMarked("CANCELLED: Talk"))
        #expect(CancellationMarker.isMarked("[cancelled] Talk"))
        #expect(CancellationMarker.isMarked("Vortrag (ABGESAGT)"))
        #expect(CancellationMarker.isMarked("Canceled - Talk"))
        #expect(!CancellationMarker.isMarked("Why flights get cancelled early"))
        #expect(!CancellationMarker.isMarked(""))
    }

    @Test("A cancelled item that comes back is added again; one already cancelled and gone is no change")
    func reinstatedAndAlreadyGone() {
        let old = V.schedule([V.talk("Back", at: 10, sourceID: "1", status: .cancelled),
                              V.talk("Long gone", at: 11, sourceID: "2", status: .cancelled)])
        let new = V.schedule([V.talk("Back", at: 10, sourceID: "1")])
        let changes = ScheduleChanges.between(old: old, new: new)
        #expect(changes.items.map(\.kind) == [.added])
        #expect(changes.items.first?.fields == [.status])
    }

    @Test("Bookmarked items first, by their id now or before")
    func bookmarkedFirst() {
        let old = V.schedule([V.talk("A", at: 10), V.talk("B", at: 11), V.talk("C", at: 12)])
        let new = V.schedule([V.talk("A", at: 13), V.talk("B", at: 14), V.talk("C", at: 15)])
        let changes = ScheduleChanges.between(old: old, new: new)
        let bookmarks: Set<TalkID> = [old.talks[2].id]  // C's id before it moved
        #expect(changes.bookmarkedFirst { bookmarks.contains($0) }.map(\.title) == ["C", "A", "B"])
    }
}

@Suite("An update keeps what the newer version dropped, as cancelled")
struct ScheduleUpdateTests {
    typealias V = TwoVersions

    @Test("A removed item stays in its room, in time order, cancelled; a marked title is cancelled")
    func removedItemsAreKept() throws {
        let old = V.schedule([V.talk("First", at: 10, sourceID: "1"), V.talk("Dropped", at: 11, sourceID: "2"),
                              V.talk("Last", at: 12, sourceID: "3"), V.talk("Lonely", at: 10, room: "Saal 6", sourceID: "4")])
        let new = V.schedule([V.talk("First", at: 10, sourceID: "1"), V.talk("Last", at: 12, sourceID: "3"),
                              V.talk("Abgesagt: Late", at: 13, sourceID: "5")])
        let update = ScheduleUpdate(from: old, to: new)
        let schedule = update.schedule
        #expect(schedule.talks.map(\.title) == ["First", "Dropped", "Last", "Abgesagt: Late", "Lonely"])
        #expect(schedule.talks.map(\.status) == [.scheduled, .cancelled, .scheduled, .cancelled, .cancelled])
        #expect(schedule.talk(old.talks[1].id)?.status == .cancelled)
        let saal1 = try #require(schedule.sessions.first { $0.title == "Saal 1" })
        #expect(schedule.talks(in: saal1).map(\.title) == ["First", "Dropped", "Last", "Abgesagt: Late"])
        #expect(schedule.sessions.map(\.title) == ["Saal 1", "Saal 6"])
        #expect(update.changes.items.map(\.kind) == [.added, .removed, .removed])

        // The next update from the merged schedule reports nothing new for what is already gone,
        // and still keeps it.
        let again = ScheduleUpdate(from: schedule, to: new)
        #expect(again.changes.isEmpty)
        #expect(again.schedule.talks.count == 5)
        #expect(again.schedule.talks.filter { $0.status == .cancelled }.count == 3)
    }

    @Test("Nothing dropped: the newer version as it is")
    func nothingDropped() {
        let old = V.schedule([V.talk("A", at: 10)])
        let new = V.schedule([V.talk("A", at: 10), V.talk("B", at: 11)])
        let update = ScheduleUpdate(from: old, to: new)
        #expect(update.schedule.talks.map(\.id) == new.talks.map(\.id))
        #expect(ScheduleUpdate(from: .empty, to: new).schedule.talks.count == 2)
        #expect(ScheduleUpdate(from: old, to: .empty).schedule.talks.map(\.status) == [.cancelled])
    }
}
