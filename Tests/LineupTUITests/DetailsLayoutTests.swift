import Foundation
import LineupAgenda
import LineupModel
@testable import LineupTUI
import Testing

/// The details' lines the state keeps between actions (`DetailsLayout`): laid out again when
/// the talk, the width, the highlights, the bookmark or note, the data, the related talks or
/// the picks change, and only then. A stale details pane is a bug.
@Suite struct DetailsLayoutTests {
    typealias F = HandBuiltFrabSchedule

    /// Rust for Linux selected (H.1308, Saturday), in a 160x32 window.
    private func rustForLinux() -> Harness {
        var harness = Harness(schedule: F.make(), size: TerminalSize(columns: 160, rows: 32))
        harness.send(.enter, .down, .enter, .down)
        #expect(harness.selectedTitle == "Rust for Linux")
        return harness
    }

    private func paneWidth(_ harness: Harness) throws -> Int {
        try #require(harness.state.layout.frame(of: .details)).rect.width
    }

    /// The kept lines, as text; fails unless they are the lines laid out afresh from the state.
    private func keptText(_ harness: Harness) throws -> [String] {
        let kept = try #require(harness.state.detailsLayout)
        #expect(kept.lines == DetailsText.lines(harness.state, width: try paneWidth(harness)),
                "the kept details are the details of the state")
        return kept.lines.map { String($0.map(\.character)) }
    }

    /// The details pane as drawn (its rows below the heading).
    private func drawn(_ harness: Harness) throws -> [String] {
        let frame = try #require(harness.state.layout.frame(of: .details))
        let grid = render(harness.state)
        return (frame.rect.y + 1..<frame.rect.maxY).map { y in
            String((frame.rect.x..<frame.rect.maxX).compactMap { grid[$0, y].character })
        }
    }

    private func storage(_ harness: Harness) -> UnsafeRawPointer? {
        harness.state.detailsLayout?.lines.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test("The kept details follow the bookmark, the note, a new version of the data and the width")
    func followsBookmarkNoteDataWidth() throws {
        var harness = rustForLinux()
        #expect(try keptText(harness).contains { $0.contains("not bookmarked (b adds)") })

        harness.send(.character("b"))
        #expect(try keptText(harness).contains { $0.contains("bookmarked (b removes)") && !$0.contains("not") })

        harness.send(.character("c"))
        harness.type("bring the slides")
        harness.send(.enter)
        #expect(try keptText(harness).contains { $0.contains("Note") && $0.contains("bring the slides") })
        #expect(try drawn(harness).contains { $0.contains("bring the slides") })

        // The new version moves the talk to J.1.106 at 16:00.
        harness.dispatch(.scheduleUpdated(ScheduleUpdateScreenTests.update(from: harness.state.schedule)))
        #expect(harness.selectedTitle == "Rust for Linux")
        let updated = try keptText(harness)
        #expect(updated.contains { $0.hasPrefix("Room") && $0.contains("J.1.106") }, "\(updated)")
        #expect(updated.contains { $0.hasPrefix("Updated") })

        harness.dispatch(.resize(TerminalSize(columns: 90, rows: 32)))
        let width = try paneWidth(harness)
        #expect(try keptText(harness) != updated, "laid out again at the new width")
        for line in try #require(harness.state.detailsLayout).lines {
            #expect(TextLayout.width(line) <= width - 2)
        }
    }

    @Test("The kept details follow the query's highlights and the related talks")
    func followsHighlightsAndRelated() throws {
        var harness = rustForLinux()
        func highlighted() throws -> String {
            let lines = try #require(harness.state.detailsLayout).lines
            return String(lines.flatMap { $0 }.filter { $0.style.role == .match }.map(\.character))
        }
        #expect(try highlighted() == "")
        harness.send(.character("/"))
        harness.type("linux")
        #expect(harness.selectedTitle == "Rust for Linux")
        #expect(try highlighted() == "Linux", "the title's hit is highlighted")
        harness.send(.backspace, .backspace)
        #expect(harness.selectedTitle == "Rust for Linux")
        #expect(try highlighted() == "Lin", "and follows the query")
        _ = try keptText(harness)
        harness.send(.enter)  // leaves the query line, keeping the filter

        let selected = try #require(harness.state.selectedTalkPosition)
        let other = try #require(harness.state.schedule.talks.firstIndex { $0.title == "Sandboxing with seccomp" })
        harness.dispatch(.relatedFound(position: selected, talks: [other]))
        #expect(Array(try keptText(harness).suffix(2)) == ["Related", "  Sandboxing with seccomp"])
        harness.send(.character("r"))
        #expect(try keptText(harness).last == "> Sandboxing with seccomp", "the chosen one is marked")
    }

    @Test("An action that changes nothing the details show lays nothing out")
    func unchangedIsKept() throws {
        var harness = rustForLinux()
        let before = storage(harness)
        #expect(before != nil)
        harness.send(.character("/"))  // the query line opens; no filter yet
        harness.dispatch(.clockTicked(Now(instant: Date(timeIntervalSince1970: 1_700_000_060), floatingZone: .gmt)))
        #expect(storage(harness) == before, "the same lines, not laid out again")
        harness.type("z")  // nothing matches: no talk, the details say so
        #expect(storage(harness) != before)
        #expect(try keptText(harness).contains { $0.contains("Nothing matches \u{201C}z\u{201D}") })
    }

    @Test("A state changed outside update has its details laid out afresh to draw")
    func changedOutsideUpdate() throws {
        var harness = rustForLinux()
        let talk = try #require(harness.state.selectedTalk)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        // Set directly, as tests and the start-up code may: no `update`, so nothing was kept for it.
        harness.state.picks = PicksSet(friends: [FriendPicks(name: "Ana", picks: [Bookmark(talk: talk, added: now)],
                                                             source: "a.json", imported: now)])
        #expect(!(try #require(harness.state.detailsLayout)).lines.contains { String($0.map(\.character)).contains("Ana") })
        // What drawing uses (the viewport still has the old height until the next action).
        let lines = harness.state.detailsLines(width: try paneWidth(harness)).map { String($0.map(\.character)) }
        #expect(lines.contains { $0.hasPrefix("Picked by") && $0.contains("Ana") }, "\(lines)")
    }
}
