import XCTest
import LineupModel
@testable import LineupTUI

/// How the screen is divided at each size, on the hand-built schedule.
final class LayoutRenderTests: XCTestCase {
    private func headings(_ harness: Harness) -> String { harness.screen[0] }

    func testWideTerminalsShowAllFourPanes() {
        let harness = Harness(size: TerminalSize(columns: 160, rows: 45))
        let top = headings(harness)
        for title in ["Days", "Sessions", "Talks", "Details"] {
            XCTAssertTrue(top.contains(title), top)
        }
        XCTAssertFalse(top.contains("‹") || top.contains("›"), "nothing hidden")
    }

    func testUnderAHundredColumnsTheTalksAndDetailsShareTheScreenWhileReadingTalks() {
        var harness = Harness(size: TerminalSize(columns: 80, rows: 24))
        XCTAssertTrue(headings(harness).hasPrefix(" Days"))
        XCTAssertTrue(headings(harness).contains("Sessions ›"))
        harness.send(.enter, .enter)
        XCTAssertTrue(headings(harness).hasPrefix(" ‹ Talks"), headings(harness))
        XCTAssertTrue(headings(harness).contains("│ Details"))
        XCTAssertFalse(headings(harness).contains("Sessions"))
    }

    func testAHundredToAHundredAndThirtyColumnsShowThreePanes() {
        var harness = Harness(size: TerminalSize(columns: 120, rows: 40))
        XCTAssertEqual(harness.state.layout.frames.map(\.pane), [.days, .sessions, .talks])
        harness.send(.enter)
        XCTAssertEqual(harness.state.layout.frames.map(\.pane), [.sessions, .talks, .details])
    }

    func testUnderSixtyColumnsOnlyTheFocusedPaneIsShown() {
        var harness = Harness(size: TerminalSize(columns: 50, rows: 15))
        XCTAssertEqual(harness.state.layout.frames.map(\.pane), [.days])
        harness.send(.enter, .enter, .enter)
        XCTAssertEqual(harness.state.layout.frames.map(\.pane), [.details])
        XCTAssertTrue(harness.screen[1].hasPrefix(" Online Continual Learning"), harness.screen[1])
    }

    func testBelowTheMinimumSizeAShortMessageIsShownInstead() {
        let harness = Harness(size: TerminalSize(columns: 25, rows: 6))
        let text = harness.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Window too small"), text)
        XCTAssertTrue(text.contains("need 30x8"))
        XCTAssertTrue(text.contains("now 25x6"))
        XCTAssertFalse(text.contains("Days"))
    }

    func testNoScreenAtAnySizeHoldsHalfAWideCharacter() {
        for (columns, rows) in [(30, 8), (45, 10), (59, 20), (60, 20), (99, 30), (100, 30), (129, 30), (130, 30), (200, 60)] {
            var harness = Harness(size: TerminalSize(columns: columns, rows: rows))
            for keys in [[Key](), [.enter], [.enter], [.enter], [.character("?")], [.escape, .character("e")]] {
                harness.send(contentsOf: keys)
                let grid = render(harness.state)
                XCTAssertEqual(grid.lines.count, rows)
                for y in 0..<rows {
                    for x in 0..<columns {
                        let cell = grid[x, y]
                        if let character = cell.character, DisplayWidth.of(character) == 2 {
                            XCTAssertTrue(x + 1 < columns && grid[x + 1, y].isContinuation, "\(columns)x\(rows) (\(x),\(y))")
                        }
                        if cell.isContinuation {
                            XCTAssertTrue(x > 0 && DisplayWidth.of(grid[x - 1, y].character ?? " ") == 2, "\(columns)x\(rows) (\(x),\(y))")
                        }
                    }
                }
            }
        }
    }
}

extension Harness {
    mutating func send(contentsOf keys: [Key]) {
        for key in keys { send(key) }
    }
}
