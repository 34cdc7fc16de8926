import Foundation
import XCTest
import LineupModel

final class ScheduleTests: XCTestCase {
    private func talk(_ title: String, session: Session, start: Date? = nil, kind: TalkKind = .spotlight) -> Talk {
        Talk(id: TalkID.derive([session.id.rawValue, title]), title: title, kind: kind, start: start,
             sessionID: session.id, session: session.title, source: session.source)
    }

    private func fragment(_ title: String, kind: Session.Kind = .slots, day: LocalDate?, start: Date?,
                          talks titles: [String]) -> ScheduleFragment {
        var session = Session(id: SessionID.derive([title]), kind: kind, title: title,
                              source: "\(title).txt", conference: kind == .listing ? "Daily Papers" : "Conf",
                              day: day, start: start)
        let talks = titles.map { talk($0, session: session, start: start, kind: kind == .listing ? .paper : .oral) }
        session.talkIDs = talks.map(\.id)
        return ScheduleFragment(source: Source(fileName: session.source, name: session.conference,
                                               format: kind == .listing ? .dailyPapers : .sessionPage),
                                sessions: [session], talks: talks)
    }

    func testSessionsAreOrderedByDayThenStartWhateverTheLoadOrder() {
        let d1 = LocalDate(year: 2022, month: 7, day: 19)!, d2 = LocalDate(year: 2022, month: 7, day: 21)!
        let late = fragment("Late", day: d1, start: Date(timeIntervalSince1970: 2000), talks: ["c"])
        let early = fragment("Early", day: d1, start: Date(timeIntervalSince1970: 1000), talks: ["a", "b"])
        let next = fragment("Next day", day: d2, start: Date(timeIntervalSince1970: 500), talks: ["d"])
        let (schedule, diagnostics) = Schedule.assemble([next, late, early])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(schedule.sessions.map(\.title), ["Early", "Late", "Next day"])
        XCTAssertEqual(schedule.talks.map(\.title), ["a", "b", "c", "d"])
        XCTAssertEqual(schedule.days.map(\.label), ["Tue 19 Jul 2022", "Thu 21 Jul 2022"])
        XCTAssertEqual(schedule.days.first?.sessionIDs.count, 2)
        XCTAssertEqual(schedule.position(of: schedule.talks[2].id), 2)
    }

    func testARepeatedItemIsKeptOnceAndReported() {
        let page = fragment("S", day: nil, start: nil, talks: ["x"])
        let (schedule, diagnostics) = Schedule.assemble([page, page])
        XCTAssertEqual(schedule.talks.count, 1)
        XCTAssertEqual(diagnostics.count, 2, "one for the item, one for the session")
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning })
    }

    func testTheSameTitleInTwoListingsIsLinkedBothWays() {
        let a = fragment("Dec 8", kind: .listing, day: LocalDate(year: 2025, month: 12, day: 8), start: nil,
                         talks: ["Pointer Networks", "Other"])
        let b = fragment("Oct 13", kind: .listing, day: LocalDate(year: 2025, month: 10, day: 13), start: nil,
                         talks: ["pointer  networks"])
        let schedule = Schedule.assemble([a, b]).schedule
        let first = schedule.talks.first { $0.title == "Pointer Networks" }!
        let second = schedule.talks.first { $0.title == "pointer  networks" }!
        XCTAssertEqual(first.alsoListedIn, [second.id])
        XCTAssertEqual(second.alsoListedIn, [first.id])
        XCTAssertEqual(schedule.talks.first { $0.title == "Other" }?.alsoListedIn, [])
        XCTAssertEqual(schedule.days.map(\.label), ["Daily Papers · 13 Oct", "Daily Papers · 8 Dec"])
    }

    func testIdsAreStableAndDistinguishParts() {
        XCTAssertEqual(TalkID.derive(["a", "b"]), TalkID.derive(["a", "b"]))
        XCTAssertNotEqual(TalkID.derive(["ab", "c"]), TalkID.derive(["a", "bc"]))
        XCTAssertEqual(TalkID.derive(["x"]).rawValue.count, 17)
        XCTAssertEqual(TalkID.normalisedTitle("  Monarch:\n Expressive  "), "monarch: expressive")
        // A fixed value: ids are persisted in bookmark files, so the hash must never change.
        // (value computed independently with FNV-1a 64 in Python).
        XCTAssertEqual(TalkID.derive(["slot", "monarch"]).rawValue, "te3bc402d367c1a65")
    }
}
