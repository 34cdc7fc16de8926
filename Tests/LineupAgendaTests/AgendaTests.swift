import Foundation
import LineupAgenda
import LineupModel
import XCTest

final class AgendaTests: XCTestCase {
    // 19 July 2022, PDT: A 11:00–11:20, B 11:10–11:30, C 11:20–11:40, E 12:00–12:20.
    let a = talk("t-a", startUTC: "2022-07-19T18:00:00Z")
    let b = talk("t-b", startUTC: "2022-07-19T18:10:00Z")
    let c = talk("t-c", startUTC: "2022-07-19T18:20:00Z")
    let e = talk("t-e", startUTC: "2022-07-19T19:00:00Z")
    /// 22:00 PDT on 19 July is already 20 July in UTC: it still belongs to the 19th.
    let late = talk("t-late", startUTC: "2022-07-20T05:00:00Z", minutes: 30)
    /// 17:00 PDT on Thu 22 July 2021.
    let straight = talk("t-straight", startUTC: "2021-07-23T00:00:00Z")

    func testItemsAreInTimeOrderGroupedByDayInTheConferencesZone() {
        let agenda = Agenda(entries: [late, e, a, straight].map { AgendaEntry(talk: $0) })
        XCTAssertEqual(agenda.days.map(\.date.iso), ["2021-07-22", "2022-07-19"])
        XCTAssertEqual(agenda.days[1].entries.map(\.id), ["t-a", "t-e", "t-late"])
        XCTAssertEqual(agenda.days[1].utcOffset, -25_200)
        XCTAssertEqual(agenda.timedEntries.map(\.id), ["t-straight", "t-a", "t-e", "t-late"])
    }

    func testOverlappingTalksClashButTalksThatOnlyTouchDoNot() {
        let agenda = Agenda(entries: [a, b, c, e].map { AgendaEntry(talk: $0) })
        XCTAssertEqual(agenda.clashes, [
            Clash(first: "t-a", second: "t-b", start: instant("2022-07-19T18:10:00Z"), end: instant("2022-07-19T18:20:00Z")),
            Clash(first: "t-b", second: "t-c", start: instant("2022-07-19T18:20:00Z"), end: instant("2022-07-19T18:30:00Z")),
        ])
        let byID = Dictionary(uniqueKeysWithValues: agenda.timedEntries.map { ($0.id, $0) })
        XCTAssertEqual(byID["t-a"]?.clashesWith, ["t-b"], "A ends at 18:20 when C starts: no clash")
        XCTAssertEqual(byID["t-b"]?.clashesWith, ["t-a", "t-c"])
        XCTAssertEqual(byID["t-c"]?.clashesWith, ["t-b"])
        XCTAssertEqual(byID["t-e"]?.isClashing, false)
    }

    func testTalksStartingTogetherClashEvenWithoutAnEnd() {
        var pointA = talk("t-p1", startUTC: "2022-07-19T18:00:00Z")
        var pointB = talk("t-p2", startUTC: "2022-07-19T18:00:00Z")
        pointA.end = nil
        pointB.end = nil
        let inside = talk("t-in", startUTC: "2022-07-19T17:50:00Z")
        let clashes = Clash.detect(in: [inside, pointA, pointB])
        XCTAssertEqual(clashes.map { [$0.first, $0.second] }, [["t-in", "t-p1"], ["t-in", "t-p2"], ["t-p1", "t-p2"]])
    }

    func testALongTalkClashesWithEachTalkInsideItAndThreeAtOnceMakeThreePairs() {
        let x = talk("t-x", startUTC: "2022-07-19T18:00:00Z", minutes: 60)
        let y = talk("t-y", startUTC: "2022-07-19T18:05:00Z")
        let z = talk("t-z", startUTC: "2022-07-19T18:30:00Z")
        let clashes = Clash.detect(in: [x, y, z])
        XCTAssertEqual(clashes.map { "\($0.first)-\($0.second)" }, ["t-x-t-y", "t-x-t-z"])
        let w = talk("t-w", startUTC: "2022-07-19T18:10:00Z")
        XCTAssertEqual(Clash.detect(in: [x, y, w]).count, 3)
    }

    func testFreeGapsRunFromTheLatestEndSoFarToTheNextStart() {
        let agenda = Agenda(entries: [a, b, e, late].map { AgendaEntry(talk: $0) })
        let gaps = agenda.days[0].gaps
        XCTAssertEqual(gaps.map(\.start), [instant("2022-07-19T18:30:00Z"), instant("2022-07-19T19:20:00Z")])
        XCTAssertEqual(gaps.map(\.end), [instant("2022-07-19T19:00:00Z"), instant("2022-07-20T05:00:00Z")])
        XCTAssertEqual(gaps.map(\.beforeEntry), [2, 3])
        XCTAssertEqual(gaps[0].duration, 30 * 60)
    }

    func testUntimedPapersGoToTheReadingListNotToAnyDay() {
        let agenda = Agenda(entries: [paper("t-p1"), a, paper("t-p2")].map { AgendaEntry(talk: $0) })
        XCTAssertEqual(agenda.readingList.map(\.id), ["t-p1", "t-p2"])
        XCTAssertEqual(agenda.timedEntries.map(\.id), ["t-a"])
        XCTAssertEqual(agenda.allEntries.map(\.id), ["t-a", "t-p1", "t-p2"])
        XCTAssertTrue(agenda.clashes.isEmpty)
    }

    func testABookmarkWhoseTalkIsNotLoadedIsReportedMissingWithWhatTheFileKept() {
        let schedule = makeSchedule([a, e, paper("t-p1")])
        let gone = Bookmark(id: "t-gone", title: "A talk from last year's data", start: instant("2021-07-23T00:00:00Z"),
                            added: instant("2024-05-01T09:30:00Z"))
        let bookmarks = BookmarkSet(bookmarks: [
            Bookmark(talk: e, added: instant("2024-05-01T09:30:00Z"), note: "bring questions"),
            gone,
            Bookmark(talk: paper("t-p1"), added: instant("2024-05-01T09:30:00Z")),
        ])
        let agenda = Agenda(schedule: schedule, bookmarks: bookmarks)
        XCTAssertEqual(agenda.missing, [gone])
        XCTAssertEqual(agenda.timedEntries.map(\.id), ["t-e"])
        XCTAssertEqual(agenda.timedEntries.first?.note, "bring questions")
        XCTAssertEqual(agenda.readingList.map(\.id), ["t-p1"])
        XCTAssertFalse(agenda.isEmpty)
    }

    func testNoBookmarksMakeAnEmptyAgenda() {
        let agenda = Agenda(schedule: makeSchedule([a]), bookmarks: .empty)
        XCTAssertTrue(agenda.isEmpty)
        XCTAssertEqual(agenda, .empty)
    }
}

/// A schedule of one session holding `talks` in this order.
func makeSchedule(_ talks: [Talk]) -> Schedule {
    let session = Session(id: SessionID("s"), kind: .slots, title: "DL: Algorithms", source: "test.txt",
                          conference: "ICML 2022", talkIDs: talks.map(\.id))
    let fragment = ScheduleFragment(source: Source(fileName: "test.txt", name: "ICML 2022", format: .sessionPage),
                                    sessions: [session], talks: talks)
    return Schedule.assemble([fragment]).schedule
}
