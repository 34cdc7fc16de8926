import Foundation
import LineupAgenda
import LineupModel
import Testing

/// Friends' picks: reading someone's bookmark file or exported calendar, and the picks file.
@Suite struct FriendPicksTests {
    let now = instant("2024-05-01T09:30:00Z")

    /// A timed talk whose source gave a calendar UID, one with Lineup's own id, a second
    /// timed one, and a listed paper.
    var talks: [Talk] {
        var conference = talk("t-frab", title: "Keynote; with, commas", startUTC: "2022-07-19T16:00:00Z")
        conference.sourceID = "6f1a7c2e-9a3b-4c1d-8e2f-0a1b2c3d4e5f"
        return [conference, talk("t-monarch", title: "Monarch", startUTC: "2022-07-19T18:00:00Z"),
                talk("t-other", title: "A clashing spotlight", startUTC: "2022-07-19T18:10:00Z"), paper("t-paper")]
    }

    var schedule: Schedule { makeSchedule(talks) }

    func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "lineup-picks-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Ana's bookmark file, as her Lineup saved it: every talk, the paper included, with a note.
    func anasBookmarks(in directory: String) throws -> (store: BookmarkStore, set: BookmarkSet) {
        let store = BookmarkStore(path: directory + "/ana.json", now: { instant("2024-04-30T08:00:00Z") })
        try store.add(Array(talks.prefix(2)), note: "with Wei")
        let set = try store.add(Array(talks.dropFirst(2)))
        return (store, set)
    }

    @Test("A bookmark file imports as the same picks: ids, titles, starts, dates and notes")
    func bookmarkFileRoundTrip() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (store, ana) = try anasBookmarks(in: directory)
        let bytes = try #require(FileManager.default.contents(atPath: store.path))
        let read = try PicksImport.read(Array(bytes), fileName: "ana.json", talks: talks, now: now)
        #expect(read.warnings.isEmpty)
        #expect(read.picks == ana.bookmarks)

        let picks = PicksStore(path: PicksStore.path(besideBookmarks: directory + "/bookmarks.json"), now: { self.now })
        #expect(picks.path == directory + "/bookmarks.friends.json")
        try picks.setPicks(read.picks, of: "Ana", source: "ana.json")
        let loaded = try picks.load()
        #expect(loaded.friends.map(\.name) == ["Ana"])
        #expect(loaded.friend("ANA")?.picks == ana.bookmarks, "kept exactly, found without regard to case")
        #expect(loaded.names(picking: TalkID("t-monarch")) == ["Ana"])
        #expect(loaded.idsByName == ["ana": Set(talks.map(\.id))])
    }

    @Test("An exported calendar imports as the same picks: Lineup's UIDs and the source's own UID both map back")
    func calendarRoundTrip() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (_, ana) = try anasBookmarks(in: directory)
        let ics = ICalendarExport.render(Agenda(schedule: schedule, bookmarks: ana), now: now)
        #expect(ics.contains("UID:6f1a7c2e-9a3b-4c1d-8e2f-0a1b2c3d4e5f\r\n"), "the source's UID is what the calendar carries")
        let read = try PicksImport.read(Array(ics.utf8), fileName: "ana.ics", talks: talks, now: now)
        #expect(read.warnings.isEmpty)
        // A calendar holds the timed items (a listed paper has no place in one), in time order.
        let timed = ana.bookmarks.filter { $0.start != nil }.sorted { ($0.start ?? .distantPast) < ($1.start ?? .distantPast) }
        #expect(read.picks.map(\.id) == timed.map(\.id))
        #expect(read.picks.map(\.title) == timed.map(\.title))
        #expect(read.picks.map(\.start) == timed.map(\.start))
    }

    @Test("Calendar events of items not loaded are kept with their summary and start; an event without a UID is skipped with its line")
    func calendarItemsNotLoaded() throws {
        let ics = """
            BEGIN:VCALENDAR\r
            BEGIN:VEVENT\r
            UID:t-gone@lineup\r
            DTSTART:20220721T190000Z\r
            SUMMARY:Gone\\, but kept\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:other-conference-uid@example.org\r
            DTSTART;TZID=Europe/Berlin:20220721T100000\r
            SUMMARY:Elsewhere, folded acr\r
             oss lines\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            SUMMARY:No UID\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let read = try PicksImport.read(Array(ics.utf8), fileName: "wei.ics", talks: talks, now: now)
        #expect(read.picks.map(\.id) == [TalkID("t-gone"), TalkID("other-conference-uid@example.org")])
        #expect(read.picks.map(\.title) == ["Gone, but kept", "Elsewhere, folded across lines"])
        #expect(read.picks.map(\.start) == [instant("2022-07-21T19:00:00Z"), nil], "a zoned time without the item is not guessed")
        #expect(read.warnings == ["wei.ics:13: warning: an event without a UID was skipped"], "the line its BEGIN:VEVENT is on")
    }

    @Test("A file that is neither is refused, naming it")
    func neither() {
        #expect(throws: PicksImportError("notes.txt: neither a Lineup bookmark file (JSON) nor an iCalendar file (BEGIN:VCALENDAR)")) {
            try PicksImport.read(Array("hello".utf8), fileName: "notes.txt", talks: [], now: now)
        }
        #expect(throws: PicksImportError.self) {
            try PicksImport.read(Array("{\"format\": \"other\"}".utf8), fileName: "x.json", talks: [], now: now)
        }
    }

    @Test("Importing again replaces that friend's picks; forget removes them; others stay")
    func replaceAndForget() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let picks = PicksStore(path: directory + "/bookmarks.friends.json", now: { self.now })
        let monarch = Bookmark(talk: talks[1], added: now), other = Bookmark(talk: talks[2], added: now)
        try picks.setPicks([monarch], of: "Ana", source: "a.json")
        try picks.setPicks([other], of: "Wei", source: "w.json")
        let replaced = try picks.setPicks([other, monarch], of: "ana", source: "a2.json")
        #expect(replaced.friends.map(\.name) == ["ana", "Wei"])
        #expect(replaced.names(picking: other.id) == ["ana", "Wei"])
        let (after, forgotten) = try picks.forget("ANA")
        #expect(forgotten)
        #expect(after.friends.map(\.name) == ["Wei"])
        #expect(try picks.load() == PicksSet(friends: after.friends, stamp: picks.stamp()))
        #expect(try picks.forget("nobody").forgotten == false)
    }

    @Test("A picks file that does not parse is only reported on reading, then moved aside (kept) by a change")
    func corruptPicksFile() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/bookmarks.friends.json"
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        let picks = PicksStore(path: path, now: { self.now })
        let read = try picks.load()
        #expect(read.friends.isEmpty && read.notices.count == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not json", "reading changed nothing")
        let changed = try picks.setPicks([Bookmark(talk: talks[1], added: now)], of: "Ana", source: "a.json")
        #expect(changed.notices.first?.contains("moved to \(path).corrupt-20240501T093000Z") == true)
        #expect(try String(contentsOfFile: path + ".corrupt-20240501T093000Z", encoding: .utf8) == "not json")
        #expect(try picks.load().friends.map(\.name) == ["Ana"])
    }

    @Test("Merging adds what you have not bookmarked, without their notes, and leaves your own bookmarks and notes")
    func merge() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let mine = BookmarkStore(path: directory + "/bookmarks.json", now: { self.now })
        try mine.add([talks[1]], note: "mine")
        let theirs = [Bookmark(talk: talks[1], added: now, note: "theirs"), Bookmark(talk: talks[2], added: now, note: "theirs")]
        let (set, added) = try mine.merge(theirs)
        #expect(added == 1)
        #expect(set.bookmarks.map(\.id) == [talks[1].id, talks[2].id])
        #expect(set.bookmarks.map(\.note) == ["mine", nil])
    }
}
