import Foundation
@testable import LineupImport
import LineupModel
import Testing

/// Small calendars of our own for what real files do: Windows zone names, floating times,
/// DURATION, all-day dates, private VTIMEZONEs, cancelled events, HTML descriptions.
@Suite("iCalendar events")
struct ICalendarDraftTests {
    static func draft(_ text: String) -> (ScheduleDraft, [Diagnostic]) {
        ICalendarFormat.draft(Array(text.utf8), file: "test.ics")
    }

    static func utc(_ text: String) -> Int {
        guard case .utc(let seconds)? = ICalTimeValue(text) else { return .min }
        return seconds
    }

    static func calendar(_ events: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Test Conf\r\n" + events + "END:VCALENDAR\r\n"
    }

    @Test("A Windows zone name resolves through the usual mapping")
    func windowsZone() throws {
        let (draft, diagnostics) = Self.draft(Self.calendar("""
            BEGIN:VEVENT\r
            UID:w1\r
            SUMMARY:Standup\r
            DTSTART;TZID="W. Europe Standard Time":20240703T090000\r
            DTEND;TZID="W. Europe Standard Time":20240703T091500\r
            END:VEVENT\r

            """))
        #expect(diagnostics.isEmpty)
        let item = try #require(draft.items.first)
        #expect(item.timing == .instant(start: Self.utc("20240703T070000Z"), end: Self.utc("20240703T071500Z"),
                                        zoneID: "Europe/Berlin", utcOffset: 7200))
        #expect(draft.name == "Test Conf")
    }

    @Test("No zone: floating wall clock; VALUE=DATE: a whole floating day; DURATION sets the end")
    func floatingDatesAndDurations() throws {
        let (draft, diagnostics) = Self.draft(Self.calendar("""
            BEGIN:VEVENT\r
            UID:f1\r
            SUMMARY:Floating\r
            DTSTART:20240203T103000\r
            DURATION:PT1H30M\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:d1\r
            SUMMARY:All day\r
            DTSTART;VALUE=DATE:20240204\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:z1\r
            SUMMARY:Instant with duration\r
            DTSTART:20240204T080000Z\r
            DURATION:P1DT2H\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:n1\r
            SUMMARY:No end\r
            DTSTART;TZID=Europe/Brussels:20240204T080000\r
            END:VEVENT\r

            """))
        #expect(diagnostics.isEmpty)
        #expect(draft.items.count == 4)
        let wall = { (text: String) -> Int in
            guard case .local(let seconds)? = ICalTimeValue(text) else { return .min }
            return seconds
        }
        #expect(draft.items[0].timing == .floating(start: wall("20240203T103000"), end: wall("20240203T120000")))
        #expect(draft.items[1].timing == .floating(start: wall("20240204T000000"), end: wall("20240205T000000")))
        #expect(draft.items[2].timing == .instant(start: Self.utc("20240204T080000Z"), end: Self.utc("20240205T100000Z"),
                                                  zoneID: nil, utcOffset: 0))
        #expect(draft.items[3].timing == .instant(start: Self.utc("20240204T070000Z"), end: Self.utc("20240204T070000Z"),
                                                  zoneID: "Europe/Brussels", utcOffset: 3600))
    }

    @Test("People, room, track, URL, status and HTML descriptions; VALARM properties are not the event's")
    func fields() throws {
        let (draft, _) = Self.draft(Self.calendar("""
            BEGIN:VEVENT\r
            UID:p1@example.org\r
            SUMMARY:Xen - ist das nicht tot?\r
            ORGANIZER;CN="Groß, Jürgen":mailto:jg@example.org\r
            ATTENDEE;CN=Ana;ROLE=REQ-PARTICIPANT:invalid:nomail\r
            ATTENDEE:mailto:noname@example.org\r
            LOCATION:Ravensberg\\, Saal 2\r
            CATEGORIES:Virtualisation,Kernel\r
            URL:https://example.org/p1\r
            STATUS:CANCELLED\r
            DESCRIPTION:Xen war <i>die</i> Plattform &amp\\; mehr.<br>Zweite Zeile\r
            DTSTART:20200918T120000Z\r
            DTEND:20200918T130000Z\r
            BEGIN:VALARM\r
            ACTION:DISPLAY\r
            DESCRIPTION:Reminder\r
            SUMMARY:Not the title\r
            TRIGGER:-PT15M\r
            END:VALARM\r
            END:VEVENT\r
            BEGIN:VTODO\r
            SUMMARY:Not an item\r
            DTSTART:20200918T120000Z\r
            END:VTODO\r

            """))
        #expect(draft.items.count == 1)
        let item = try #require(draft.items.first)
        #expect(item.title == "Xen - ist das nicht tot?")
        #expect(item.people == ["Groß, Jürgen", "Ana"])
        #expect(item.room == "Ravensberg, Saal 2")
        #expect(item.track == "Virtualisation")
        #expect(item.tags == ["Virtualisation", "Kernel"])
        #expect(item.url == "https://example.org/p1")
        #expect(item.cancelled)
        #expect(item.abstract == "Xen war die Plattform & mehr.\nZweite Zeile")
        #expect(item.sourceID == "p1@example.org")
        #expect(item.line == 5)
    }

    @Test("A file's VTIMEZONE for an IANA name that disagrees with the database gives a warning; the database wins")
    func staleVTimezone() throws {
        let (draft, diagnostics) = Self.draft(Self.calendar("""
            BEGIN:VTIMEZONE\r
            TZID:Australia/Adelaide\r
            BEGIN:STANDARD\r
            DTSTART:19700101T000000\r
            TZOFFSETFROM:+0900\r
            TZOFFSETTO:+0900\r
            END:STANDARD\r
            END:VTIMEZONE\r
            BEGIN:VEVENT\r
            UID:a1\r
            SUMMARY:Opening\r
            DTSTART;TZID=Australia/Adelaide:20230818T090000\r
            END:VEVENT\r

            """))
        #expect(draft.items.first?.timing.startSeconds == Self.utc("20230817T233000Z"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 16)
        #expect(diagnostics.first?.message.contains("+09:00") == true)
    }

    @Test("An unknown TZID stays floating with one warning; bad lines and a missing DTSTART are reported by line")
    func badInput() throws {
        let (draft, diagnostics) = Self.draft(Self.calendar("""
            BEGIN:VEVENT\r
            SUMMARY:Somewhere\r
            DTSTART;TZID=Mars/Olympus:20240101T100000\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            SUMMARY:Nowhen\r
            DTSTART:2024-01-01\r
            garbage without colon\r
            END:VEVENT\r

            """))
        #expect(draft.items.count == 1)
        if case .floating = draft.items.first?.timing {} else { Issue.record("expected a floating time") }
        #expect(diagnostics.map(\.line) == [11, 12, 7, 9])
    }

    @Test("A VTIMEZONE and a PRODID after the events read as they would before them (the file is read again)")
    func zoneAfterEvents() throws {
        let zone = """
            BEGIN:VTIMEZONE\r
            TZID:Conference Time\r
            BEGIN:STANDARD\r
            DTSTART:19700101T000000\r
            TZOFFSETFROM:+0530\r
            TZOFFSETTO:+0530\r
            END:STANDARD\r
            END:VTIMEZONE\r

            """
        let events = """
            BEGIN:VEVENT\r
            UID:z1\r
            SUMMARY:Keynote - Ana Lima\r
            DTSTART;TZID=Conference Time:20240105T100000\r
            DTEND;TZID=Conference Time:20240105T110000\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:z2\r
            SUMMARY:Nowhen\r
            END:VEVENT\r

            """
        let prodID = "PRODID:-//pretalx//pretalx.com//\r\n"
        let (before, beforeDiagnostics) = Self.draft("BEGIN:VCALENDAR\r\n" + prodID + zone + events + "END:VCALENDAR\r\n")
        let (after, afterDiagnostics) = Self.draft("BEGIN:VCALENDAR\r\n" + events + zone + prodID + "END:VCALENDAR\r\n")
        #expect(after.items.count == 1)
        let item = try #require(after.items.first)
        #expect(item.timing == .instant(start: Self.utc("20240105T043000Z"), end: Self.utc("20240105T053000Z"),
                                        zoneID: nil, utcOffset: 19_800))
        #expect(item.title == "Keynote")
        #expect(item.people == ["Ana Lima"])
        #expect(after.items.map(\.timing) == before.items.map(\.timing))
        #expect(after.items.map(\.title) == before.items.map(\.title))
        // The same one warning (the event without DTSTART), once, at its own line.
        #expect(beforeDiagnostics.map(\.message) == afterDiagnostics.map(\.message))
        #expect(afterDiagnostics.map(\.line) == [8])
    }

    @Test("The last PRODID decides for every event whether SUMMARY carries pretalx speakers")
    func lastProducerWins() throws {
        let event = "BEGIN:VEVENT\r\nUID:p1\r\nSUMMARY:Keynote - Ana Lima\r\nDTSTART:20240105T100000Z\r\nEND:VEVENT\r\n"
        let (draft, _) = Self.draft("BEGIN:VCALENDAR\r\nPRODID:-//pretalx//pretalx.com//\r\n" + event
            + "PRODID:-//other//EN\r\n" + event.replacingOccurrences(of: "p1", with: "p2") + "END:VCALENDAR\r\n")
        #expect(draft.items.map(\.title) == ["Keynote - Ana Lima", "Keynote - Ana Lima"])
        #expect(draft.items.allSatisfy { $0.people.isEmpty })
    }

    @Test("pretalx titles carry the speakers after the last \" - \"")
    func pretalxSummary() {
        #expect(ICalendarFormat.pretalxSpeakers("Xen - ist das nicht tot? - Jürgen Groß, Ana")?.title == "Xen - ist das nicht tot?")
        #expect(ICalendarFormat.pretalxSpeakers("Xen - ist das nicht tot? - Jürgen Groß, Ana")?.speakers == ["Jürgen Groß", "Ana"])
        #expect(ICalendarFormat.pretalxSpeakers("Lunch") == nil)
    }
}
