import LineupAgenda
import XCTest
import Foundation
import LineupModel
@testable import LineupTUI

final class UpdateTests: XCTestCase {
    private var monarch: String { "Monarch: Expressive Structured Matrices for Efficient and Accurate Training" }

    func testTheBrowserOpensOnTheFirstDaySessionAndTalkWithTheDaysFocused() {
        let harness = Harness()
        XCTAssertEqual(harness.state.focus, .days)
        XCTAssertEqual(harness.state.visibleDays.count, 3)
        XCTAssertEqual(harness.selectedTitle, "Online Continual Learning through Mutual Information Maximization")
    }

    func testMovingToAnotherDayShowsItsSessionsAndSelectsTheirFirstTalk() {
        var harness = Harness()
        harness.send(.down)
        XCTAssertEqual(harness.state.selectedSession.map { harness.state.outline.session(at: $0).title }, "Applications/Optimization")
        XCTAssertTrue(harness.selectedTitle?.hasPrefix("A Very Long Title") == true)
        harness.send(.character("j"))
        XCTAssertEqual(harness.selectedTitle, "Aligning Text-to-Image Diffusion Models with Reward Backpropagation")
    }

    func testEnterGoesFromDaysToSessionsToTalksToDetails() {
        var harness = Harness()
        harness.send(.enter)
        XCTAssertEqual(harness.state.focus, .sessions)
        harness.send(.enter)
        XCTAssertEqual(harness.state.focus, .talks)
        harness.send(.enter)
        XCTAssertEqual(harness.state.focus, .details)
        harness.send(.left, .character("h"))
        XCTAssertEqual(harness.state.focus, .sessions)
        harness.send(.tab, .tab, .tab)
        XCTAssertEqual(harness.state.focus, .days, "Tab cycles round")
        harness.send(.backTab)
        XCTAssertEqual(harness.state.focus, .details)
    }

    func testEveryKeystrokeInTheQueryLineAsksTheEngineAndFiltersAllPanes() {
        var harness = Harness()
        harness.send(.character("/"))
        XCTAssertTrue(harness.state.search.isEditing)
        harness.type("monarch")
        XCTAssertEqual((harness.runner.services.search as? TitleWordSearch)?.queries,
                       ["m", "mo", "mon", "mona", "monar", "monarc", "monarch"])
        XCTAssertEqual(harness.state.visibleTalkCount, 1)
        XCTAssertEqual(harness.state.visibleDays.map { harness.state.outline.day(at: $0).label }, ["Tue 19 Jul 2022"],
                       "days without hits disappear")
        XCTAssertEqual(harness.state.visibleTalks.count, 1)
        XCTAssertEqual(harness.selectedTitle, monarch)
    }

    func testEnterKeepsTheFilterAndMovesToTheResultsAndEscClearsIt() {
        var harness = Harness()
        harness.send(.character("/"))
        harness.type("monarch")
        harness.send(.enter)
        XCTAssertFalse(harness.state.search.isEditing)
        XCTAssertTrue(harness.state.search.isFiltering)
        XCTAssertEqual(harness.state.focus, .talks)
        XCTAssertEqual(harness.selectedTitle, monarch)
        harness.send(.escape)
        XCTAssertFalse(harness.state.search.isFiltering)
        XCTAssertEqual(harness.state.visibleTalkCount, 5)
        XCTAssertEqual(harness.selectedTitle, monarch, "clearing the filter keeps the selected talk")
    }

    func testDeletingTheWholeQueryRemovesTheFilterWithoutAskingTheEngine() {
        var harness = Harness()
        harness.send(.character("/"))
        harness.type("mo")
        harness.send(.backspace, .backspace)
        XCTAssertFalse(harness.state.search.isFiltering)
        XCTAssertTrue(harness.state.search.isEditing)
        XCTAssertEqual((harness.runner.services.search as? TitleWordSearch)?.queries, ["m", "mo", "m"])
    }

    func testAnAnswerForAnOlderQueryTextIsIgnored() {
        var harness = Harness()
        harness.send(.character("/"))
        _ = update(&harness.state, .key(.character("x")))
        let stale = TitleWordSearch.Matches(positions: [], word: "old")
        harness.dispatch(.searchFinished(text: "old", outcome: .matches(stale)))
        XCTAssertFalse(harness.state.search.isFiltering)
    }

    func testAMalformedQueryShowsTheEnginesErrorAndKeepsTheLastGoodFilter() {
        var harness = Harness()
        harness.send(.character("/"))
        harness.type("learning")
        let before = harness.state.visibleTalkCount
        XCTAssertEqual(before, 2)
        harness.type(":")
        XCTAssertEqual(harness.state.search.problem?.message, "unknown field \"learning:\"")
        XCTAssertEqual(harness.state.visibleTalkCount, before)
        let status = harness.screen[harness.state.size.rows - 2]
        XCTAssertTrue(status.contains("Query error at column 1: unknown field \"learning:\""), status)
        harness.send(.backspace)
        XCTAssertNil(harness.state.search.problem, "a good query again clears the error")
    }

    func testNextAndPreviousHitWalkThroughMatchesAcrossSessionsAndWrap() {
        var harness = Harness()
        harness.send(.character("/"))
        harness.type("learning")
        harness.send(.enter)
        XCTAssertEqual(harness.state.visibleTalkCount, 2)
        let first = harness.selectedTitle
        harness.send(.character("n"))
        XCTAssertNotEqual(harness.selectedTitle, first)
        XCTAssertTrue(harness.selectedTitle?.hasPrefix("A Very Long Title About Learning") == true)
        harness.send(.character("n"))
        XCTAssertEqual(harness.selectedTitle, first, "wraps to the first hit")
        harness.send(.character("N"))
        XCTAssertTrue(harness.selectedTitle?.hasPrefix("A Very Long Title About Learning") == true)
    }

    func testBookmarkingSavesAtOnceThroughTheStore() {
        var harness = Harness()
        harness.send(.enter, .enter, .down)
        XCTAssertEqual(harness.selectedTitle, monarch)
        harness.send(.character("b"))
        XCTAssertTrue(harness.state.bookmarks.contains(HandBuiltSchedule.monarchID))
        XCTAssertEqual(harness.savedIDs, [HandBuiltSchedule.monarchID])
        harness.send(.character(" "))
        XCTAssertTrue(harness.state.bookmarks.isEmpty)
        XCTAssertTrue(harness.savedIDs.isEmpty)
    }

    func testAFailedSaveIsReportedAndTheStateShowsWhatTheFileHolds() throws {
        let blocker = NSTemporaryDirectory() + "lineup-tui-tests-\(UUID().uuidString)"
        try "not a directory".write(toFile: blocker, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        var harness = Harness(bookmarksPath: blocker + "/bookmarks.json")
        harness.send(.enter, .enter)
        harness.send(.character("b"))
        XCTAssertTrue(harness.state.bookmarks.isEmpty)
        XCTAssertEqual(harness.state.message?.isError, true)
        XCTAssertTrue(harness.state.message?.text.hasPrefix("Bookmark not saved: ") == true, harness.state.message?.text ?? "")
        XCTAssertTrue(harness.state.message?.text.contains(blocker) == true, "the message names the file")
    }

    func testBookmarksSavedByAnotherProcessArePickedUpAndNotOverwritten() throws {
        var harness = Harness()
        harness.send(.enter, .enter)
        harness.send(.character("b"))
        let first = try XCTUnwrap(harness.state.selectedTalk?.id)
        let other = BookmarkStore(path: harness.store.path)
        let monarch = try XCTUnwrap(harness.state.schedule.talk(HandBuiltSchedule.monarchID))
        try other.add([monarch])
        guard let action = harness.runner.pollOutsideChanges() else { return XCTFail("no change seen") }
        harness.dispatch(action)
        XCTAssertEqual(harness.state.bookmarks, [first, HandBuiltSchedule.monarchID])
        XCTAssertNil(harness.runner.pollOutsideChanges(), "seen once")
        harness.send(.character("b"))
        XCTAssertEqual(harness.savedIDs, [HandBuiltSchedule.monarchID], "removing ours kept theirs")
    }

    func testTheBookmarksOnlyViewShowsOnlyBookmarkedTalks() {
        var harness = Harness()
        harness.send(.enter, .enter, .down, .character("b"), .character("B"))
        XCTAssertTrue(harness.state.bookmarksOnly)
        XCTAssertEqual(harness.state.visibleTalkCount, 1)
        XCTAssertEqual(harness.state.visibleDays.count, 1)
        XCTAssertEqual(harness.selectedTitle, monarch)
        harness.send(.character("B"))
        XCTAssertEqual(harness.state.visibleTalkCount, 5)
    }

    func testResizingKeepsTheSelectionAndTheCursorsValid() {
        var harness = Harness()
        harness.send(.enter, .enter, .down, .down)
        let selected = harness.selectedTitle
        harness.dispatch(.resize(TerminalSize(columns: 70, rows: 18)))
        XCTAssertEqual(harness.selectedTitle, selected)
        harness.dispatch(.resize(TerminalSize(columns: 20, rows: 5)))
        harness.dispatch(.resize(TerminalSize(columns: 160, rows: 45)))
        XCTAssertEqual(harness.selectedTitle, selected)
        XCTAssertEqual(harness.state.focus, .talks)
    }

    func testQAndCtrlCQuit() {
        for key in [Key.character("q"), .control("c")] {
            var harness = Harness()
            let effects = update(&harness.state, .key(key))
            XCTAssertEqual(effects, [.quit])
        }
    }

    func testCtrlCQuitsEvenWhileTypingAQuery() {
        var harness = Harness()
        harness.send(.character("/"))
        XCTAssertEqual(update(&harness.state, .key(.control("c"))), [.quit])
    }

    func testQIsTypedIntoTheQueryNotTakenAsQuit() {
        var harness = Harness()
        harness.send(.character("/"), .character("q"))
        XCTAssertFalse(harness.quitRequested)
        XCTAssertEqual(harness.state.search.text, "q")
    }

    func testTheExportQuestionOffersFormatsWithDefaultPaths() {
        var harness = Harness()
        harness.send(.character("e"))
        guard case .export(let prompt) = harness.state.prompt else { return XCTFail("no export prompt") }
        XCTAssertEqual(prompt.format, .ics)
        XCTAssertEqual(prompt.path.text, "lineup-agenda.ics")
        harness.send(.tab)
        guard case .export(let second) = harness.state.prompt else { return XCTFail("prompt closed") }
        XCTAssertEqual(second.format, .md)
        XCTAssertEqual(second.path.text, "lineup-agenda.md", "the default path follows the format")
        XCTAssertEqual(update(&harness.state, .key(.enter)), [.export(.md, path: "lineup-agenda.md", replacing: false)])
    }

    func testTabPutsTheNextFormatsExtensionOnAnEditedPath() {
        var harness = Harness()
        harness.send(.character("e"), .control("u"))
        harness.type("/tmp/mine.txt")
        harness.send(.tab)
        XCTAssertEqual(update(&harness.state, .key(.enter)), [.export(.md, path: "/tmp/mine.md", replacing: false)])
    }

    func testEscCancelsTheExport() {
        var harness = Harness()
        harness.send(.character("e"), .escape)
        XCTAssertNil(harness.state.prompt)
        XCTAssertEqual(harness.state.message?.text, "Export cancelled")
    }

    func testHelpOpensWithQuestionMarkAndClosesWithEscOrQWithoutQuitting() {
        var harness = Harness()
        harness.send(.character("?"))
        guard case .help = harness.state.overlay else { return XCTFail("no help") }
        harness.send(.character("q"))
        guard case .none = harness.state.overlay else { return XCTFail("help still open") }
        XCTAssertFalse(harness.quitRequested)
    }

    func testAClickSelectsTheEntryUnderThePointerAndFocusesItsPane() {
        var harness = Harness()
        guard let frame = harness.state.layout.frame(of: .talks) else { return XCTFail("no talks pane") }
        harness.dispatch(.mouse(.click(x: frame.rect.x + 5, y: frame.content.y + 1)))
        XCTAssertEqual(harness.state.focus, .talks)
        XCTAssertEqual(harness.selectedTitle, monarch)
    }

    func testTheWheelScrollsTheDetailsButNotPastTheirEnd() {
        var harness = Harness(size: TerminalSize(columns: 80, rows: 12))
        harness.send(.enter, .enter, .down, .enter)
        XCTAssertEqual(harness.state.focus, .details)
        harness.send(.down, .down)
        XCTAssertEqual(harness.state.details.offset, 2)
        for _ in 0..<100 { harness.send(.down) }
        let lines = DetailsText.lines(harness.state, width: harness.state.layout.frame(of: .details)!.rect.width).count
        XCTAssertEqual(harness.state.details.offset, lines - harness.state.layout.contentRows)
        harness.send(.character("g"))
        XCTAssertEqual(harness.state.details.offset, 0)
    }
}
