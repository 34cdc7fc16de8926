import XCTest
import Foundation
import LineupModel
@testable import LineupTUI

/// The agenda view and export, driven by keys on the seeds plus the parallel page.
final class AgendaTests: XCTestCase {
    private static let schedule = SeedSchedule.withParallelPage()
    private var monarch: String { "Monarch: Expressive Structured Matrices for Efficient and Accurate Training" }

    /// Bookmarks 10:30 Online Continual Learning, 11:00 Monarch and the 11:10 CJK talk that
    /// clashes with it, then opens the agenda.
    private func agendaWithAClash() -> Harness {
        var harness = Harness(schedule: Self.schedule, size: TerminalSize(columns: 160, rows: 45))
        harness.send(.down, .enter, .enter, .character("b"))
        for _ in 0..<6 { harness.send(.down) }
        harness.send(.character("b"), .left, .down, .right, .character("b"), .character("a"))
        return harness
    }

    private func agendaSelection(_ harness: Harness) -> String? {
        guard case .agenda(let screen) = harness.state.overlay else { return nil }
        return screen.selectedTalk(in: harness.state)?.title
    }

    func testTheAgendaOpensOnTheFirstTalkAndMovesOverTalksOnly() {
        var harness = agendaWithAClash()
        XCTAssertEqual(agendaSelection(harness), "Online Continual Learning through Mutual Information Maximization")
        harness.send(.down)
        XCTAssertEqual(agendaSelection(harness), monarch, "the free-time line is skipped")
        harness.send(.down)
        XCTAssertEqual(agendaSelection(harness), monarch, "nothing below the last talk")
        harness.send(.character("g"))
        XCTAssertEqual(agendaSelection(harness), "Online Continual Learning through Mutual Information Maximization")
    }

    func testLeftAndRightPickOneTalkOfAClash() {
        var harness = agendaWithAClash()
        harness.send(.down, .right)
        XCTAssertEqual(agendaSelection(harness), SeedSchedule.cjkTitle)
        harness.send(.right)
        XCTAssertEqual(agendaSelection(harness), SeedSchedule.cjkTitle, "no third talk")
        harness.send(.character("h"))
        XCTAssertEqual(agendaSelection(harness), monarch)
    }

    func testEnterShowsTheTalkInTheScheduleEvenWhenAFilterHidIt() {
        var harness = Harness(schedule: Self.schedule, size: TerminalSize(columns: 160, rows: 45))
        harness.send(.down, .enter, .enter)
        for _ in 0..<6 { harness.send(.down) }
        harness.send(.character("b"))
        harness.send(.character("/"))
        harness.type("spiking")
        harness.send(.enter, .character("a"), .enter)
        guard case .none = harness.state.overlay else { return XCTFail("agenda still open") }
        XCTAssertEqual(harness.selectedTitle, monarch)
        XCTAssertEqual(harness.state.focus, .talks)
        XCTAssertFalse(harness.state.search.isFiltering, "the filter that hid Monarch was cleared")
        XCTAssertEqual(harness.state.message?.text, "Filter cleared to show the talk")
    }

    func testBInTheAgendaRemovesTheBookmarkAndKeepsTheCursorNearby() {
        var harness = agendaWithAClash()
        harness.send(.down, .character("b"))
        XCTAssertFalse(harness.savedIDs.contains(HandBuiltSchedule.monarchID) || harness.savedIDs.contains { Self.schedule.talk($0)?.title == monarch })
        XCTAssertEqual(harness.state.agenda.timedEntries.count, 2)
        XCTAssertTrue(harness.state.agenda.clashes.isEmpty)
        XCTAssertEqual(agendaSelection(harness), SeedSchedule.cjkTitle)
        XCTAssertTrue(harness.screen.joined(separator: "\n").contains("free 10:35–11:10 (35 min)"))
    }

    func testANoteUnderAClashNamesItsTalk() throws {
        var harness = agendaWithAClash()
        harness.send(.down, .right, .character("c"))
        harness.type("go to this one")
        harness.send(.enter)
        let lines = harness.screen
        let slot = try XCTUnwrap(lines.firstIndex { $0.contains("Monarch: Expressive") })
        XCTAssertEqual(lines[slot + 1].trimmingCharacters(in: .whitespaces),
                       "✎ \(SeedSchedule.cjkTitle.prefix(14))…: go to this one", "two-column CJK cut to 30 columns")
    }

    func testAnEmptyAgendaSaysHowToBookmark() {
        var harness = Harness(schedule: Self.schedule, size: TerminalSize(columns: 100, rows: 20))
        harness.send(.character("a"))
        XCTAssertTrue(harness.screen[1].contains("No bookmarks yet: in the schedule, b or Space bookmarks the selected talk."))
        harness.send(.escape)
        guard case .none = harness.state.overlay else { return XCTFail("agenda still open") }
    }

    func testExportWritesTheAgendaInTheChosenFormatToTheGivenPath() throws {
        var harness = agendaWithAClash()
        let path = NSTemporaryDirectory() + "lineup-export-\(UUID().uuidString).ics"
        defer { try? FileManager.default.removeItem(atPath: path) }
        harness.send(.character("e"), .control("u"))
        harness.type(path)
        harness.send(.enter)
        XCTAssertEqual(harness.state.message?.text, "Exported 3 items to \(path)")
        let ics = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertEqual(ics.components(separatedBy: "BEGIN:VEVENT").count - 1, 3)
        XCTAssertTrue(ics.contains("DTSTART:20220719T180000Z"), "Monarch starts 18:00 UTC")
    }

    func testMarkdownExportFollowsTheFormatChosenWithTab() throws {
        var harness = agendaWithAClash()
        let path = NSTemporaryDirectory() + "lineup-export-\(UUID().uuidString).md"
        defer { try? FileManager.default.removeItem(atPath: path) }
        harness.send(.character("e"), .tab, .control("u"))
        harness.type(path)
        harness.send(.enter)
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertFalse(markdown.contains("BEGIN:VCALENDAR"))
        XCTAssertTrue(markdown.contains("Monarch: Expressive Structured Matrices"), markdown)
    }

    func testAFailedExportNamesThePath() {
        var harness = agendaWithAClash()
        harness.send(.character("e"), .control("u"))
        harness.type("/nonexistent-directory/agenda.ics")
        harness.send(.enter)
        XCTAssertEqual(harness.state.message?.isError, true)
        XCTAssertTrue(harness.state.message?.text.contains("/nonexistent-directory/agenda.ics") == true, harness.state.message?.text ?? "")
    }
}
