import XCTest
import Foundation
import LineupAgenda
import LineupModel
@testable import LineupTUI

/// `u` takes back bookmark changes (issue 11, rule 6): a removal that dropped a note brings
/// the bookmark back with its note and date added, in the schedule and in the agenda.
final class UndoTests: XCTestCase {
    private let monarch = HandBuiltSchedule.monarchID

    /// Monarch bookmarked with a note, the Talks pane focused on it.
    private func monarchWithANote() -> Harness {
        var harness = Harness()
        harness.send(.enter, .enter, .down, .character("c"))
        harness.type("ask about butterflies")
        harness.send(.enter)
        XCTAssertEqual(harness.state.bookmarkSet.bookmark(monarch)?.note, "ask about butterflies")
        return harness
    }

    private func savedBookmark(_ harness: Harness, _ id: TalkID) -> Bookmark? {
        (try? harness.store.load())?.bookmark(id)
    }

    func testUndoingARemovalBringsTheBookmarkBackWithItsNoteAndDate() throws {
        var harness = monarchWithANote()
        let before = try XCTUnwrap(savedBookmark(harness, monarch))
        harness.send(.character("b"))
        XCTAssertNil(savedBookmark(harness, monarch), "b removed it, note and all")
        harness.send(.character("u"))
        XCTAssertEqual(savedBookmark(harness, monarch), before, "the same bookmark: note and date added")
        XCTAssertTrue(harness.state.isBookmarked(try XCTUnwrap(harness.state.selectedTalk)))
        XCTAssertEqual(harness.state.message?.text,
                       "Undone: \u{201C}Monarch: Expressive Structured Matrices for Efficient and Accurate Training\u{201D} is bookmarked again, with its note")
    }

    func testUndoGoesBackOneChangeAtATime() {
        var harness = monarchWithANote()
        harness.send(.character("c"), .control("u"))
        harness.type("changed my mind")
        harness.send(.enter, .character("b"))
        harness.send(.character("u"))
        XCTAssertEqual(savedBookmark(harness, monarch)?.note, "changed my mind")
        harness.send(.character("u"))
        XCTAssertEqual(savedBookmark(harness, monarch)?.note, "ask about butterflies")
        harness.send(.character("u"))
        XCTAssertNil(savedBookmark(harness, monarch), "the first change was bookmarking it with a note")
        harness.send(.character("u"))
        XCTAssertEqual(harness.state.message?.text, "Nothing to undo: no bookmark changed in this session")
        XCTAssertTrue(harness.savedIDs.isEmpty)
    }

    func testUndoWorksInTheAgendaToo() {
        var harness = monarchWithANote()
        harness.send(.character("a"), .character("b"))
        XCTAssertTrue(harness.state.agenda.timedEntries.isEmpty)
        harness.send(.character("u"))
        XCTAssertEqual(harness.state.agenda.timedEntries.map(\.note), ["ask about butterflies"])
        XCTAssertTrue(harness.screen.contains { $0.contains("✎ ask about butterflies") }, harness.screen.joined(separator: "\n"))
    }

    func testABookmarkComesBackInItsPlaceInTheFile() throws {
        var harness = Harness()
        harness.send(.enter, .enter, .character("b"), .down, .character("b"), .down, .character("b"))
        let order = try harness.store.load().bookmarks.map(\.id)
        XCTAssertEqual(order.count, 3)
        harness.send(.up, .character("b"), .character("u"))
        XCTAssertEqual(try harness.store.load().bookmarks.map(\.id), order)
    }
}
