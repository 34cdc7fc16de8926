import Foundation
import LineupAgenda
import LineupModel
import LineupSearch
import XCTest
@testable import LineupTUI

/// A new version of the schedule arriving in the browser: the schedule replaced with the
/// selection kept, marks in the Talks pane until seen, what changed in the details, the
/// Changes view (`C`), and the status bar.
final class ScheduleUpdateScreenTests: XCTestCase {
    typealias F = HandBuiltFrabSchedule

    /// The hand-built FOSDEM day, updated: Rust for Linux moves from H.1308 at 14:00 to J.1.106
    /// at 16:00, Penpot 2.0 is dropped, "Zig in production" is new in H.1308, and the keynote
    /// gets a second speaker.
    static func nextVersion() -> Schedule {
        let rust = F.talk("1797", "Rust for Linux", ["Miguel Ojeda"], "2024-02-03T16:00", "2024-02-03T16:45",
                          room: "J.1.106", day: F.saturday, track: "Rust")
        let zig = F.talk("1820", "Zig in production", ["Loris Cro"], "2024-02-03T15:00", "2024-02-03T15:30",
                         room: "H.1308", day: F.saturday, track: "Rust")
        var keynote = F.keynote
        keynote.authors.append("Richard Stallman")
        let fragment = ScheduleFragment(
            source: Source(fileName: "fosdem2024.xml", name: "FOSDEM 2024", format: .frabXML, acronym: "fosdem2024"),
            sessions: [F.roomSession("J.1.106", F.saturday, [F.turtle, rust]),
                       F.roomSession("H.1308", F.saturday, [F.sandbox, zig]),
                       F.roomSession("Janson", F.sunday, [keynote]),
                       F.roomSession("K.1.105", F.sunday, [F.cancelled])],
            talks: [F.turtle, rust, F.sandbox, zig, keynote, F.cancelled])
        return Schedule.assemble([fragment]).schedule
    }

    static func update(from old: Schedule) -> ScheduleUpdate { ScheduleUpdate(from: old, to: nextVersion()) }

    private func harness() -> Harness {
        Harness(schedule: F.make(), size: TerminalSize(columns: 160, rows: 32))
    }

    /// The Talks pane's rows as text.
    private func talksPane(_ harness: Harness) -> [String] {
        guard let frame = harness.state.layout.frame(of: .talks) else { return [] }
        let grid = render(harness.state)
        return (frame.rect.y..<frame.rect.maxY).map { y in
            String((frame.rect.x..<frame.rect.maxX).compactMap { grid[$0, y].character })
        }
    }

    /// The status bar and the message line under it.
    private func statusBar(_ harness: Harness) -> String { harness.screen.suffix(2).joined(separator: "\n") }

    func testAnUpdateKeepsTheSelectedTalkAndSaysHowManyChangesTouchTheBookmarks() {
        var harness = harness()
        harness.send(.enter, .down, .enter, .down)  // H.1308, Rust for Linux
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        harness.send(.character("b"))
        harness.dispatch(.scheduleUpdated(Self.update(from: harness.state.schedule)))
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux", "the selection follows the talk to its new room")
        XCTAssertEqual(harness.state.selectedSession.map { harness.state.outline.session(at: $0).title }, "J.1.106")
        XCTAssertEqual(harness.state.message?.text, "schedule updated: 4 changes, 1 to your bookmarks")
        XCTAssertTrue(statusBar(harness).contains("schedule updated: 4 changes, 1 to your bookmarks"), statusBar(harness))
        XCTAssertEqual(harness.state.schedule.talks.count, 7, "six in the new version, and Penpot kept as cancelled")
        XCTAssertEqual(harness.state.schedule.talks.first { $0.title == "Penpot 2.0" }?.status, .cancelled)
        // The agenda follows: the bookmark shows its new time and room.
        let entry = harness.state.agenda.timedEntries.first
        XCTAssertEqual(entry?.talk.room, "J.1.106")
        XCTAssertEqual(entry?.talk.localStart?.clock, "16:00")
    }

    func testABookmarkOfADroppedTalkStaysInTheAgendaMarkedCancelled() {
        var harness = harness()
        harness.send(.right, .right, .down)  // Penpot 2.0
        XCTAssertEqual(harness.selectedTitle, "Penpot 2.0")
        harness.send(.character("b"))
        harness.dispatch(.scheduleUpdated(Self.update(from: harness.state.schedule)))
        XCTAssertEqual(harness.selectedTitle, "Penpot 2.0", "kept, so still selected")
        harness.send(.character("a"))
        let screen = harness.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("✗ cancelled Penpot 2.0"), screen)
        XCTAssertTrue(harness.state.agenda.missing.isEmpty)
        XCTAssertEqual(harness.savedIDs, [TalkID.derive(["fosdem", "2780"])], "the bookmark is kept")
    }

    func testChangedTalksAreMarkedUntilSelected() {
        var harness = harness()
        harness.dispatch(.scheduleUpdated(Self.update(from: harness.state.schedule)))
        // Days pane focused, J.1.106 selected: TurtleStitch unchanged, Penpot cancelled, Rust moved in.
        var rows = talksPane(harness)
        XCTAssertTrue(rows.contains { $0.contains("✗ cancelled Penpot 2.0") }, rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.contains("moved Rust for Linux") }, rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains("Creative Coding") && $0.contains("moved") })
        harness.send(.right, .right)  // the Talks pane, TurtleStitch
        harness.send(.down)           // Penpot: selected, so seen
        harness.send(.down)           // Rust for Linux
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        harness.send(.up)             // back to Penpot: Rust was seen too
        rows = talksPane(harness)
        XCTAssertFalse(rows.contains { $0.contains("moved Rust for Linux") }, rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains("cancelled Penpot") }, "seen")
        XCTAssertTrue(rows.contains { $0.contains("✗ Penpot 2.0") }, "still cancelled: " + rows.joined(separator: "\n"))
        // Saturday's H.1308 still has its new talk marked.
        harness.send(.left, .down)
        XCTAssertTrue(talksPane(harness).contains { $0.contains("new Zig in production") }, talksPane(harness).joined(separator: "\n"))
    }

    func testTheDetailsSayWhatChanged() {
        var harness = harness()
        harness.dispatch(.scheduleUpdated(Self.update(from: harness.state.schedule)))
        harness.send(.right, .right, .down, .down)  // Rust for Linux in J.1.106
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        let screen = harness.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("moved from H.1308, 14:00 to J.1.106, 16:00"), screen)
    }

    func testCListsTheChangesBookmarkedFirstAndEnterGoesToTheTalk() {
        var harness = harness()
        harness.send(.character("C"))
        XCTAssertTrue(harness.state.message?.text.contains("No schedule update yet") ?? false)
        guard case .none = harness.state.overlay else { return XCTFail("no view without an update") }
        harness.send(.down, .enter, .enter)  // Sunday, Janson, Closing FOSDEM
        XCTAssertEqual(harness.selectedTitle, "Closing FOSDEM")
        harness.send(.character("b"))
        harness.dispatch(.scheduleUpdated(Self.update(from: harness.state.schedule)))
        harness.send(.character("C"))
        guard case .changes(let screen) = harness.state.overlay else { return XCTFail("C opens the Changes view") }
        XCTAssertEqual(screen.items.map(\.title), ["Closing FOSDEM", "Rust for Linux", "Zig in production", "Penpot 2.0"])
        let lines = harness.screen
        XCTAssertTrue(lines.contains { $0.contains("Changes in the latest update") && $0.contains("4 changes, 1 to your bookmarks") },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("speakers") && $0.contains("★") && $0.contains("Closing FOSDEM")
            && $0.contains("speakers now FOSDEM Staff, Richard Stallman (were FOSDEM Staff)") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("moved") && $0.contains("Sat 16:00") && $0.contains("Rust for Linux") })
        XCTAssertTrue(lines.contains { $0.contains("new") && $0.contains("Zig in production") })
        XCTAssertTrue(lines.contains { $0.contains("cancelled") && $0.contains("Penpot 2.0") })
        harness.send(.down, .enter)
        guard case .none = harness.state.overlay else { return XCTFail("Enter leaves the view") }
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
        XCTAssertEqual(harness.state.focus, .talks)
        harness.send(.character("C"), .escape)
        guard case .none = harness.state.overlay else { return XCTFail("Esc closes the view") }
    }

    func testTheLoopAppliesAnUpdateAndDrawsIt() {
        let harness = harness()
        let update = Self.update(from: harness.state.schedule)
        let terminal = FakeTerminal(size: harness.state.size, script: [
            .input(.key(.enter)), .idle, .input(.scheduleUpdated(update)), .idle, .input(.key(.character("C"))), .idle,
            .input(.key(.control("c"))),
        ])
        let loop = BrowserLoop(state: harness.state, terminal: terminal, runner: harness.runner)
        XCTAssertEqual(loop.run(), LoopEnd.quit)
        XCTAssertEqual(loop.state.schedule.talks.count, 7)
        let afterUpdate = terminal.frames[2].lines.joined(separator: "\n")
        XCTAssertTrue(afterUpdate.contains("schedule updated: 4 changes, 0 to your bookmarks"), afterUpdate)
        XCTAssertTrue(terminal.lastFrame.joined(separator: "\n").contains("Changes in the latest update"))
    }

    func testASearchIsRunAgainOverTheNewSchedule() {
        var harness = harness()
        harness.send(.character("/"))
        harness.type("rust")
        harness.send(.enter)
        XCTAssertEqual(harness.state.visibleTalkCount, 1)
        harness.dispatch(.scheduleUpdated(Self.update(from: harness.state.schedule)))
        // The runner now has an engine over the new schedule, indexing it; the filter waits for it.
        // The runner now has an engine over the new schedule; until its index is ready the query
        // waits (and the loop asks again), never showing hits of the old schedule's positions.
        if harness.state.search.isWaitingForIndex {
            XCTAssertEqual(harness.state.visibleTalkCount, 7)
            let deadline = Date().addingTimeInterval(20)
            while !harness.runner.searchIsReady && Date() < deadline { usleep(10_000) }
            harness.dispatch(harness.runner.search("rust", in: harness.state))
        }
        XCTAssertEqual(harness.state.visibleTalkCount, 2, "Rust for Linux, and Zig in the Rust track")
        XCTAssertEqual(harness.state.search.appliedText, "rust")
        XCTAssertEqual(harness.selectedTitle, "Rust for Linux")
    }

    func testChangesGivenAtLaunchAreMarked() {
        let old = F.make()
        let update = Self.update(from: old)
        let state = BrowserState(schedule: update.schedule, size: TerminalSize(columns: 160, rows: 32), changes: update.changes)
        XCTAssertEqual(state.changeMarks.mark(of: TalkID.derive(["fosdem", "1797"])), .moved)
        XCTAssertEqual(state.changeMarks.mark(of: TalkID.derive(["fosdem", "1820"])), .new)
        XCTAssertNil(state.changeMarks.mark(of: F.turtleID))
    }
}
