import XCTest
import Foundation
import LineupAgenda
import LineupModel
@testable import LineupTUI

/// Notes on bookmarks, written with `c` in the bottom line and shown in the details and the
/// agenda; saved through the same store as the bookmarks.
final class NoteTests: XCTestCase {
    private var monarch: String { "Monarch: Expressive Structured Matrices for Efficient and Accurate Training" }

    /// A harness with Monarch selected in the talks pane.
    private func onMonarch(size: TerminalSize = TerminalSize(columns: 160, rows: 45), bookmarksPath: String? = nil) -> Harness {
        var harness = Harness(size: size, bookmarksPath: bookmarksPath)
        harness.send(.enter, .enter, .down)
        XCTAssertEqual(harness.selectedTitle, monarch)
        return harness
    }

    private func savedNote(_ harness: Harness, _ id: TalkID = HandBuiltSchedule.monarchID) -> String?? {
        guard let set = try? harness.store.load(), let bookmark = set.bookmark(id) else { return nil }
        return .some(bookmark.note)
    }

    func testANoteOnATalkNotYetBookmarkedBookmarksItWithTheNote() {
        var harness = onMonarch()
        harness.send(.character("c"))
        guard case .note(let prompt) = harness.state.prompt else { return XCTFail("no note prompt") }
        XCTAssertEqual(prompt.text.text, "")
        harness.type("  ask about block sizes ")
        XCTAssertEqual(harness.screen.last, " Note:   ask about block sizes")
        harness.send(.enter)
        XCTAssertNil(harness.state.prompt)
        XCTAssertEqual(savedNote(harness), "ask about block sizes", "saved at once, without the blanks around it")
        XCTAssertTrue(harness.state.bookmarks.contains(HandBuiltSchedule.monarchID))
        XCTAssertEqual(harness.state.message?.text, "Bookmarked \u{201C}\(monarch)\u{201D} with a note")
        let details = harness.screen.joined(separator: "\n")
        XCTAssertTrue(details.contains("Note       ✎ ask about block sizes"), details)
    }

    func testTheNotePromptStartsFromTheSavedNoteAndAnEmptyNoteClearsItButKeepsTheBookmark() {
        var harness = onMonarch()
        harness.send(.character("c"))
        harness.type("first")
        harness.send(.enter, .character("c"))
        guard case .note(let prompt) = harness.state.prompt else { return XCTFail("no note prompt") }
        XCTAssertEqual(prompt.text.text, "first")
        harness.type(" and second")
        harness.send(.enter)
        XCTAssertEqual(savedNote(harness), "first and second")
        XCTAssertEqual(harness.state.message?.text, "Note saved on \u{201C}\(monarch)\u{201D}")
        harness.send(.character("c"), .control("u"), .enter)
        XCTAssertEqual(savedNote(harness), .some(nil), "the bookmark stays, without a note")
        XCTAssertEqual(harness.state.message?.text, "Note removed from \u{201C}\(monarch)\u{201D}")
        XCTAssertFalse(harness.screen.joined(separator: "\n").contains("Note       "))
    }

    func testEscCancelsTheNoteAndKeysGoToTheTextNotToCommands() {
        var harness = onMonarch()
        harness.send(.character("c"))
        harness.type("q b a")
        XCTAssertFalse(harness.quitRequested, "q is typed, not taken as quit")
        XCTAssertTrue(harness.state.bookmarks.isEmpty, "b is typed, not taken as a bookmark")
        harness.send(.escape)
        XCTAssertNil(harness.state.prompt)
        XCTAssertNil(savedNote(harness), "nothing was saved")
        XCTAssertEqual(harness.selectedTitle, monarch)
    }

    func testAnEmptyNoteOnATalkNotBookmarkedSavesNothing() {
        var harness = onMonarch()
        harness.send(.character("c"), .enter)
        XCTAssertTrue(harness.state.bookmarks.isEmpty)
        XCTAssertTrue(harness.savedIDs.isEmpty)
    }

    func testWithoutASelectedTalkTheNoteKeySaysWhy() {
        var harness = Harness()
        harness.send(.character("a"), .character("c"))
        XCTAssertNil(harness.state.prompt, "an empty agenda has no talk to select")
        XCTAssertEqual(harness.state.message?.text, "Select a talk to write a note on it")
    }

    func testInTheAgendaTheNoteIsWrittenOverTheAgendaAndShownUnderItsTalk() {
        var harness = onMonarch()
        harness.send(.character("b"), .up, .character("b"), .character("a"))
        harness.send(.down)  // Monarch, after the free time
        harness.send(.character("c"))
        XCTAssertTrue(harness.screen[0].hasPrefix(" Agenda"), "the agenda stays drawn behind the question")
        harness.type("sit near the front")
        harness.send(.enter)
        guard case .agenda(let screen) = harness.state.overlay else { return XCTFail("the agenda closed") }
        XCTAssertEqual(screen.selectedTalk(in: harness.state)?.title, monarch, "the cursor stays on the talk")
        XCTAssertEqual(savedNote(harness), "sit near the front")
        let lines = harness.screen
        guard let row = lines.firstIndex(where: { $0.contains("Monarch: Expressive") }) else { return XCTFail(lines.joined(separator: "\n")) }
        XCTAssertEqual(lines[row + 1].trimmingCharacters(in: .whitespaces), "✎ sit near the front")
        harness.send(.up)
        XCTAssertEqual(harness.state.overlay.agendaSelection(harness.state), "Online Continual Learning through Mutual Information Maximization",
                       "the note line and the free time are skipped")
    }

    func testExportingFromTheAgendaComesBackToTheAgenda() throws {
        var harness = onMonarch()
        let path = NSTemporaryDirectory() + "lineup-note-export-\(UUID().uuidString).md"
        defer { try? FileManager.default.removeItem(atPath: path) }
        harness.send(.character("c"))
        harness.type("bring questions")
        harness.send(.enter, .character("a"), .character("e"), .tab, .control("u"))
        harness.type(path)
        harness.send(.enter)
        guard case .agenda = harness.state.overlay else { return XCTFail("the agenda closed") }
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(markdown.contains("Note: bring questions"), markdown)
    }

    func testANoteFromASharedFileReachesTheScreenInert() throws {
        let path = HarnessFiles.root + "/\(UUID().uuidString)/bookmarks.json"
        let talk = try XCTUnwrap(HandBuiltSchedule.make().talk(HandBuiltSchedule.monarchID))
        try BookmarkStore(path: path).add([talk], note: "see \u{1B}]0;pwned\u{07}this\u{1B}[2J \u{202E}now")
        var harness = onMonarch(bookmarksPath: path)
        harness.send(.character("a"))
        for screen in [harness.screen, { harness.send(.escape); return harness.screen }()] {
            let text = screen.joined(separator: "\n")
            XCTAssertTrue(text.contains("see this now"), text)
            XCTAssertFalse(text.contains("pwned"))
            XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        }
    }
}

private extension Overlay {
    func agendaSelection(_ state: BrowserState) -> String? {
        guard case .agenda(let screen) = self else { return nil }
        return screen.selectedTalk(in: state)?.title
    }
}
