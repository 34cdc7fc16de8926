import Foundation
import LineupModel
@testable import LineupSearch
import Testing

/// `SearchIndex(schedule:)`: how talks are seen through `ScheduleEntry`.
@Suite struct ScheduleIndexTests {
    /// A session on Tue 19 July 2022 (PDT) with a talk at 10:30 and one at 23:50 local, which is
    /// already Wednesday in UTC, plus a listed paper with no time.
    static let schedule: Schedule = {
        let pdt = -7 * 3600
        func at(_ iso: String) -> Date { ISOInstant.parse(iso)! }
        let session = SessionID("s1"), listing = SessionID("s2")
        let early = Talk(id: "t1", title: "Monarch: Expressive Structured Matrices", authors: ["Tri Dao", "Beidi Chen"],
                         kind: .oral, awards: ["Outstanding Paper Runner Up"],
                         start: at("2022-07-19T17:30:00Z"), end: at("2022-07-19T17:50:00Z"),
                         timeZoneID: "America/Los_Angeles", utcOffset: pdt, day: LocalDate(iso: "2022-07-19"),
                         sessionID: session, session: "DL: Algorithms", room: "Ballroom 1 & 2",
                         abstract: "Large neural networks excel.", source: "icml2022-dl-algorithms.txt")
        let late = Talk(id: "t2", title: "Late Poster", authors: ["Jérémie DONA"], kind: .other("Poster"),
                        start: at("2022-07-20T06:50:00Z"), end: at("2022-07-20T07:00:00Z"),
                        timeZoneID: "America/Los_Angeles", utcOffset: pdt, day: LocalDate(iso: "2022-07-19"),
                        sessionID: session, session: "DL: Algorithms", room: "Ballroom 1 & 2",
                        source: "icml2022-dl-algorithms.txt")
        let paper = Talk(id: "t3", title: "Pointer Networks", authorCount: 3, kind: .paper,
                         day: LocalDate(iso: "2025-12-08"), sessionID: listing, session: "Daily Papers · Dec 8",
                         abstract: "We introduce a new neural architecture.", source: "daily-papers-dec-8.txt")
        let fragments = [
            ScheduleFragment(
                source: Source(fileName: "icml2022-dl-algorithms.txt", name: "ICML 2022", format: .sessionPage, year: 2022),
                sessions: [Session(id: session, kind: .slots, title: "DL: Algorithms", room: "Ballroom 1 & 2",
                                   source: "icml2022-dl-algorithms.txt", conference: "ICML 2022",
                                   day: LocalDate(iso: "2022-07-19"), talkIDs: ["t1", "t2"])],
                talks: [early, late]),
            ScheduleFragment(
                source: Source(fileName: "daily-papers-dec-8.txt", name: "Hugging Face Daily Papers", format: .dailyPapers),
                sessions: [Session(id: listing, kind: .listing, title: "Daily Papers · Dec 8",
                                   source: "daily-papers-dec-8.txt", conference: "Hugging Face Daily Papers",
                                   day: LocalDate(iso: "2025-12-08"), talkIDs: ["t3"])],
                talks: [paper]),
        ]
        return Schedule.assemble(fragments).schedule
    }()

    private func titles(_ query: String, bookmarked: Set<TalkID> = []) throws -> [String] {
        let schedule = Self.schedule
        var results: [[Int]] = []
        for strategy in [SearchIndex.Strategy.wordIndex, .scan] {
            let index = SearchIndex(schedule: schedule, strategy: strategy)
            results.append(index.search(try Query.parse(query, otherKinds: index.otherKinds), bookmarked: bookmarked).positions)
        }
        #expect(results[0] == results[1])
        return results[0].map { schedule.talks[$0].title }
    }

    @Test("Times compare on the page's wall clock, not in UTC")
    func wallClock() throws {
        #expect(try titles("after:10:30") == ["Monarch: Expressive Structured Matrices", "Late Poster"])
        #expect(try titles("after:23:00") == ["Late Poster"])
        #expect(try titles("before:10:31") == ["Monarch: Expressive Structured Matrices"])
    }

    @Test("day: uses the talk's day in the page's zone, and the listing's day for papers")
    func days() throws {
        #expect(try titles("day:2022-07-19") == ["Monarch: Expressive Structured Matrices", "Late Poster"])
        #expect(try titles("day:wed").isEmpty)
        #expect(try titles("day:mon") == ["Pointer Networks"])
    }

    @Test("source: matches the file name and the conference or listing name")
    func sources() throws {
        #expect(try titles("source:\"icml 2022\"") == ["Monarch: Expressive Structured Matrices", "Late Poster"])
        #expect(try titles("source:hugging") == ["Pointer Networks"])
        #expect(try titles("source:dec-8") == ["Pointer Networks"])
    }

    @Test("Kinds, awards, rooms, sessions and authors come from the talk")
    func talkFields() throws {
        #expect(try titles("kind:poster") == ["Late Poster"])
        #expect(try titles("award:runner") == ["Monarch: Expressive Structured Matrices"])
        #expect(try titles("room:ballroom -kind:oral") == ["Late Poster"])
        #expect(try titles("session:\"daily papers\"") == ["Pointer Networks"])
        #expect(try titles("author:jeremie") == ["Late Poster"])
        #expect(try titles("neural") == ["Monarch: Expressive Structured Matrices", "Pointer Networks"])
        #expect(try titles("is:bookmarked", bookmarked: ["t3"]) == ["Pointer Networks"])
    }

    @Test("An index of part of the schedule numbers its talks from the part's start")
    func part() throws {
        let tail = SearchIndex(schedule: Self.schedule, talks: 1..<3, strategy: .scan)
        #expect(tail.count == 2)
        #expect(tail.search(try Query.parse("pointer")).positions == [1])
        #expect(tail.search(try Query.parse("monarch")).positions.isEmpty)
        #expect(SearchIndex(schedule: Self.schedule, talks: 2..<9).count == 1)
    }

    @Test("Positions follow the schedule, and ids map back to them")
    func positions() throws {
        let index = SearchIndex(schedule: Self.schedule)
        #expect(index.count == 3)
        #expect(index.position(of: "t3") == Self.schedule.position(of: "t3"))
        #expect(index.position(of: "missing") == nil)
        #expect(index.otherKinds == ["poster"])
        let scanned = SearchIndex(schedule: Self.schedule, strategy: .scan)
        #expect(scanned.position(of: "t2") == 1)
        #expect(scanned.position(of: "missing") == nil)
    }
}
