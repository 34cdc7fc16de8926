import XCTest
import LineupModel
@testable import LineupTUI

/// A window too small to draw the browser says so and "q quits": only q, Ctrl-C and a resize
/// act there, since nothing else could be seen doing it.
final class TooSmallWindowTests: XCTestCase {
    private let tiny = TerminalSize(columns: 20, rows: 5)

    private func talksHarness() -> Harness {
        var harness = Harness()
        harness.send(.enter, .enter)
        harness.dispatch(.resize(tiny))
        return harness
    }

    func testNoKeyButQuitActsOnAWindowTooSmallToDraw() {
        var harness = talksHarness()
        let selected = harness.selectedTitle
        for key in [Key.character("b"), .character(" "), .character("j"), .down, .character("c"), .character("e"),
                    .character("a"), .character("?"), .character("/"), .character("x"), .enter, .escape, .tab] {
            harness.send(key)
        }
        XCTAssertTrue(harness.savedIDs.isEmpty, "b bookmarked a talk nobody could see")
        XCTAssertTrue(harness.state.bookmarks.isEmpty)
        XCTAssertEqual(harness.selectedTitle, selected)
        XCTAssertNil(harness.state.prompt)
        XCTAssertFalse(harness.state.search.isEditing)
        guard case .none = harness.state.overlay else { return XCTFail("an overlay opened") }
        XCTAssertEqual(harness.state.focus, .talks)
        XCTAssertFalse(harness.quitRequested)
    }

    func testTheMouseDoesNothingThere() {
        var harness = talksHarness()
        let selected = harness.selectedTitle
        harness.dispatch(.mouse(.click(x: 2, y: 2)))
        harness.dispatch(.mouse(.wheel(lines: 3, x: 2, y: 2)))
        XCTAssertEqual(harness.selectedTitle, selected)
        XCTAssertEqual(harness.state.focus, .talks)
    }

    func testQAndCtrlCQuitThereEvenWhileAQueryWasBeingTyped() {
        for key in [Key.character("q"), .control("c")] {
            var harness = Harness()
            harness.send(.character("/"))
            harness.dispatch(.resize(tiny))
            XCTAssertEqual(update(&harness.state, .key(key)), [.quit], key.label)
        }
    }

    func testAResizeBackShowsTheBrowserAsItWas() {
        var harness = talksHarness()
        let selected = harness.selectedTitle
        XCTAssertTrue(harness.screen.joined(separator: "\n").contains("q quits"))
        harness.dispatch(.resize(TerminalSize(columns: 160, rows: 45)))
        harness.send(.down)
        XCTAssertNotEqual(harness.selectedTitle, selected, "keys act again")
    }
}
