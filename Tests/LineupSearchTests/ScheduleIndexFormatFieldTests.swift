import Foundation
import LineupModel
@testable import LineupSearch
import Testing

/// `SearchIndex(schedule:)` on items shaped like a frab file's: the track, language, source id
/// and floating times come from the talk itself.
@Suite struct ScheduleIndexFormatFieldTests {
    /// FOSDEM-like: one room on Sat 3 Feb 2024, two floating talks, and one CCC-like talk at an
    /// instant (+01:00).
    static let schedule: Schedule = {
        let day = LocalDate(iso: "2024-02-03")
        let room = SessionID("room-j1106")
        let turtle = Talk(id: "f1", title: "Creative Coding with TurtleStitch", authors: ["Pauline Maas"],
                          kind: TalkKind(name: "talk"), day: day, sessionID: room, session: "J.1.106", room: "J.1.106",
                          source: "fosdem2024.xml", floatingStart: LocalDateTime(iso: "2024-02-03T10:30"),
                          floatingEnd: LocalDateTime(iso: "2024-02-03T11:30"), track: "Open Source Design",
                          language: "en", sourceID: "2779")
        let rust = Talk(id: "f2", title: "Rust for Linux", authors: ["Miguel Ojeda"], kind: TalkKind(name: "talk"),
                        day: day, sessionID: room, session: "J.1.106", room: "J.1.106", source: "fosdem2024.xml",
                        floatingStart: LocalDateTime(iso: "2024-02-03T14:00"),
                        floatingEnd: LocalDateTime(iso: "2024-02-03T14:45"), track: "Rust", language: "en",
                        sourceID: "1797")
        let saal = SessionID("saal1")
        let citizenfour = Talk(id: "c1", title: "Citizenfour", authors: ["Laura Poitras"], kind: TalkKind(name: "film"),
                               start: ISOInstant.parse("2014-12-27T23:00:00Z"), end: ISOInstant.parse("2014-12-28T01:15:00Z"),
                               timeZoneID: "Europe/Berlin", utcOffset: 3600, day: LocalDate(iso: "2014-12-27"),
                               sessionID: saal, session: "Saal 1", room: "Saal 1", source: "31c3.xml",
                               track: "Ethics, Society & Politics", language: "de",
                               sourceID: "6f3d-guid-5571")
        return Schedule.assemble([
            ScheduleFragment(
                source: Source(fileName: "fosdem2024.xml", name: "FOSDEM 2024", format: .frabXML, acronym: "fosdem2024"),
                sessions: [Session(id: room, kind: .room, title: "J.1.106", room: "J.1.106", source: "fosdem2024.xml",
                                   conference: "FOSDEM 2024", day: day, talkIDs: ["f1", "f2"],
                                   floatingStart: LocalDateTime(iso: "2024-02-03T10:30"),
                                   floatingEnd: LocalDateTime(iso: "2024-02-03T14:45"))],
                talks: [turtle, rust]),
            ScheduleFragment(
                source: Source(fileName: "31c3.xml", name: "31C3", format: .frabXML),
                sessions: [Session(id: saal, kind: .room, title: "Saal 1", room: "Saal 1", source: "31c3.xml",
                                   conference: "31C3", day: LocalDate(iso: "2014-12-27"), timeZoneID: "Europe/Berlin",
                                   utcOffset: 3600, start: citizenfour.start, end: citizenfour.end, talkIDs: ["c1"])],
                talks: [citizenfour]),
        ]).schedule
    }()

    private func titles(_ query: String) throws -> [String] {
        var results: [[Int]] = []
        for strategy in [SearchIndex.Strategy.wordIndex, .scan] {
            let index = SearchIndex(schedule: Self.schedule, strategy: strategy)
            results.append(index.search(try Query.parse(query, otherKinds: index.otherKinds)).positions)
        }
        #expect(results[0] == results[1])
        return results[0].map { Self.schedule.talks[$0].title }
    }

    @Test("track:, lang: and id: read the talk's own fields")
    func fields() throws {
        #expect(try titles("track:rust") == ["Rust for Linux"])
        #expect(try titles("track:design") == ["Creative Coding with TurtleStitch"])
        #expect(try titles("lang:de") == ["Citizenfour"])
        #expect(try titles("lang:en") == ["Creative Coding with TurtleStitch", "Rust for Linux"])
        #expect(try titles("id:2779") == ["Creative Coding with TurtleStitch"])
        #expect(try titles("id:6F3D-GUID-5571") == ["Citizenfour"])
        #expect(try titles("politics") == ["Citizenfour"])
    }

    @Test("type: accepts the kinds the data names")
    func types() throws {
        #expect(try titles("type:talk") == ["Creative Coding with TurtleStitch", "Rust for Linux"])
        #expect(try titles("type:film person:poitras") == ["Citizenfour"])
    }

    @Test("after: and before: read floating times as given, instants on the source's clock")
    func floatingTimes() throws {
        #expect(try titles("after:10:30 before:11") == ["Creative Coding with TurtleStitch"])
        #expect(try titles("after:13") == ["Rust for Linux"])
        #expect(try titles("before:0:30") == ["Citizenfour"], "23:00Z is midnight in Berlin")
        #expect(try titles("day:sat").count == 3, "2014-12-27 and 2024-02-03 are both Saturdays")
        #expect(try titles("day:2024-02-03") == ["Creative Coding with TurtleStitch", "Rust for Linux"])
    }
}
