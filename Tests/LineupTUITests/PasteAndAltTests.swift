import XCTest
import LineupModel
@testable import LineupTUI

/// Typed text is never taken as commands: a paste goes into the field that has the keyboard
/// (line breaks and tabs become spaces) and never runs keys; Alt keys do nothing.
final class PasteAndAltTests: XCTestCase {
    func testAPasteIntoTheQueryLineIsSearchedAsOneLineAndRunsNoKeys() {
        var harness = Harness()
        harness.send(.character("/"))
        harness.dispatch(.paste("monarch\nb"))
        XCTAssertEqual(harness.state.search.text, "monarch b")
        XCTAssertTrue(harness.state.search.isEditing, "the newline did not press Enter")
        XCTAssertTrue(harness.savedIDs.isEmpty, "the b did not bookmark")
        XCTAssertTrue(harness.state.bookmarks.isEmpty)
    }

    func testAPasteIntoTheNotePromptBecomesTheNoteText() {
        var harness = Harness()
        harness.send(.enter, .enter, .character("c"))
        harness.dispatch(.paste("see\tlater\r\nle"))
        guard case .note(let prompt) = harness.state.prompt else { return XCTFail("the prompt closed") }
        XCTAssertEqual(prompt.text.text, "see later le")
        XCTAssertEqual(harness.state.focus, .talks, "l did not move the focus")
        harness.send(.enter)
        XCTAssertEqual(harness.state.bookmarkSet.bookmarks.first?.note, "see later le")
    }

    func testAPasteIntoTheExportPromptEditsThePath() {
        var harness = Harness()
        harness.send(.character("e"), .control("u"))
        harness.dispatch(.paste("my\nagenda.md"))
        guard case .export(let prompt) = harness.state.prompt else { return XCTFail("the prompt closed") }
        XCTAssertEqual(prompt.path.text, "my agenda.md")
    }

    func testAPasteOverThePanesIsDroppedWithAWord() {
        var harness = Harness()
        harness.send(.enter, .enter)
        let selected = harness.selectedTitle
        harness.dispatch(.paste("jjb q"))
        XCTAssertEqual(harness.selectedTitle, selected)
        XCTAssertTrue(harness.savedIDs.isEmpty)
        XCTAssertFalse(harness.quitRequested)
        XCTAssertEqual(harness.state.message?.text, "Pasted text goes into the query line (/) or a prompt; it was not used")
    }

    func testAltKeysDoNothingAndAreNotTyped() {
        var harness = Harness()
        harness.send(.enter, .enter, .alt("b"), .alt("q"))
        XCTAssertTrue(harness.savedIDs.isEmpty)
        XCTAssertFalse(harness.quitRequested)
        harness.send(.character("/"), .alt("x"))
        XCTAssertEqual(harness.state.search.text, "")
    }

    func testAPastedQueryIsSearchedOnceByTheLoop() {
        let harness = Harness()
        let terminal = FakeTerminal(size: harness.state.size, script: [.key(.character("/")), .input(.paste("monarch")), .idle])
        let loop = BrowserLoop(state: harness.state, terminal: terminal, runner: harness.runner)
        _ = loop.run()
        XCTAssertEqual((loop.runner.services.search as? TitleWordSearch)?.queries, ["monarch"])
    }
}

final class SuspendTests: XCTestCase {
    func testCtrlZAsksToSuspendInEveryModeButATooSmallWindow() {
        var query = Harness()
        query.send(.character("/"))
        XCTAssertEqual(update(&query.state, .key(.control("z"))), [.suspend])
        var panes = Harness()
        XCTAssertEqual(update(&panes.state, .key(.control("z"))), [.suspend])
        var help = Harness()
        help.send(.character("?"))
        XCTAssertEqual(update(&help.state, .key(.control("z"))), [.suspend])
    }

    func testTheLoopSuspendsTheTerminalAndDrawsAgainAfterwards() {
        let harness = Harness()
        let loop = BrowserLoop(state: harness.state, terminal: FakeTerminal(size: harness.state.size, script: [.key(.control("z")), .idle]),
                               runner: harness.runner)
        _ = loop.run()
        XCTAssertEqual(loop.terminal.suspensions, 1)
        XCTAssertEqual(loop.terminal.frames.count, 2, "a frame after coming back")
    }
}
