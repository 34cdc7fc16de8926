import XCTest
import LineupModel
import LineupSearch
@testable import LineupTUI

final class ViewportTests: XCTestCase {
    func testTheOffsetStaysBetweenTheTopAndTheLastFullWindow() {
        var viewport = Viewport(contentHeight: 30, rows: 10)
        viewport.scroll(by: -5)
        XCTAssertEqual(viewport.offset, 0)
        viewport.scroll(by: 100)
        XCTAssertEqual(viewport.offset, 20)
        XCTAssertEqual(viewport.visibleLines, 20..<30, "the last line is on the last row")
        viewport.scroll(by: .max)
        XCTAssertEqual(viewport.offset, 20)
        viewport.scroll(by: .min)
        XCTAssertEqual(viewport.offset, 0)
    }

    func testAPageKeepsOneLineInView() {
        var viewport = Viewport(contentHeight: 30, rows: 10)
        viewport.page(down: true)
        XCTAssertEqual(viewport.offset, 9)
        viewport.page(down: false)
        XCTAssertEqual(viewport.offset, 0)
    }

    func testShorterTextOrMoreRowsPullTheOffsetBack() {
        var viewport = Viewport(contentHeight: 30, rows: 10)
        viewport.scrollToBottom()
        viewport.resize(contentHeight: 30, rows: 25)
        XCTAssertEqual(viewport.offset, 5)
        viewport.resize(contentHeight: 8, rows: 25)
        XCTAssertEqual(viewport.offset, 0)
        XCTAssertFalse(viewport.isScrollable)
        XCTAssertEqual(viewport.visibleLines, 0..<8)
    }

    func testTheShareShownCountsTheLastVisibleLine() {
        var viewport = Viewport(contentHeight: 40, rows: 10)
        XCTAssertEqual(viewport.percentShown, 25)
        viewport.scrollToBottom()
        XCTAssertEqual(viewport.percentShown, 100)
    }
}

/// The help and the details scrolled to their end show their last line, at the sizes where
/// the help's last line once stayed out of reach (its scroll was clamped one row short).
final class ScrollingToTheEndTests: XCTestCase {
    private static let seeds = SeedSchedule.seeds()
    private static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 100, rows: 20),
                                TerminalSize(columns: 60, rows: 12)]
    private static let index = SearchIndex(schedule: seeds)
    /// Ways to the end: G, pages, lines (more than the text has).
    private static func ways(lines: Int) -> [[Key]] {
        [[.character("G")], Array(repeating: .pageDown, count: lines / 4), Array(repeating: .character("j"), count: lines)]
    }

    private func text(_ glyphs: [Glyph]) -> String {
        var line = String(glyphs.map(\.character))
        while line.last == " " { line.removeLast() }
        return line
    }

    func testTheHelpsLastLineComesIntoView() {
        for size in Self.sizes {
            for way in Self.ways(lines: 200) {
                var harness = Harness(schedule: Self.seeds, size: size)
                harness.send(.character("?"))
                for key in way { harness.send(key) }
                let last = text(HelpText.lines(width: size.columns - 2, symbols: .unicode).last ?? [])
                XCTAssertFalse(last.isEmpty)
                let bottomRow = harness.screen[size.rows - 3]
                XCTAssertEqual(bottomRow, " " + last, "\(size.columns)x\(size.rows) after \(way.count) × \(way[0].label)")
                XCTAssertTrue(harness.screen[1...].joined().contains("Marks"), "the marks section shows")
            }
        }
    }

    func testTheDetailsLastLineComesIntoView() throws {
        for size in Self.sizes {
            for way in Self.ways(lines: 100) {
                var harness = Harness(schedule: Self.seeds, size: size, search: SearchSession(index: Self.index))
                harness.send(.character("/"))
                harness.type("Monarch")
                harness.send(.enter, .character("l"))
                XCTAssertEqual(harness.state.focus, .details)
                for key in way { harness.send(key) }
                let frame = try XCTUnwrap(harness.state.layout.frame(of: .details))
                let lines = DetailsText.lines(harness.state, width: frame.rect.width)
                XCTAssertGreaterThan(lines.count, frame.content.height, "Monarch's details need scrolling at \(size)")
                let last = text(lines.last ?? [])
                let screen = render(harness.state)
                let bottomRow = screen.text(ofRow: size.rows - 3)
                let shown = String(bottomRow.dropFirst(frame.content.x + 1).prefix(frame.content.width - 1))
                XCTAssertEqual(shown.trimmingCharacters(in: .whitespaces), last.trimmingCharacters(in: .whitespaces),
                               "\(size.columns)x\(size.rows) after \(way.count) × \(way[0].label)")
                XCTAssertTrue(screen.text(ofRow: 0).contains("100%"), screen.text(ofRow: 0))
            }
        }
    }
}
