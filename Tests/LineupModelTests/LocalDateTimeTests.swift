import Foundation
import LineupModel
import Testing

@Suite("Floating wall-clock times")
struct LocalDateTimeTests {
    func zone(_ name: String) throws -> TimeZone { try #require(TimeZone(identifier: name)) }

    @Test("Parses minutes and seconds, writes seconds only when non-zero, refuses zones and nonsense")
    func parsing() throws {
        let minutes = try #require(LocalDateTime(iso: "2024-02-03T10:30"))
        #expect(minutes.date == LocalDate(year: 2024, month: 2, day: 3))
        #expect((minutes.hour, minutes.minute, minutes.second) == (10, 30, 0))
        #expect(minutes.iso == "2024-02-03T10:30")
        #expect(LocalDateTime(iso: "2024-02-03T10:30:15")?.iso == "2024-02-03T10:30:15")
        #expect(LocalDateTime(iso: "2024-02-03T10:30:00")?.iso == "2024-02-03T10:30")
        #expect(LocalDateTime(iso: "2024-02-03 10:30:00.000")?.iso == "2024-02-03T10:30")
        for bad in ["2024-02-03T10:30Z", "2024-02-03T10:30:00+01:00", "2024-02-03T24:00", "2024-02-30T10:00",
                    "2024-02-03", "", "2024-02-03T1:30", "2024-02-03T10:60"] {
            #expect(LocalDateTime(iso: bad) == nil, "\(bad)")
        }
    }

    @Test("A fraction of seconds of any length is dropped, never overflows; signs and non-digits are refused")
    func longFractions() {
        #expect(LocalDateTime(iso: "2024-01-01T10:00:00." + String(repeating: "9", count: 40))?.iso == "2024-01-01T10:00")
        for bad in ["2024-01-01T10:00:00.", "2024-01-01T10:00:00.5x", "2024-01-01T+1:00", "2024-01-01T10:0a"] {
            #expect(LocalDateTime(iso: bad) == nil, "\(bad)")
        }
        #expect(LocalDateTime(iso: "+024-01-01T10:00")?.date == LocalDate(iso: "+024-01-01"))
    }

    @Test("Orders by wall clock and adds across midnight and month ends")
    func arithmetic() throws {
        let late = try #require(LocalDateTime(iso: "2024-02-29T23:30"))
        #expect(late.adding(seconds: 5400).iso == "2024-03-01T01:00")
        #expect(late.adding(seconds: -86_400).iso == "2024-02-28T23:30")
        #expect(late < late.adding(seconds: 1))
        #expect(try #require(LocalDateTime(iso: "2024-02-28T23:59")) < late)
        let instant = Date(timeIntervalSince1970: 1_706_952_600) // 2024-02-03T09:30:00Z
        #expect(LocalDateTime(instant: instant, utcOffset: 3600).iso == "2024-02-03T10:30")
        #expect(LocalDateTime(instant: instant, utcOffset: -34_200).iso == "2024-02-02T24:00".replacingOccurrences(of: "02T24", with: "03T00"))
    }

    @Test("Pins to a zone; DST gaps and repeats resolve as RFC 5545 says")
    func pinning() throws {
        let turtle = try #require(LocalDateTime(iso: "2024-02-03T10:30"))
        #expect(turtle.instant(in: try zone("Europe/Brussels")).map(ISOInstant.format) == "2024-02-03T09:30:00Z")
        // 02:30 does not exist in New York on 2007-03-11: read with the offset before the gap (EST).
        let skipped = try #require(LocalDateTime(iso: "2007-03-11T02:30"))
        #expect(skipped.instant(in: try zone("America/New_York")).map(ISOInstant.format) == "2007-03-11T07:30:00Z")
        // 01:30 happens twice on 2007-11-04: the first occurrence (EDT).
        let repeated = try #require(LocalDateTime(iso: "2007-11-04T01:30"))
        #expect(repeated.instant(in: try zone("America/New_York")).map(ISOInstant.format) == "2007-11-04T05:30:00Z")
        let adelaide = try #require(LocalDateTime(iso: "2023-08-18T09:00"))
        #expect(adelaide.instant(in: try zone("Australia/Adelaide")).map(ISOInstant.format) == "2023-08-17T23:30:00Z")
    }

    @Test("Round-trips through JSON as its ISO text")
    func codable() throws {
        let value = try #require(LocalDateTime(iso: "2026-10-02T09:00:05"))
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-10-02T09:00:05"]"#)
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == [value])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDateTime].self, from: Data(#"["noon"]"#.utf8)) }
    }

    @Test("A talk's local times: floating as given, else the instant at its offset or zone")
    func talkLocalTimes() throws {
        let floating = Talk(id: "t1", title: "TurtleStitch", kind: .other("talk"), sessionID: "s", session: "J.1.106",
                            source: "f.xml", floatingStart: LocalDateTime(iso: "2024-02-03T10:30"),
                            floatingEnd: LocalDateTime(iso: "2024-02-03T11:30"))
        #expect(floating.isTimed && floating.isFloating)
        #expect(floating.localStart?.iso == "2024-02-03T10:30")
        #expect(floating.localEnd?.iso == "2024-02-03T11:30")
        let zoned = Talk(id: "t2", title: "Citizenfour", kind: .other("lecture"),
                         start: ISOInstant.parse("2014-12-27T23:00:00Z"), end: ISOInstant.parse("2014-12-28T01:15:00Z"),
                         timeZoneID: "Europe/Berlin", sessionID: "s", session: "Saal 1", source: "f.xml")
        #expect(zoned.isTimed && !zoned.isFloating)
        #expect(zoned.localStart?.iso == "2014-12-28T00:00")
        #expect(zoned.localEnd?.iso == "2014-12-28T02:15")
        let paper = Talk(id: "t3", title: "P", kind: .paper, sessionID: "s", session: "L", source: "l.txt")
        #expect(!paper.isTimed && paper.localStart == nil)
    }

    @Test("Source ids give stable ids, apart per namespace")
    func sourceIDs() {
        let id = TalkID.fromSource(namespace: "31c3", sourceID: "6397")
        #expect(id == TalkID.fromSource(namespace: "31c3", sourceID: "6397"))
        #expect(id != TalkID.fromSource(namespace: "32c3", sourceID: "6397"))
        #expect(id != TalkID.fromSource(namespace: "31c3", sourceID: "6398"))
        #expect(id.rawValue.count == 17 && id.rawValue.hasPrefix("t"))
    }
}

@Suite("Room sessions in schedule order")
struct RoomSessionOrderTests {
    @Test("A file's rooms keep its order within a day; floating sessions sort by wall clock among others")
    func roomOrder() {
        let day = LocalDate(year: 2024, month: 2, day: 3)
        func room(_ name: String, _ from: String) -> Session {
            Session(id: SessionID(name), kind: .room, title: name, source: "f.xml", conference: "C", day: day,
                    talkIDs: [], floatingStart: LocalDateTime(iso: from))
        }
        // The file lists Janson first although K.1.105 starts earlier.
        let fragment = ScheduleFragment(source: Source(fileName: "f.xml", name: "C", format: .frabXML),
                                        sessions: [room("Janson", "2024-02-03T11:00"), room("K.1.105", "2024-02-03T09:00")])
        let page = Session(id: "page", kind: .slots, title: "Page", source: "p.txt", conference: "C", day: day,
                           utcOffset: 0, start: ISOInstant.parse("2024-02-03T08:00:00Z"))
        let other = ScheduleFragment(source: Source(fileName: "p.txt", name: "C", format: .sessionPage), sessions: [page])
        let schedule = Schedule.assemble([fragment, other]).schedule
        #expect(schedule.sessions.map(\.title) == ["Page", "Janson", "K.1.105"])
    }
}
