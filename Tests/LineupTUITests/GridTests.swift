import XCTest
@testable import LineupTUI

final class GridTests: XCTestCase {
    override func setUp() {
        TestLocale.useUTF8()
    }

    func testTextIsDrawnAndReadBackWithoutTrailingSpaces() {
        var grid = Grid(width: 12, height: 2)
        grid.draw("Monarch", x: 1, y: 0)
        XCTAssertEqual(grid.lines, [" Monarch", ""])
    }

    func testAWideCharacterOccupiesItsCellAndAContinuationCell() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.draw("深a", x: 0, y: 0)
        XCTAssertEqual(end, 3)
        XCTAssertEqual(grid[0, 0].character, "深")
        XCTAssertTrue(grid[1, 0].isContinuation)
        XCTAssertEqual(grid[2, 0].character, "a")
        XCTAssertEqual(grid.lines, ["深a"])
    }

    func testDrawingOverTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.draw("深度", x: 0, y: 0)
        grid.draw("x", x: 1, y: 0)
        XCTAssertEqual(grid.lines, [" x度"])
        XCTAssertFalse((0..<6).contains { grid[$0, 0].isContinuation && grid[$0 - 1, 0].character == " " })
    }

    func testDrawingOverTheLeftHalfOfAWideCharacterBlanksItsRightHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.draw("深度", x: 0, y: 0)
        grid.draw("x", x: 2, y: 0)
        XCTAssertEqual(grid.lines, ["深x"])
        XCTAssertFalse(grid[3, 0].isContinuation)
    }

    func testAWideCharacterThatWouldCrossTheEdgeBecomesASpace() {
        var grid = Grid(width: 5, height: 1)
        grid.draw(TextLayout.glyphs("ab深度"), x: 0, y: 0)
        XCTAssertEqual(grid.lines, ["ab深"])
        XCTAssertFalse(grid[4, 0].isContinuation)
    }

    func testTextIsCutWithAnEllipsisAtTheGivenWidth() {
        var grid = Grid(width: 20, height: 1)
        grid.draw("Outstanding Paper Runner Up", x: 2, y: 0, width: 10)
        XCTAssertEqual(grid.lines, ["  Outstandi…"])
    }

    func testDrawingOutsideTheGridIsClipped() {
        var grid = Grid(width: 4, height: 1)
        grid.draw("abcdef", x: -2, y: 0)
        grid.draw("zz", x: 0, y: 5)
        XCTAssertEqual(grid.lines, ["cdef"])
    }

    func testFillSetsTheStyleOfEveryCellInTheRectangle() {
        var grid = Grid(width: 4, height: 3)
        grid.fill(Rect(x: 1, y: 1, width: 2, height: 1), style: CellStyle(.text, backdrop: .selection))
        XCTAssertEqual(grid[1, 1].style.backdrop, .selection)
        XCTAssertEqual(grid[2, 1].style.backdrop, .selection)
        XCTAssertEqual(grid[3, 1].style.backdrop, .none)
        XCTAssertEqual(grid[1, 0].style.backdrop, .none)
    }
}
