import Foundation
import LineupImport
import LineupModel
import Testing

/// Every frab file of ../shared/fixtures with the facts SOURCES.md and issue 12 give.
@Suite("frab files from real conferences", .enabled(if: SharedFixtures.available, SharedFixtures.skipNote))
struct FrabFixtureTests {
    func item(_ schedule: Schedule, titled title: String) throws -> Talk {
        try #require(schedule.talks.first { $0.title == title }, "no item \"\(title)\"")
    }

    /// Loads cleanly: no diagnostic at all, and the expected count.
    func clean(_ file: String, count: Int, timeZone: String? = nil) -> Schedule {
        let (schedule, diagnostics) = SharedFixtures.schedule(file, timeZone: timeZone)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(schedule.talks.count == count)
        return schedule
    }

    @Test("31c3 v1.4: Citizenfour at midnight, filed under 27 December; four events after midnight")
    func congress() throws {
        let schedule = clean("frab-xml/31c3-v1.4.xml", count: 139)
        let film = try item(schedule, titled: "Citizenfour")
        #expect(SharedFixtures.iso(film.start) == "2014-12-27T23:00:00Z")
        #expect(SharedFixtures.iso(film.end) == "2014-12-28T01:15:00Z")
        #expect(film.day == LocalDate(year: 2014, month: 12, day: 27))
        #expect(film.room == "Saal 1")
        #expect(film.authors == ["Laura Poitras"])
        #expect(film.localStart?.iso == "2014-12-28T00:00")
        #expect(film.utcOffset == 3600 && film.timeZoneID == nil)
        let afterMidnight = schedule.talks.filter { $0.localStart?.date != $0.day }
        #expect(afterMidnight.map(\.title).sorted()
            == ["Citizenfour", "Fnord News Show", "Fnord News Show (Stream)", "Googlequiz – 2015er Edition"])
        #expect(schedule.sources.first?.name == "31. Chaos Communication Congress")
        #expect(schedule.sources.first?.acronym == "31c3")
        #expect(schedule.sources.first?.format == .frabXML)
        // Rooms are sessions of the day, in the day's order, items in time order inside.
        let firstDay = try #require(schedule.days.first)
        let rooms = firstDay.sessionIDs.compactMap { schedule.session($0) }
        #expect(rooms.map(\.title) == ["Saal 1", "Saal 2", "Saal G", "Saal 6"])
        #expect(rooms.allSatisfy { $0.kind == .room })
        let saal1 = schedule.talks(in: rooms[0])
        #expect(saal1.first?.title == "31C3 Opening Event")
        #expect(zip(saal1, saal1.dropFirst()).allSatisfy { ($0.start ?? .distantPast) <= ($1.start ?? .distantPast) })
    }

    @Test("31c3 v1.3: 137 events, three after midnight; ids from guids match v1.4's")
    func congressUpdate() throws {
        let old = clean("frab-xml/31c3-v1.3.xml", count: 137)
        let keynote = try item(old, titled: "31C3 Keynote")
        #expect(SharedFixtures.iso(keynote.start) == "2014-12-27T10:30:00Z" && SharedFixtures.iso(keynote.end) == "2014-12-27T11:30:00Z")
        #expect(keynote.day == LocalDate(year: 2014, month: 12, day: 27) && keynote.room == "Saal 1")
        #expect(keynote.authors == ["alecempire"])
        #expect(keynote.sourceID == "8c4e647f-813e-41ef-b05b-65469dd841c3")
        #expect(old.talks.filter { $0.localStart?.date != $0.day }.count == 3)
        let new = SharedFixtures.schedule("frab-xml/31c3-v1.4.xml").schedule
        #expect(try item(new, titled: "31C3 Keynote").id == keynote.id)
        // 6397 moved from Saal 6 to Saal 2 and keeps its id.
        let moved = try item(old, titled: "Let's Encrypt")
        #expect(moved.sourceID == "4_Q4s48yg8FV08kvf9lbpQ" && moved.subtitle == "A Free Robotic Certificate Authority")
        let again = try #require(new.talk(moved.id))
        #expect(moved.room == "Saal 6" && again.room == "Saal 2")
    }

    @Test("frab-camp2019.json: Achtung, Datenpannen! with both people, in Meitner")
    func camp() throws {
        let schedule = clean("frab-json/frab-camp2019.json", count: 79)
        let talk = try item(schedule, titled: "Achtung, Datenpannen!")
        #expect(SharedFixtures.iso(talk.start) == "2019-08-22T21:00:00Z")
        #expect(SharedFixtures.iso(talk.end) == "2019-08-22T22:30:00Z")
        #expect(talk.room == "Meitner")
        #expect(talk.day == LocalDate(year: 2019, month: 8, day: 22))
        #expect(talk.authors == ["Alvar C.H. Freude", "Stefan Brink"])
        #expect(talk.timeZoneID == "Europe/Berlin")
        #expect(schedule.sources.first?.format == .frabJSON)
        #expect(schedule.sources.first?.name == "Chaos Communication Camp 2019")
    }

    @Test("pretalx DemoCon 2022: Persevering cohesive concept at 01:50 is filed under 6 September (XML and JSON)")
    func democon() throws {
        for file in ["frab-xml/pretalx-democon-2022.xml", "frab-json/pretalx-democon-2022.json"] {
            let schedule = clean(file, count: 35)
            let talk = try item(schedule, titled: "Persevering cohesive concept")
            #expect(SharedFixtures.iso(talk.start) == "2022-09-05T23:50:00Z", "\(file)")
            #expect(talk.day == LocalDate(year: 2022, month: 9, day: 6), "\(file)")
            #expect(talk.localStart?.iso == "2022-09-06T01:50")
            #expect(talk.room == "Dark Red Room")
            #expect(talk.authors == ["Susan Martinez"])
        }
    }

    @Test("GOOD 2025: the XML and the JSON give the same 72 items; US/Eastern resolves")
    func goodCrossFormat() throws {
        let xml = clean("frab-xml/good2025.xml", count: 72)
        let json = clean("frab-json/good2025.json", count: 72)
        #expect(xml.talks.map(\.id) == json.talks.map(\.id))
        // Identical items: every field but the url (the XML's has a doubled slash), the file
        // name and the line (the JSON is one line).
        func comparable(_ talk: Talk) -> Talk {
            var talk = talk
            talk.url = nil
            talk.source = ""
            talk.line = 0
            return talk
        }
        for (a, b) in zip(xml.talks, json.talks) {
            #expect(comparable(a) == comparable(b), "\(a.title)")
            #expect(a.url?.replacingOccurrences(of: "//2025", with: "/2025") == b.url)
        }
        #expect(xml.talks.allSatisfy { $0.timeZoneID == "US/Eastern" && $0.start != nil && !$0.isFloating })
        #expect(xml.sessions.map(\.title) == json.sessions.map(\.title))
        let jam = try item(json, titled: "Contributor Jam")
        #expect(jam.timeZoneID == "US/Eastern" && jam.utcOffset == -4 * 3600)
        #expect(SharedFixtures.iso(jam.start) == "2025-03-17T17:00:00Z" && SharedFixtures.iso(jam.end) == "2025-03-17T21:00:00Z")
        #expect(jam.room == "Tsai Auditorium (CGIS S010)" && jam.day == LocalDate(year: 2025, month: 3, day: 17))
        #expect(jam.authors == ["Emily Moffat Sadeghi [Ohio Supercomputer Center]", "Travis Ravert [Ohio Supercomputer Center]"])
    }

    @Test("FOSDEM 2024: 674 floating items; TurtleStitch as given, and pinned to Europe/Brussels")
    func fosdem2024() throws {
        let schedule = clean("frab-xml/fosdem2024.xml", count: 674)
        #expect(schedule.talks.allSatisfy { $0.isFloating && $0.start == nil && $0.end == nil })
        let turtle = try item(schedule, titled: "Creative Coding with TurtleStitch")
        #expect(turtle.floatingStart?.iso == "2024-02-03T10:30")
        #expect(turtle.floatingEnd?.iso == "2024-02-03T11:30")
        #expect(turtle.room == "J.1.106" && turtle.authors == ["Pauline Maas"])
        #expect(turtle.day == LocalDate(year: 2024, month: 2, day: 3))
        #expect(turtle.track == "FOSS Educational Programming Languages devroom")
        #expect(turtle.sourceID == "10528")
        #expect(!turtle.abstract.contains("<p>") && turtle.abstract.hasPrefix("Turtlestitch is based on"))
        #expect(schedule.sessions.allSatisfy { $0.start == nil && $0.floatingStart != nil })

        let pinned = clean("frab-xml/fosdem2024.xml", count: 674, timeZone: "Europe/Brussels")
        let pinnedTurtle = try #require(pinned.talk(turtle.id))
        #expect(SharedFixtures.iso(pinnedTurtle.start) == "2024-02-03T09:30:00Z")
        #expect(SharedFixtures.iso(pinnedTurtle.end) == "2024-02-03T10:30:00Z")
        #expect(pinnedTurtle.timeZoneID == "Europe/Brussels" && !pinnedTurtle.isFloating)
        #expect(pinned.talks.allSatisfy { $0.start != nil && !$0.isFloating })
    }

    @Test("FOSDEM 2021: 773 items in 106 distinct non-empty rooms")
    func fosdem2021() throws {
        let schedule = clean("frab-xml/fosdem2021.xml", count: 773)
        let rooms = Set(schedule.sessions.filter { !$0.talkIDs.isEmpty }.map(\.title))
        #expect(rooms.count == 106)
        let talk = try item(schedule, titled: "Empowering the school of the future")
        #expect(talk.floatingStart?.iso == "2021-02-06T10:00" && talk.floatingEnd?.iso == "2021-02-06T10:30")
        #expect(talk.room == "M.community" && talk.authors == ["Marco Marinello", "Paolo Dongilli"])
        #expect(talk.day == LocalDate(year: 2021, month: 2, day: 6))
        let welcome = try item(schedule, titled: "Welcome to FOSDEM 2021")
        #expect(welcome.resources.count == 3 && welcome.resources.first?.title == "Video recording (WebM/VP9)")
        #expect(welcome.resources.allSatisfy { $0.kind == .link })
    }
}
