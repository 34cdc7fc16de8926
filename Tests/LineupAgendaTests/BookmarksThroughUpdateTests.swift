import Foundation
import LineupAgenda
import LineupImport
import LineupModel
import XCTest

/// Bookmarks made on one version of a schedule, read on the next: a moved talk shows its new
/// time and room under the same calendar UID; a removed one stays, cancelled.
final class BookmarksThroughUpdateTests: XCTestCase {
    let now = instant("2024-05-01T09:30:00Z")

    /// A frab schedule of our own: "Moving" at `movingTime` in `movingRoom`, and "Dropped"
    /// unless `dropped` is false.
    static func frab(movingTime: String, movingRoom: String, dropped: Bool) -> String {
        let droppedEvent = dropped ? """
            <event guid='2b0a1e0c-0000-4000-8000-000000000002' id='2'><date>2024-12-28T12:00:00+01:00</date>
            <start>12:00</start><duration>00:30</duration><room>Saal 6</room><title>Dropped</title>
            <type>lecture</type><persons><person id='2'>Bo</person></persons></event>
            """ : ""
        return """
            <?xml version='1.0' encoding='utf-8' ?>
            <schedule><version>1</version><conference><acronym>owncon</acronym><title>Own Con</title>
            <start>2024-12-28</start><end>2024-12-28</end><days>1</days></conference>
            <day index='1' date='2024-12-28' start='2024-12-28T10:00:00+01:00' end='2024-12-28T20:00:00+01:00'>
            <room name='Saal 2'></room><room name='Saal 6'>
            <event guid='2b0a1e0c-0000-4000-8000-000000000001' id='1'><date>2024-12-28T\(movingTime):00+01:00</date>
            <start>\(movingTime)</start><duration>01:00</duration><room>\(movingRoom)</room><title>Moving</title>
            <type>lecture</type><persons><person id='1'>Ada</person></persons></event>
            \(droppedEvent)
            </room></day></schedule>
            """
    }

    func load(_ text: String) throws -> Schedule {
        let file = ScheduleImporter.importText(text, path: "owncon.xml", context: ImportContext(fileName: "owncon.xml"))
        XCTAssertTrue(file.diagnostics.isEmpty, "\(file.diagnostics)")
        let schedule = Schedule.assemble(file.fragments).schedule
        XCTAssertFalse(schedule.talks.isEmpty)
        return schedule
    }

    func store() throws -> BookmarkStore {
        BookmarkStore(path: try temporaryDirectory(for: self) + "/bookmarks.json", now: { [now] in now })
    }

    /// The VEVENT whose SUMMARY is `title`, as its unfolded lines.
    func event(_ title: String, in calendar: String) throws -> [String] {
        let events = calendar.components(separatedBy: "BEGIN:VEVENT").dropFirst()
            .map { $0.components(separatedBy: "\r\n").filter { !$0.isEmpty } }
        return try XCTUnwrap(events.first { $0.contains("SUMMARY:\(title)") }, "no event \(title) in\n\(calendar)")
    }

    func testOwnFixture_aMovedBookmarkKeepsItsUIDAndARemovedOneIsCancelled() throws {
        let old = try load(Self.frab(movingTime: "14:00", movingRoom: "Saal 6", dropped: true))
        let new = try load(Self.frab(movingTime: "16:00", movingRoom: "Saal 2", dropped: false))
        let store = try store()
        try store.add(old.talks)
        let before = ICalendarExport.render(Agenda(schedule: old, bookmarks: try store.load()), now: now)

        let update = ScheduleUpdate(from: old, to: new)
        XCTAssertEqual(update.changes.items.map(\.kind), [.moved, .removed])
        let set = try store.follow(renamedIDs: update.changes.renamedIDs)
        XCTAssertEqual(set.count, 2, "no bookmark is lost")
        let agenda = Agenda(schedule: update.schedule, bookmarks: set)
        XCTAssertTrue(agenda.missing.isEmpty)
        let entries = agenda.timedEntries.map(\.talk)
        XCTAssertEqual(entries.map(\.title), ["Dropped", "Moving"])
        XCTAssertEqual(entries.map(\.status), [.cancelled, .scheduled])
        XCTAssertEqual(entries[1].room, "Saal 2")
        XCTAssertEqual(entries[1].localStart?.clock, "16:00")

        let after = ICalendarExport.render(agenda, now: now)
        let movingBefore = try event("Moving", in: before), movingAfter = try event("Moving", in: after)
        XCTAssertEqual(movingBefore.first { $0.hasPrefix("UID:") }, "UID:2b0a1e0c-0000-4000-8000-000000000001")
        XCTAssertEqual(movingAfter.first { $0.hasPrefix("UID:") }, movingBefore.first { $0.hasPrefix("UID:") })
        XCTAssertTrue(movingBefore.contains("DTSTART:20241228T130000Z") && movingBefore.contains("LOCATION:Saal 6"))
        XCTAssertTrue(movingAfter.contains("DTSTART:20241228T150000Z") && movingAfter.contains("LOCATION:Saal 2"))
        XCTAssertFalse(movingAfter.contains("STATUS:CANCELLED"))
        let dropped = try event("Dropped", in: after)
        XCTAssertTrue(dropped.contains("STATUS:CANCELLED"), dropped.joined(separator: "\n"))
        XCTAssertEqual(dropped.first { $0.hasPrefix("UID:") }, "UID:2b0a1e0c-0000-4000-8000-000000000002")
        XCTAssertFalse(try event("Dropped", in: before).contains("STATUS:CANCELLED"))
        XCTAssertTrue(MarkdownExport.render(agenda).contains("Dropped ✗ **cancelled**"))
        XCTAssertTrue(BookmarkListing.text(agenda).contains("[cancelled] Dropped"))
    }

    func testACancelledBookmarkClashesWithNothing() throws {
        let old = try load(Self.frab(movingTime: "12:00", movingRoom: "Saal 2", dropped: true))
        let new = try load(Self.frab(movingTime: "12:00", movingRoom: "Saal 2", dropped: false))
        let bookmarks = BookmarkSet(bookmarks: old.talks.map { Bookmark(talk: $0, added: now) })
        XCTAssertEqual(Agenda(schedule: old, bookmarks: bookmarks).clashes.count, 1)
        let agenda = Agenda(schedule: ScheduleUpdate(from: old, to: new).schedule, bookmarks: bookmarks)
        XCTAssertEqual(agenda.timedEntries.count, 2)
        XCTAssertTrue(agenda.clashes.isEmpty)
    }

    /// Items of a format without ids get ids from their time and title: a moved one's id changes,
    /// and its bookmark follows it.
    func testABookmarkFollowsAnItemWhoseDerivedIDChanged() throws {
        let oldTalk = talk("t-old", title: "Derived", startUTC: "2024-07-01T17:00:00Z")
        var newTalk = talk("t-new", title: "Derived", startUTC: "2024-07-01T18:00:00Z")
        newTalk.room = "Hall B"
        func schedule(_ talk: Talk) -> Schedule {
            let session = Session(id: talk.sessionID, kind: .slots, title: talk.session, source: "test.txt",
                                  conference: "C", day: talk.day, start: talk.start, talkIDs: [talk.id])
            return Schedule.assemble([ScheduleFragment(source: Source(fileName: "test.txt", name: "C", format: .sessionPage),
                                                       sessions: [session], talks: [talk])]).schedule
        }
        let update = ScheduleUpdate(from: schedule(oldTalk), to: schedule(newTalk))
        XCTAssertEqual(update.changes.renamedIDs, ["t-old": "t-new"])
        let store = try store()
        try store.add([oldTalk], note: "front row")
        let set = try store.follow(renamedIDs: update.changes.renamedIDs)
        XCTAssertEqual(set.bookmarks.map(\.id), ["t-new"])
        XCTAssertEqual(set.bookmarks.first?.note, "front row")
        XCTAssertEqual(try store.load().bookmarks.map(\.id), ["t-new"], "saved")
        let agenda = Agenda(schedule: update.schedule, bookmarks: set)
        XCTAssertEqual(agenda.timedEntries.map(\.talk.room), ["Hall B"])
        XCTAssertEqual(update.schedule.talks.count, 1, "the moved item is not also kept as cancelled")
    }

    /// The real 31C3 pair: bookmarks of 6397 (moved) and 6365 (removed) made on v1.3.
    func testRealCongressUpdate() throws {
        let directory = sharedFixtures()
        guard FileManager.default.fileExists(atPath: directory) else {
            throw XCTSkip("skipped: ../shared/fixtures (real schedule files) is absent")
        }
        let loader = ScheduleLoader()
        let old = loader.load([directory + "/frab-xml/31c3-v1.3.xml"]).schedule
        let new = loader.load([directory + "/frab-xml/31c3-v1.4.xml"]).schedule
        let encrypt = try XCTUnwrap(old.talks.first { $0.title == "Let's Encrypt" })  // 6397
        let brain = try XCTUnwrap(old.talks.first { $0.title == "Blow Stuff Up With Your Brain" })  // 6365
        let store = try store()
        try store.add([encrypt, brain])
        let before = ICalendarExport.render(Agenda(schedule: old, bookmarks: try store.load()), now: now)

        let update = ScheduleUpdate(from: old, to: new)
        let set = try store.follow(renamedIDs: update.changes.renamedIDs)
        let agenda = Agenda(schedule: update.schedule, bookmarks: set)
        XCTAssertTrue(agenda.missing.isEmpty)
        let talks = Dictionary(uniqueKeysWithValues: agenda.timedEntries.map { ($0.talk.title, $0.talk) })
        XCTAssertEqual(talks["Let's Encrypt"]?.room, "Saal 2")
        XCTAssertEqual(talks["Let's Encrypt"]?.status, .scheduled)
        XCTAssertEqual(talks["Blow Stuff Up With Your Brain"]?.status, .cancelled)
        XCTAssertEqual(talks["Blow Stuff Up With Your Brain"]?.room, "Saal 6")

        let after = ICalendarExport.render(agenda, now: now)
        let uidBefore = try event("Let's Encrypt", in: before).first { $0.hasPrefix("UID:") }
        XCTAssertNotNil(uidBefore)
        XCTAssertEqual(try event("Let's Encrypt", in: after).first { $0.hasPrefix("UID:") }, uidBefore)
        XCTAssertTrue(try event("Let's Encrypt", in: before).contains("LOCATION:Saal 6"))
        XCTAssertTrue(try event("Let's Encrypt", in: after).contains("LOCATION:Saal 2"))
        XCTAssertTrue(try event("Blow Stuff Up With Your Brain", in: after).contains("STATUS:CANCELLED"))
    }

    /// ../shared/fixtures next to the package root (or the nearest ancestor's, from a worktree).
    func sharedFixtures() -> String {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let nearest = folder.appendingPathComponent("shared/fixtures").path
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("shared/fixtures").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nearest
    }
}
