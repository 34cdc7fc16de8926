import Foundation
import LineupAgenda
import LineupModel
import XCTest

/// Exports of items from the real formats: a FOSDEM talk with a floating time, a track, a url,
/// links and an attachment; a calendar event with its own UID, cancelled; a CCC talk with a
/// frab guid at an instant.
final class ScheduleFormatExportTests: XCTestCase {
    let now = instant("2024-05-01T09:30:00Z")

    static let turtle = Talk(
        id: "t-turtle", title: "Creative Coding with TurtleStitch", authors: ["Pauline Maas"], kind: TalkKind(name: "talk"),
        day: LocalDate(iso: "2024-02-03"), sessionID: "room-j", session: "J.1.106", room: "J.1.106",
        abstract: "TurtleStitch turns code into embroidery.", source: "fosdem2024.xml",
        floatingStart: LocalDateTime(iso: "2024-02-03T10:30"), floatingEnd: LocalDateTime(iso: "2024-02-03T11:30"),
        subtitle: "Embroidery from code", track: "Open Source Design", language: "en",
        description: "Bring a laptop.", url: "https://fosdem.org/2024/schedule/event/turtlestitch/",
        resources: [TalkLink(url: "https://www.turtlestitch.org/", title: "TurtleStitch"),
                    TalkLink(url: "https://fosdem.org/2024/slides/turtle.pdf", title: "Slides", kind: .attachment)],
        sourceID: "2779")
    static let xen = Talk(
        id: "t-xen", title: "Xen - ist das nicht tot?", authors: ["Jürgen Groß"], kind: TalkKind(name: "talk"),
        start: instant("2020-09-18T12:00:00Z"), end: instant("2020-09-18T13:00:00Z"), timeZoneID: nil, utcOffset: 0,
        day: LocalDate(iso: "2020-09-18"), sessionID: "room-r", session: "Ravensberg", room: "Ravensberg",
        source: "kielux2020.ics", track: "Linux", sourceID: "kielux-2020-xen@kieler-linuxtage.de", status: .cancelled)
    static let citizenfour = Talk(
        id: "t-c4", title: "Citizenfour", authors: ["Laura Poitras"], kind: TalkKind(name: "film"),
        start: instant("2014-12-27T23:00:00Z"), end: instant("2014-12-28T01:15:00Z"), timeZoneID: "Europe/Berlin",
        utcOffset: 3600, day: LocalDate(iso: "2014-12-27"), sessionID: "saal1", session: "Saal 1", room: "Saal 1",
        source: "31c3.xml", track: "Ethics, Society & Politics", sourceID: "5f3c2b1a-0000-4000-8000-0123456789ab")
    static let numbered = Talk(
        id: "t-num", title: "Numbered", kind: TalkKind(name: "talk"), start: instant("2020-09-18T14:00:00Z"),
        utcOffset: 0, sessionID: "room-r", session: "Ravensberg", room: "Ravensberg", source: "x.json", sourceID: "1252943")

    let agenda = Agenda(entries: [turtle, xen, citizenfour, numbered].map { AgendaEntry(talk: $0) })

    func testAFloatingTimeIsAFloatingDateTimeInTheCalendar() throws {
        let lines = try event("SUMMARY:Creative Coding with TurtleStitch")
        XCTAssertTrue(lines.contains("DTSTART:20240203T103000"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("DTEND:20240203T113000"))
        XCTAssertFalse(lines.contains { $0.hasPrefix("DTSTART") && ($0.hasSuffix("Z") || $0.contains("TZID")) })
    }

    func testTheCalendarCarriesLocationCategoriesURLAndTheNewFacts() throws {
        let lines = try event("SUMMARY:Creative Coding with TurtleStitch")
        XCTAssertTrue(lines.contains("LOCATION:J.1.106"))
        XCTAssertTrue(lines.contains("CATEGORIES:talk,Open Source Design"), "the room is the session: not a category")
        XCTAssertTrue(lines.contains("URL:https://fosdem.org/2024/schedule/event/turtlestitch/"))
        XCTAssertTrue(lines.contains("UID:t-turtle@lineup"), "a bare event number is no UID")
        XCTAssertFalse(lines.contains("STATUS:CANCELLED"))
        let description = try XCTUnwrap(lines.first { $0.hasPrefix("DESCRIPTION:") })
        for part in [#"DESCRIPTION:Embroidery from code\ntalk\nAuthors: Pauline Maas\nTrack: Open Source Design\nLanguage: en"#,
                     #"TurtleStitch turns code into embroidery.\n\nBring a laptop."#,
                     #"Links:\nTurtleStitch: https://www.turtlestitch.org/\nSlides: https://fosdem.org/2024/slides/turtle.pdf"#] {
            XCTAssertTrue(description.contains(part), description)
        }
    }

    func testTheSourcesUIDIsKeptAndACancelledItemSaysSo() throws {
        let xen = try event("SUMMARY:Xen - ist das nicht tot?")
        XCTAssertTrue(xen.contains("UID:kielux-2020-xen@kieler-linuxtage.de"))
        XCTAssertTrue(xen.contains("STATUS:CANCELLED"))
        XCTAssertTrue(xen.contains("DTSTART:20200918T120000Z"))
        let film = try event("SUMMARY:Citizenfour")
        XCTAssertTrue(film.contains("UID:5f3c2b1a-0000-4000-8000-0123456789ab"), "a frab guid is a UUID")
        XCTAssertTrue(film.contains(#"CATEGORIES:film,Ethics\, Society & Politics"#))
    }

    func testASourceUIDSharedByTwoItemsIsUsedOnce() {
        var twin = Self.citizenfour
        twin.id = "t-c4-twin"
        twin.title = "Citizenfour (Stream)"
        let ics = ICalendarExport.render(Agenda(entries: [AgendaEntry(talk: Self.citizenfour), AgendaEntry(talk: twin)]), now: now)
        let uids = unfolded(ics).filter { $0.hasPrefix("UID:") }
        XCTAssertEqual(Set(uids).count, 2, "\(uids)")
        XCTAssertTrue(uids.contains("UID:5f3c2b1a-0000-4000-8000-0123456789ab"))
    }

    func testPythonsIcalendarReadsTheFloatingTimeAsNaiveAndTheRestAsGiven() throws {
        let directory = try temporaryDirectory(for: self)
        let file = directory + "/agenda.ics"
        try ICalendarExport.render(agenda, now: now).write(toFile: file, atomically: true, encoding: .utf8)
        let script = """
        import icalendar, json, sys
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = {}
        for e in cal.walk('VEVENT'):
            out[str(e['SUMMARY'])] = {'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(),
                'categories': [str(c) for c in e['CATEGORIES'].cats], 'url': str(e.get('URL', '')),
                'location': str(e.get('LOCATION', '')), 'status': str(e.get('STATUS', ''))}
        print(json.dumps(out))
        """
        let result = try runTool("/usr/bin/python3", ["-c", script, file])
        XCTAssertEqual(result.status, 0, result.error)
        let events = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        let turtle = try XCTUnwrap(events["Creative Coding with TurtleStitch"])
        XCTAssertEqual(turtle["start"] as? String, "2024-02-03T10:30:00", "floating: no offset")
        XCTAssertEqual(turtle["categories"] as? [String], ["talk", "Open Source Design"])
        XCTAssertEqual(turtle["url"] as? String, "https://fosdem.org/2024/schedule/event/turtlestitch/")
        XCTAssertEqual(turtle["location"] as? String, "J.1.106")
        let xen = try XCTUnwrap(events["Xen - ist das nicht tot?"])
        XCTAssertEqual(xen["status"] as? String, "CANCELLED")
        XCTAssertEqual(xen["uid"] as? String, "kielux-2020-xen@kieler-linuxtage.de")
        // A comma inside a category is escaped ("Ethics\, Society"), as RFC 5545 3.3.11 says;
        // the python-icalendar this machine has splits it anyway, so that case is checked on
        // the raw line (testTheSourcesUIDIsKeptAndACancelledItemSaysSo).
    }

    func testFloatingItemsAreTimedInTheAgendaInWallClockOrder() {
        var early = Self.turtle
        early.id = "t-early"
        early.title = "Earlier"
        early.floatingStart = LocalDateTime(iso: "2024-02-03T09:00")
        early.floatingEnd = LocalDateTime(iso: "2024-02-03T09:30")
        let agenda = Agenda(entries: [AgendaEntry(talk: Self.turtle), AgendaEntry(talk: early)])
        XCTAssertEqual(agenda.readingList.count, 0)
        XCTAssertEqual(agenda.days.map(\.date), [LocalDate(iso: "2024-02-03")])
        XCTAssertEqual(agenda.timedEntries.map(\.talk.title), ["Earlier", "Creative Coding with TurtleStitch"])
    }

    func testFloatingItemsClashByWallClockAndNeverWithInstants() throws {
        var overlapping = Self.turtle
        overlapping.id = "t-overlap"
        overlapping.title = "Overlapping"
        overlapping.floatingStart = LocalDateTime(iso: "2024-02-03T11:00")
        overlapping.floatingEnd = LocalDateTime(iso: "2024-02-03T11:45")
        var after = Self.turtle
        after.id = "t-after"
        after.floatingStart = LocalDateTime(iso: "2024-02-03T11:30")  // starts as the TurtleStitch talk ends
        after.floatingEnd = LocalDateTime(iso: "2024-02-03T12:00")
        // An instant whose UTC clock reads 10:45 on that day: no clash, its zone decides.
        let instant = Talk(id: "t-instant", title: "At an instant", kind: .oral, start: instant("2024-02-03T10:45:00Z"),
                           end: instant("2024-02-03T11:15:00Z"), utcOffset: 0, sessionID: "s", session: "S", source: "x.txt")
        let agenda = Agenda(entries: [Self.turtle, overlapping, after, instant].map { AgendaEntry(talk: $0) })
        XCTAssertEqual(agenda.clashes.map { [$0.first, $0.second] }, [["t-turtle", "t-overlap"], ["t-overlap", "t-after"]])
        XCTAssertEqual(agenda.clashes.first?.localStart, LocalDateTime(iso: "2024-02-03T11:00"))
        XCTAssertEqual(agenda.clashes.first?.localEnd, LocalDateTime(iso: "2024-02-03T11:30"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONExport.render(agenda).utf8)) as? [String: Any])
        let clash = try XCTUnwrap((json["clashes"] as? [[String: Any]])?.first)
        XCTAssertEqual(clash["start"] as? String, "2024-02-03T11:00", "a wall clock, not a UTC instant")
        XCTAssertEqual(clash["end"] as? String, "2024-02-03T11:30")
    }

    func testMarkdownGivesTheLocalTimesTrackURLAndCancellation() {
        let markdown = MarkdownExport.render(agenda)
        XCTAssertTrue(markdown.contains("## Sat 3 Feb 2024 (local times; the schedule gives no zone)"), markdown)
        XCTAssertTrue(markdown.contains("- **10:30-11:30** Creative Coding with TurtleStitch  \n  talk · J.1.106 · Open Source Design\n"), markdown)
        XCTAssertTrue(markdown.contains("  <https://fosdem.org/2024/schedule/event/turtlestitch/>\n"))
        XCTAssertTrue(markdown.contains("Xen - ist das nicht tot? ✗ **cancelled**"))
    }

    func testCSVHasTrackURLLocalTimesAndStatus() throws {
        let csv = CSVExport.render(agenda)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = rows[0].components(separatedBy: ",")
        let turtle = try XCTUnwrap(rows.first { $0.contains("t-turtle") }).components(separatedBy: ",")
        func value(_ column: String) -> String? { header.firstIndex(of: column).map { turtle[$0] } }
        XCTAssertEqual(value("track"), "Open Source Design")
        XCTAssertEqual(value("url"), "https://fosdem.org/2024/schedule/event/turtlestitch/")
        XCTAssertEqual(value("start"), "", "no instant for a floating time")
        XCTAssertEqual(value("local_start"), "2024-02-03T10:30")
        XCTAssertEqual(value("local_end"), "2024-02-03T11:30")
        XCTAssertTrue(try XCTUnwrap(rows.first { $0.contains("t-xen") }).hasSuffix(",Linux,,2020-09-18T12:00,2020-09-18T13:00,cancelled"))
    }

    // MARK: Helpers

    private func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The lines of the event whose lines include `marker`.
    private func event(_ marker: String) throws -> [String] {
        let lines = unfolded(ICalendarExport.render(agenda, now: now))
        let at = try XCTUnwrap(lines.firstIndex(of: marker), lines.joined(separator: "\n"))
        let start = try XCTUnwrap(lines[...at].lastIndex(of: "BEGIN:VEVENT"))
        let end = try XCTUnwrap(lines[at...].firstIndex(of: "END:VEVENT"))
        return Array(lines[start..<end])
    }
}
