import XCTest
@testable import LineupTUI

final class ListCursorTests: XCTestCase {
    /// The invariants every operation must keep.
    private func assertInvariants(_ cursor: ListCursor, count: Int, rows: Int, file: StaticString = #filePath, line: UInt = #line) {
        if count == 0 {
            XCTAssertEqual(cursor.selected, 0, file: file, line: line)
            XCTAssertEqual(cursor.offset, 0, file: file, line: line)
            return
        }
        XCTAssertTrue((0..<count).contains(cursor.selected), "selected \(cursor.selected) of \(count)", file: file, line: line)
        XCTAssertLessThanOrEqual(cursor.offset, cursor.selected, file: file, line: line)
        XCTAssertLessThan(cursor.selected, cursor.offset + max(1, rows), file: file, line: line)
        XCTAssertLessThanOrEqual(cursor.offset, max(0, count - rows), file: file, line: line)
    }

    func testMovingDownScrollsOnlyWhenTheSelectionLeavesTheWindow() {
        var cursor = ListCursor()
        for _ in 0..<4 { cursor.move(by: 1, count: 20, rows: 5) }
        XCTAssertEqual(cursor, ListCursor(selected: 4, offset: 0))
        cursor.move(by: 1, count: 20, rows: 5)
        XCTAssertEqual(cursor, ListCursor(selected: 5, offset: 1))
    }

    func testMovingUpPastTheTopStopsAtTheFirstItem() {
        var cursor = ListCursor()
        cursor.move(by: -3, count: 10, rows: 4)
        XCTAssertEqual(cursor, ListCursor(selected: 0, offset: 0))
    }

    func testMovingDownPastTheEndStopsAtTheLastItem() {
        var cursor = ListCursor()
        cursor.move(by: 50, count: 10, rows: 4)
        XCTAssertEqual(cursor, ListCursor(selected: 9, offset: 6))
    }

    func testPageDownMovesTheWindowAndTheSelectionByAPageLessOneLine() {
        var cursor = ListCursor()
        cursor.pageDown(count: 100, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 9, offset: 9))
        cursor.pageUp(count: 100, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 0, offset: 0))
    }

    func testPageDownNearTheEndShowsAFullWindowEndingAtTheLastItem() {
        var cursor = ListCursor()
        cursor.pageDown(count: 15, rows: 10)
        XCTAssertEqual(cursor.selected, 9)
        XCTAssertEqual(cursor.offset, 5)
        cursor.pageDown(count: 15, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 14, offset: 5))
    }

    func testTopAndBottomSelectTheEnds() {
        var cursor = ListCursor()
        cursor.selectLast(count: 30, rows: 7)
        XCTAssertEqual(cursor, ListCursor(selected: 29, offset: 23))
        cursor.selectFirst(count: 30, rows: 7)
        XCTAssertEqual(cursor, ListCursor(selected: 0, offset: 0))
    }

    func testTheWheelScrollsTheWindowAndDragsTheSelectionAlongOnlyWhenItWouldLeave() {
        var cursor = ListCursor(selected: 5, offset: 0)
        cursor.scroll(by: 3, count: 50, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 5, offset: 3))
        cursor.scroll(by: 3, count: 50, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 6, offset: 6))
        cursor.scroll(by: 100, count: 50, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 40, offset: 40))
        cursor.scroll(by: -3, count: 50, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 40, offset: 37))
    }

    func testAShrinkingWindowKeepsTheSelectionVisible() {
        var cursor = ListCursor(selected: 0, offset: 0)
        cursor.select(19, count: 40, rows: 20)
        XCTAssertEqual(cursor.offset, 0)
        cursor.clamp(count: 40, rows: 5)
        XCTAssertEqual(cursor, ListCursor(selected: 19, offset: 15))
    }

    func testAGrowingWindowShowsNoEmptyLinesBelowAListThatCouldFillIt() {
        var cursor = ListCursor()
        cursor.selectLast(count: 40, rows: 5)
        XCTAssertEqual(cursor.offset, 35)
        cursor.clamp(count: 40, rows: 30)
        XCTAssertEqual(cursor, ListCursor(selected: 39, offset: 10))
    }

    func testAListThatShrinksBelowTheSelectionSelectsItsLastItem() {
        var cursor = ListCursor()
        cursor.select(30, count: 40, rows: 10)
        cursor.clamp(count: 12, rows: 10)
        XCTAssertEqual(cursor, ListCursor(selected: 11, offset: 2))
    }

    func testAnEmptyListHasItsCursorAtZero() {
        var cursor = ListCursor(selected: 7, offset: 3)
        cursor.clamp(count: 0, rows: 10)
        XCTAssertEqual(cursor, ListCursor())
        cursor.move(by: 1, count: 0, rows: 10)
        XCTAssertEqual(cursor, ListCursor())
        XCTAssertEqual(cursor.visibleRange(count: 0, rows: 10), 0..<0)
    }

    func testTheVisibleRangeIsTheWindowCutAtTheEndOfTheList() {
        let cursor = ListCursor(selected: 8, offset: 6)
        XCTAssertEqual(cursor.visibleRange(count: 10, rows: 5), 6..<10)
        XCTAssertEqual(cursor.visibleRange(count: 20, rows: 5), 6..<11)
    }

    func testEveryOperationKeepsTheInvariantsOverManySizes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0...30, using: &generator)
            let rows = Int.random(in: 0...12, using: &generator)
            var cursor = ListCursor(selected: Int.random(in: 0...40, using: &generator),
                                    offset: Int.random(in: 0...40, using: &generator))
            cursor.clamp(count: count, rows: rows)
            assertInvariants(cursor, count: count, rows: rows)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0: cursor.move(by: Int.random(in: -15...15, using: &generator), count: count, rows: rows)
            case 1: cursor.pageDown(count: count, rows: rows)
            case 2: cursor.pageUp(count: count, rows: rows)
            case 3: cursor.scroll(by: Int.random(in: -15...15, using: &generator), count: count, rows: rows)
            case 4: cursor.selectLast(count: count, rows: rows)
            case 5: cursor.select(Int.random(in: -5...40, using: &generator), count: count, rows: rows)
            default: cursor.clamp(count: Int.random(in: 0...30, using: &generator), rows: rows)
                continue
            }
            assertInvariants(cursor, count: count, rows: rows)
        }
    }
}
