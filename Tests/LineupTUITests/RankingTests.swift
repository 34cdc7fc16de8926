import XCTest
import Foundation
import LineupModel
import LineupSearch
@testable import LineupTUI

/// `s` ranks the hits of a search by relevance: the talks pane lists every hit, best first,
/// and the days and sessions panes follow the selected talk. On the seeds, with the real engine.
final class RankingTests: XCTestCase {
    private static let seeds = SeedSchedule.seeds()
    private let forwardLearning = "Forward Learning of Graph Neural Networks"
    private let knowledgeBase = "Knowledge Base Question Answering by Case-based Reasoning over Subgraphs"

    private func searched(_ text: String, columns: Int = 160, rows: Int = 45) -> Harness {
        var harness = Harness(schedule: Self.seeds, size: TerminalSize(columns: columns, rows: rows),
                              search: SearchSession(index: SearchIndex(schedule: Self.seeds)))
        harness.send(.character("/"))
        harness.type(text)
        harness.send(.enter)
        return harness
    }

    /// Issue 11, defect 26: "Thu" alone cannot tell 22 Jul 2021 from 21 Jul 2022.
    func testBestMatchesShowTheDateWhenTheHitsSpanMoreThanAWeek() {
        var acrossYears = searched("learning")
        acrossYears.send(.character("s"))
        let rows = acrossYears.screen.filter { $0.contains(" Spot ") || $0.contains(" Oral ") }
        XCTAssertTrue(rows.contains { $0.contains("22 Jul 2021 ") }, rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.contains("19 Jul 2022 ") }, rows.joined(separator: "\n"))

        var oneYear = searched("pointer networks")
        oneYear.send(.character("s"))
        let papers = oneYear.screen.filter { $0.contains("Pointer Networks") && $0.contains("Paper") }
        XCTAssertEqual(papers.count, 2, oneYear.screen.joined(separator: "\n"))
        XCTAssertTrue(papers.contains { $0.contains("Mon 13 Oct ") } && papers.contains { $0.contains("Mon 8 Dec ") },
                      papers.joined(separator: "\n"))

        var oneDay = searched("monarch")
        oneDay.send(.character("s"))
        let monarch = oneDay.screen.first { $0.contains("Monarch: Expressive") && $0.contains("Oral") } ?? ""
        XCTAssertTrue(monarch.contains("Tue 11:00 Oral"), "one day: the weekday is enough: \(monarch)")
    }

    func testRankingListsEveryHitBestFirstAndTheDaysFollow() throws {
        var harness = searched("graph")
        XCTAssertEqual(harness.selectedTitle, "Learning Iterative Reasoning through Energy Minimization", "schedule order first")
        let count = harness.state.visibleTalkCount
        harness.send(.character("s"))
        XCTAssertTrue(harness.state.isRanking)
        XCTAssertEqual(harness.state.visibleTalks.count, count, "every hit of every day, in one list")
        let titles = harness.state.visibleTalks.prefix(2).map { Self.seeds.talks[$0].title }
        XCTAssertEqual(titles, [forwardLearning, knowledgeBase], "a title hit at a word start first")
        XCTAssertEqual(harness.selectedTitle, forwardLearning)
        XCTAssertEqual(harness.state.focus, .talks)
        let selectedSession = try XCTUnwrap(harness.state.selectedSession)
        XCTAssertEqual(harness.state.outline.session(at: selectedSession).title, "Daily Papers · Dec 8",
                       "the sessions pane shows where the best hit is")
        XCTAssertEqual(harness.state.message?.text, "Hits by relevance: title before authors before abstract")
        XCTAssertEqual(harness.state.search.ranking, harness.state.visibleTalks, "ranked once and kept with the result")
        harness.send(.character("B"), .character("B"))
        XCTAssertEqual(harness.state.visibleTalks.prefix(2).map { Self.seeds.talks[$0].title }, [forwardLearning, knowledgeBase],
                       "the bookmarks-only switch reuses the ranking")

        let screen = harness.screen
        XCTAssertTrue(screen[0].contains("Best matches"), screen[0])
        XCTAssertTrue(screen[1].contains("8 Dec 2025 ") && screen[1].contains(forwardLearning), screen[1])
        XCTAssertTrue(screen[2].contains("19 Jul 2022 11:45 Spot"), screen[2])
        XCTAssertTrue(screen[43].contains("/graph · by relevance"), screen[43])

        harness.send(.down)
        XCTAssertEqual(harness.selectedTitle, knowledgeBase)
        let day = try XCTUnwrap(harness.state.selectedDay)
        XCTAssertEqual(harness.state.schedule.days[day].date, LocalDate(year: 2022, month: 7, day: 19), "the days pane followed")
    }

    func testNextHitFollowsTheRankingAndScheduleOrderComesBackWithS() {
        var harness = searched("graph")
        harness.send(.character("s"), .character("n"))
        XCTAssertEqual(harness.selectedTitle, knowledgeBase)
        harness.send(.character("N"), .character("N"))
        XCTAssertEqual(harness.selectedTitle, Self.seeds.talks[harness.state.visibleTalks.last ?? 0].title, "wraps to the last hit")
        harness.send(.character("g"), .character("s"))
        XCTAssertFalse(harness.state.isRanking)
        XCTAssertEqual(harness.selectedTitle, forwardLearning, "the selected talk stays")
        XCTAssertEqual(harness.state.message?.text, "Hits in schedule order")
        XCTAssertFalse(harness.screen[0].contains("Best matches"))
    }

    func testPickingADayOrSessionSelectsItsBestHit() {
        var harness = searched("learning")
        harness.send(.character("s"), .character("h"), .character("h"))
        XCTAssertEqual(harness.state.focus, .days)
        harness.send(.character("g"))
        XCTAssertEqual(harness.state.dayCursor.selected, 0)
        guard let position = harness.state.selectedTalkPosition else { return XCTFail("no talk selected") }
        let firstDay = harness.state.visibleDays[0]
        let hitsOfDay = harness.state.visibleTalks.filter {
            harness.state.outline.dayOfSession[harness.state.outline.sessionOfTalk[$0]] == firstDay
        }
        XCTAssertEqual(position, hitsOfDay.first, "the best hit of the first day")
        XCTAssertTrue(harness.state.isRanking, "the list stays ranked")
    }

    func testTheChoiceHoldsForTheNextSearchAndEscEndsTheFilterNotTheChoice() {
        var harness = Harness(schedule: Self.seeds, size: TerminalSize(columns: 160, rows: 45),
                              search: SearchSession(index: SearchIndex(schedule: Self.seeds)))
        harness.send(.character("s"))
        XCTAssertFalse(harness.state.isRanking, "nothing to rank without a search")
        XCTAssertEqual(harness.state.message?.text, "Search hits will be sorted by relevance (/ searches)")
        harness.send(.character("/"))
        harness.type("graph")
        XCTAssertTrue(harness.state.isRanking)
        XCTAssertEqual(harness.selectedTitle, forwardLearning, "the best hit is selected as you type")
        harness.send(.escape)
        XCTAssertFalse(harness.state.isRanking)
        XCTAssertTrue(harness.state.ranksByRelevance)
        XCTAssertEqual(harness.state.visibleTalkCount, 115)
    }
}
