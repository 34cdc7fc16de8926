import XCTest
@testable import LineupTUI

/// What is written for a grapheme cluster, and so its width (issue 11, defect 25): the width
/// of what the terminal is given, never more, so no cell is left unpainted.
final class TerminalClusterTests: XCTestCase {
    override func setUp() {
        TestLocale.useUTF8()
    }

    func testAFlagIsTwoColumnsWrittenAsItsTwoIndicators() {
        let flag = TerminalCluster("🇩🇪")
        XCTAssertEqual(flag.width, 2)
        XCTAssertEqual(flag.first, ["\u{1F1E9}"])
        XCTAssertEqual(flag.second, "\u{1F1EA}")
        XCTAssertEqual(DisplayWidth.of("🇩🇪 x"), 4)
    }

    func testAZWJSequenceIsWrittenAsItsFirstEmojiWithoutTheJoiner() {
        let family = TerminalCluster("👨‍👩‍👧‍👦")
        XCTAssertEqual(family.first, ["\u{1F468}"], "a trailing joiner would glue the next cell onto this one")
        XCTAssertEqual(family.width, 2)
        let rainbow = TerminalCluster("🏳️‍🌈")
        XCTAssertEqual(rainbow.first, ["\u{1F3F3}", "\u{FE0F}"])
        XCTAssertEqual(rainbow.width, 1, "the white flag is one column here: the rainbow after the joiner is not written")
        XCTAssertEqual(TerminalCluster("👩‍🔬").width, 2)
    }

    func testCombiningMarksStayWithTheirBase() {
        XCTAssertEqual(TerminalCluster("e\u{301}").first, ["e", "\u{301}"])
        XCTAssertEqual(TerminalCluster("e\u{301}").width, 1)
        XCTAssertEqual(TerminalCluster("深").width, 2)
        XCTAssertEqual(TerminalCluster("⚠️").width, 1)
    }

    func testTextLayoutMeasuresTheSameWidths() {
        let glyphs = TextLayout.glyphs("a🇩🇪👨‍👩‍👧‍👦🏳️‍🌈b")
        XCTAssertEqual(glyphs.map(\.width), [1, 2, 2, 1, 1])
        var grid = Grid(width: 10, height: 1)
        grid.draw(glyphs, x: 0, y: 0)
        XCTAssertTrue(grid[2, 0].isContinuation, "the flag keeps the cell its second indicator is written into")
        XCTAssertEqual(grid.text(ofRow: 0), "a🇩🇪👨‍👩‍👧‍👦🏳️‍🌈b" + String(repeating: " ", count: 3))
    }
}
