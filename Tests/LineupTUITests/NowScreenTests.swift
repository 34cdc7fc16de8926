import XCTest
import Foundation
import LineupAgenda
import LineupModel
import LineupSearch
@testable import LineupTUI

/// The browser during the conference, on the seeds with the clock stopped at 11:10 PDT on
/// Tue 19 Jul 2022 (18:10Z), while Monarch (11:00–11:20) is on in "DL: Algorithms": opening
/// on today, the now line, the marks, `P` and `w`.
final class NowScreenTests: XCTestCase {
    private static let seeds = SeedSchedule.seeds()
    private let monarch = "Monarch: Expressive Structured Matrices for Efficient and Accurate Training"
    private let generalizing = "Generalizing to New Physical Systems via Context-Informed Dynamics Model"
    private static let tuesday = ISOInstant.parse("2022-07-19T18:10:00Z") ?? .distantPast

    private func opened(at instant: Date = tuesday) -> Harness {
        Harness(schedule: Self.seeds, size: TerminalSize(columns: 160, rows: 45),
                search: SearchSession(index: SearchIndex(schedule: Self.seeds)), now: instant, opensOnToday: true)
    }

    private func dayLabel(_ harness: Harness) -> String? {
        harness.state.selectedDay.map { harness.state.outline.day(at: $0).label }
    }

    private func row(containing text: String, in screen: Grid) -> Int? {
        (0..<screen.height).first { screen.text(ofRow: $0).contains(text) }
    }

    // MARK: Opening on today

    func testItOpensOnTodayWithTheTalkOnNowSelected() {
        let harness = opened()
        XCTAssertEqual(dayLabel(harness), "Tue 19 Jul 2022")
        XCTAssertEqual(harness.selectedTitle, monarch)
        XCTAssertEqual(harness.state.focus, .talks)
        XCTAssertEqual(harness.state.message?.text, "On now until 11:20 PDT: \u{201C}\(monarch)\u{201D}")
    }

    func testBetweenTwoDaysOfTheConferenceItOpensOnTheNextTalk() {
        let harness = opened(at: ISOInstant.parse("2022-07-20T18:00:00Z") ?? .distantPast)  // Wed 20, no session
        XCTAssertEqual(dayLabel(harness), "Thu 21 Jul 2022")
        XCTAssertEqual(harness.state.selectedTalk?.day, LocalDate(year: 2022, month: 7, day: 21))
        XCTAssertEqual(harness.state.message?.text,
                       "Next, on Thu 21 Jul 12:30 PDT: \u{201C}GLaM: Efficient Scaling of Language Models with Mixture-of-Experts\u{201D}")
    }

    func testOutsideTheConferenceItOpensOnTheFirstDayAsAlways() {
        for instant in ["2021-01-01T00:00:00Z", "2030-01-01T00:00:00Z"] {
            let harness = opened(at: ISOInstant.parse(instant) ?? .distantPast)
            XCTAssertEqual(harness.state.dayCursor.selected, 0, instant)
            XCTAssertEqual(harness.state.focus, .days, instant)
            XCTAssertNil(harness.state.message, instant)
        }
    }

    // MARK: The now line and the marks

    func testTheNowLineSitsBetweenTheTalkOnNowAndTheNext() throws {
        let screen = render(opened().state)
        let monarchRow = try XCTUnwrap(row(containing: "11:00 Oral", in: screen), screen.lines.joined(separator: "\n"))
        XCTAssertTrue(screen.text(ofRow: monarchRow + 1).contains("── now 11:10 ────"), screen.text(ofRow: monarchRow + 1))
        XCTAssertTrue(screen.text(ofRow: monarchRow + 2).contains("11:20 Spot"), screen.text(ofRow: monarchRow + 2))
        XCTAssertTrue(screen.text(ofRow: monarchRow - 1).contains("10:55"), screen.text(ofRow: monarchRow - 1))
    }

    func testTheTalkOnNowIsMarkedAndPastTalksAreDimmed() throws {
        let screen = render(opened().state)
        let monarchRow = try XCTUnwrap(row(containing: "11:00 Oral", in: screen))
        XCTAssertTrue(screen.text(ofRow: monarchRow).contains("now Monarch: Expr"), screen.text(ofRow: monarchRow))
        let pastRow = try XCTUnwrap(row(containing: "10:30 Spot", in: screen))
        let nextRow = try XCTUnwrap(row(containing: "11:20 Spot", in: screen))
        let titleColumn = try XCTUnwrap(screen.column(of: "Online Continual", inRow: pastRow))
        XCTAssertEqual(screen[titleColumn, pastRow].style.role, .muted, screen.text(ofRow: pastRow))
        XCTAssertEqual(screen[titleColumn, nextRow].style.role, .text, screen.text(ofRow: nextRow))
    }

    func testTheLineMovesWithTheClock() throws {
        var harness = opened()
        harness.dispatch(.clockTicked(Now(instant: ISOInstant.parse("2022-07-19T18:21:00Z") ?? .distantPast,
                                          floatingZone: TimeZone(identifier: "UTC")!)))
        let screen = render(harness.state)
        let lineRow = try XCTUnwrap(row(containing: "── now 11:21", in: screen))
        XCTAssertTrue(screen.text(ofRow: lineRow - 1).contains("11:20 Spot"), screen.text(ofRow: lineRow - 1))
        XCTAssertFalse(screen.text(ofRow: row(containing: "11:00 Oral", in: screen) ?? 0).contains("now Monarch"))
    }

    // MARK: Hiding the past

    func testPHidesThePastInEveryPaneAndTheStatusBarSaysSo() throws {
        var harness = opened()
        let before = render(harness.state).lines.joined(separator: "\n")
        XCTAssertTrue(before.contains("Thu 22 Jul 2021"), before)
        XCTAssertTrue(before.contains("10:30 Spot"), before)
        harness.send(.character("P"))
        let screen = render(harness.state).lines.joined(separator: "\n")
        XCTAssertTrue(harness.state.hidesPast)
        XCTAssertFalse(screen.contains("Thu 22 Jul 2021"), "the ICML 2021 day is over:\n\(screen)")
        XCTAssertTrue(screen.contains("Tue 19 Jul 2022") && screen.contains("Thu 21 Jul 2022"), screen)
        XCTAssertTrue(screen.contains("Daily Papers"), "untimed listings are never past:\n\(screen)")
        XCTAssertTrue(screen.contains("DL: Algorithms"), screen)
        for past in ["10:30 Spot", "10:35 Spot", "10:40 Spot", "10:45 Spot", "10:50 Spot", "10:55 Spot"] {
            XCTAssertFalse(screen.contains(past), "\(past) ended before 11:10:\n\(screen)")
        }
        XCTAssertEqual(harness.selectedTitle, monarch, "the talk on now stays")
        XCTAssertTrue(screen.contains("past hidden"), screen)
        XCTAssertEqual(harness.state.visibleTalks.count, 8, "Monarch and the seven after it")
        harness.send(.character("P"))
        XCTAssertEqual(harness.state.visibleTalks.count, 14)
        XCTAssertFalse(render(harness.state).lines.joined().contains("past hidden"))
    }

    func testPHidesThePastInTheAgenda() throws {
        var harness = opened()
        let schedule = Self.seeds
        let pastTalk = try XCTUnwrap(schedule.talks.first { $0.localStart?.clock == "10:30" && $0.session == "DL: Algorithms" })
        let earlierYear = try XCTUnwrap(schedule.talks.first { $0.day?.year == 2021 && $0.isTimed })
        for talk in [pastTalk, earlierYear] {
            harness.state.showInSchedule(talk)
            harness.send(.character("b"))
        }
        harness.send(.character("t"), .character("b"))  // Monarch
        harness.send(.character("a"))
        let all = render(harness.state).lines.joined(separator: "\n")
        XCTAssertTrue(all.contains(pastTalk.title) && all.contains("Thu 22 Jul 2021") && all.contains("Monarch"), all)
        harness.send(.character("P"))
        let hidden = render(harness.state).lines.joined(separator: "\n")
        XCTAssertFalse(hidden.contains(pastTalk.title), hidden)
        XCTAssertFalse(hidden.contains("Thu 22 Jul 2021"), hidden)
        XCTAssertTrue(hidden.contains("Monarch") && hidden.contains("past hidden"), hidden)
    }

    // MARK: Now and next

    func testWListsTheTalkOnNowAndTheNextPerRoomAndEnterGoesToIt() throws {
        var harness = opened()
        harness.send(.character("b"))  // Monarch is bookmarked
        harness.send(.character("w"))
        guard case .nowAndNext(let screen) = harness.state.overlay else { return XCTFail("no Now and next screen") }
        XCTAssertEqual(screen.table.rows.map(\.place), ["Ballroom 1 & 2"], "Hall G's session is on Thursday")
        let text = render(harness.state)
        let nowRow = try XCTUnwrap(row(containing: "Monarch", in: text), text.lines.joined(separator: "\n"))
        XCTAssertTrue(text.text(ofRow: nowRow).contains("Ballroom 1 & 2  now   11:00–11:20 ★ Monarch"), text.text(ofRow: nowRow))
        XCTAssertTrue(text.text(ofRow: nowRow).hasSuffix("10 min left "), text.text(ofRow: nowRow))
        XCTAssertTrue(text.text(ofRow: nowRow + 1).contains("next  11:20–11:25   Generalizing"), text.text(ofRow: nowRow + 1))
        XCTAssertTrue(text.text(ofRow: nowRow + 1).hasSuffix("in 10 min "), text.text(ofRow: nowRow + 1))
        harness.send(.down, .enter)
        XCTAssertEqual(harness.selectedTitle, generalizing)
        guard case .none = harness.state.overlay else { return XCTFail("still on the Now and next screen") }
    }

    // MARK: The clock words in the browser

    func testTheQueryLineReadsTheBrowsersClock() {
        var harness = opened()
        harness.send(.character("/"))
        harness.type("is:now")
        harness.send(.enter)
        XCTAssertEqual(harness.state.visibleTalkCount, 1)
        XCTAssertEqual(harness.selectedTitle, monarch)
    }
}
