import XCTest
import Foundation
import LineupModel
import LineupSearch
@testable import LineupTUI

/// `t` goes to the talk on now or the next one, on the seeds, with the clock set by the test.
final class NowTests: XCTestCase {
    private static let seeds = SeedSchedule.seeds()
    private let monarch = "Monarch: Expressive Structured Matrices for Efficient and Accurate Training"
    private let straight = "Straight to the Gradient: Learning to Use Novel Tokens for Neural Text Generation"

    private func pressT(at instant: String, typing query: String? = nil) -> Harness {
        var harness = Harness(schedule: Self.seeds, size: TerminalSize(columns: 160, rows: 45),
                              search: SearchSession(index: SearchIndex(schedule: Self.seeds)),
                              now: ISOInstant.parse(instant) ?? .distantPast)
        if let query {
            harness.send(.character("/"))
            harness.type(query)
            harness.send(.enter)
        }
        harness.send(.character("t"))
        return harness
    }

    func testTheTalkOnNowIsSelectedWithItsEndInThePagesZone() {
        let harness = pressT(at: "2022-07-19T18:05:00Z")
        XCTAssertEqual(harness.selectedTitle, monarch)
        XCTAssertEqual(harness.state.focus, .talks)
        XCTAssertEqual(harness.state.message?.text, "On now until 11:20 PDT: \u{201C}\(monarch)\u{201D}")
    }

    func testBetweenTalksTheNextOneIsSelectedWithTheWaitBeforeIt() {
        let harness = pressT(at: "2021-07-22T23:00:00Z")
        XCTAssertEqual(harness.selectedTitle, straight)
        XCTAssertEqual(harness.state.message?.text, "Next, in 1 h: \u{201C}\(straight)\u{201D}")
    }

    func testLongBeforeTheConferenceTheFirstTalkIsNextWithItsDay() {
        let harness = pressT(at: "2021-01-01T00:00:00Z")
        XCTAssertEqual(harness.selectedTitle, straight)
        XCTAssertEqual(harness.state.message?.text, "Next, on Thu 22 Jul 17:00 PDT: \u{201C}\(straight)\u{201D}")
    }

    func testAfterTheLastTalkNothingMovesAndTheStatusSaysWhy() {
        let harness = pressT(at: "2030-01-01T00:00:00Z")
        XCTAssertEqual(harness.selectedTitle, straight, "the first talk stays selected")
        XCTAssertEqual(harness.state.focus, .days)
        XCTAssertEqual(harness.state.message?.text, "Nothing is on now or later: the schedule is over")
    }

    func testOnlyTalksTheFilterShowsAreConsidered() {
        let during = pressT(at: "2022-07-19T18:05:00Z", typing: "kind:spotlight")
        XCTAssertEqual(during.selectedTitle, "Generalizing to New Physical Systems via Context-Informed Dynamics Model",
                       "Monarch is an oral: the next spotlight, at 11:20")
        XCTAssertEqual(during.state.message?.text.hasPrefix("Next, in 15 min: "), true, during.state.message?.text ?? "")
        let after = pressT(at: "2030-01-01T00:00:00Z", typing: "kind:spotlight")
        XCTAssertEqual(after.state.message?.text, "Nothing among these talks is on now or later")
    }
}
