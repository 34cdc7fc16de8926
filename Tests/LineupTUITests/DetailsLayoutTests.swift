import Foundation
import LineupAgenda
import LineupModel
import XCTest
@testable import LineupTUI

/// The details' lines the state keeps between actions (`DetailsLayout`): laid out again when
/// the talk, the width, the highlights, the bookmark or note, the data, the related talks or
/// the picks change, and only then. A stale details pane is a bug.
final class DetailsLayoutTests: XCTestCase {
    typealias F = HandBuiltFrabSchedule

    /// Rust for Linux selected (H.1308, Saturday), in a 160x32 window.
    private func rustForLinux() -> Harness {
        var harness = Harness(schedule: F.make(), size: TerminalSize(columns: 160, rows: 32))
        harness.send(.enter, .down, .enter, .down)
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        return harness
    }

    private func paneWidth(_ harness: Harness) throws -> Int {
        try XCTUnwrap(harness.state.layout.frame(of: .details)).rect.width
    }

    /// The kept lines, as text; fails unless they are the lines laid out afresh from the state.
    private func keptText(_ harness: Harness, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let kept = try XCTUnwrap(harness.state.detailsLayout, file: file, line: line)
        XCTAssertEqual(kept.lines, DetailsText.lines(harness.state, width: try paneWidth(harness)),
                       "the kept details are the details of the state", file: file, line: line)
        return kept.lines.map { String($0.map(\.character)) }
    }

    /// The details pane as drawn (its rows below the heading).
    private func drawn(_ harness: Harness) throws -> [String] {
        let frame = try XCTUnwrap(harness.state.layout.frame(of: .details))
        let grid = render(harness.state)
        return (frame.rect.y + 1..<frame.rect.maxY).map { y in
            String((frame.rect.x..<frame.rect.maxX).compactMap { grid[$0, y].character })
        }
    }

    private func storage(_ harness: Harness) -> UnsafeRawPointer? {
        harness.state.detailsLayout?.lines.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    func testTheKeptDetailsFollowTheBookmarkTheNoteTheDataAndTheWidth() throws {
        var harness = rustForLinux()
        XCTAssertTrue(try keptText(harness).contains { $0.contains("not bookmarked (b adds)") })

        harness.send(.character("b"))
        XCTAssertTrue(try keptText(harness).contains { $0.contains("bookmarked (b removes)") && !$0.contains("not") })

        harness.send(.character("c"))
        harness.type("bring the slides")
        harness.send(.enter)
        XCTAssertTrue(try keptText(harness).contains { $0.contains("Note") && $0.contains("bring the slides") })
        XCTAssertTrue(try drawn(harness).contains { $0.contains("bring the slides") })

        // The new version moves the talk to J.1.106 at 16:00.
        harness.dispatch(.scheduleUpdated(ScheduleUpdateScreenTests.update(from: harness.state.schedule)))
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        let updated = try keptText(harness)
        XCTAssertTrue(updated.contains { $0.hasPrefix("Room") && $0.contains("J.1.106") }, updated.joined(separator: "\n"))
        XCTAssertTrue(updated.contains { $0.hasPrefix("Updated") })

        let wide = try keptText(harness)
        harness.dispatch(.resize(TerminalSize(columns: 90, rows: 32)))
        let width = try paneWidth(harness)
        let narrow = try keptText(harness)
        XCTAssertNotEqual(narrow, wide, "laid out again at the new width")
        for line in try XCTUnwrap(harness.state.detailsLayout).lines {
            XCTAssertLessThanOrEqual(TextLayout.width(line), width - 2)
        }
    }

    func testTheKeptDetailsFollowTheQuerysHighlightsAndTheRelatedTalks() throws {
        var harness = rustForLinux()
        func highlighted() throws -> String {
            let lines = try XCTUnwrap(harness.state.detailsLayout).lines
            return String(lines.flatMap { $0 }.filter { $0.style.role == .match }.map(\.character))
        }
        XCTAssertEqual(try highlighted(), "")
        harness.send(.character("/"))
        harness.type("linux")
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        XCTAssertEqual(try highlighted(), "Linux", "the title's hit is highlighted")
        harness.send(.backspace, .backspace)
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        XCTAssertEqual(try highlighted(), "Lin", "and follows the query")
        _ = try keptText(harness)
        harness.send(.enter)  // leaves the query line, keeping the filter

        let selected = try XCTUnwrap(harness.state.selectedTalkPosition)
        let other = try XCTUnwrap(harness.state.schedule.talks.firstIndex { $0.title == "Sandboxing with seccomp" })
        harness.dispatch(.relatedFound(position: selected, talks: [other]))
        XCTAssertEqual(Array(try keptText(harness).suffix(2)), ["Related", "  Sandboxing with seccomp"])
        harness.send(.character("r"))
        XCTAssertEqual(try keptText(harness).last, "> Sandboxing with seccomp", "the chosen one is marked")
    }

    func testAnActionThatChangesNothingTheDetailsShowLaysNothingOut() throws {
        var harness = rustForLinux()
        let before = storage(harness)
        XCTAssertNotNil(before)
        harness.send(.character("/"))  // the query line opens; no filter yet
        harness.dispatch(.clockTicked(Now(instant: Date(timeIntervalSince1970: 1_700_000_060), floatingZone: .gmt)))
        XCTAssertEqual(storage(harness), before, "the same lines, not laid out again")
        harness.type("z")  // nothing matches: no talk, the details say so
        XCTAssertNotEqual(storage(harness), before)
        XCTAssertTrue(try keptText(harness).contains { $0.contains("Nothing matches \u{201C}z\u{201D}") })
    }

    func testAStateChangedOutsideUpdateHasItsDetailsLaidOutAfreshToDraw() throws {
        var harness = rustForLinux()
        let talk = try XCTUnwrap(harness.state.selectedTalk)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        // Set directly, as tests and the start-up code may: no `update`, so nothing was kept for it.
        harness.state.picks = PicksSet(friends: [FriendPicks(name: "Ana", picks: [Bookmark(talk: talk, added: now)],
                                                             source: "a.json", imported: now)])
        XCTAssertFalse(try XCTUnwrap(harness.state.detailsLayout).lines.contains { String($0.map(\.character)).contains("Ana") })
        // What drawing uses (the viewport still has the old height until the next action).
        let lines = harness.state.detailsLines(width: try paneWidth(harness)).map { String($0.map(\.character)) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("Picked by") && $0.contains("Ana") }, lines.joined(separator: "\n"))
    }
}
