import XCTest
import Foundation
import LineupModel
@testable import LineupTUI

/// Columns get their space by priority (issue 11, defect 14): at 200, 120, 80 and 40 columns
/// the Sessions pane keeps the time and the talk count (the room is cut first), agenda rows
/// keep the title and the room, and a 40x12 agenda still shows titles.
final class ColumnPriorityTests: XCTestCase {
    private static let seeds = SeedSchedule.seeds()
    private static let widths = [200, 120, 80, 40]

    private func harness(columns: Int, rows: Int = 40) -> Harness {
        Harness(schedule: Self.seeds, size: TerminalSize(columns: columns, rows: rows))
    }

    /// The Sessions pane's second line for "DL: Algorithms" (Tue 19 Jul 2022, the second day).
    private func dlAlgorithmsFacts(columns: Int) throws -> String {
        var harness = harness(columns: columns)
        harness.send(.down)
        if !harness.state.layout.frames.contains(where: { $0.pane == .sessions }) { harness.send(.enter) }
        let lines = harness.screen
        let title = try XCTUnwrap(lines.firstIndex { $0.contains("DL: Algorithms") }, lines.joined(separator: "\n"))
        return lines[title + 1]
    }

    func testTheSessionsPaneKeepsTheTimeAndTheCountAtEveryWidth() throws {
        for columns in Self.widths {
            let facts = try dlAlgorithmsFacts(columns: columns)
            XCTAssertTrue(facts.contains("10:30–11:55"), "\(columns) columns: \(facts)")
            XCTAssertTrue(facts.contains("· 14"), "\(columns) columns: the count, \"14\" when short of room: \(facts)")
            XCTAssertTrue(facts.contains("Ball"), "\(columns) columns: the room, cut if need be: \(facts)")
        }
        XCTAssertTrue(try dlAlgorithmsFacts(columns: 200).contains("10:30–11:55 · Ballroom 1 & 2 · 14 talks"))
    }

    /// Monarch and a talk of the 2021 page bookmarked, the agenda open.
    private func agenda(columns: Int, rows: Int = 40) -> [String] {
        var harness = harness(columns: columns, rows: rows)
        for query in ["Monarch", "Straight to the Gradient"] {
            harness.send(.character("/"))
            harness.type(query)
            harness.send(.enter, .character("b"), .escape)
        }
        XCTAssertEqual(harness.savedIDs.count, 2)
        harness.send(.character("a"))
        return harness.screen
    }

    func testAgendaRowsKeepTheTitleAndTheRoomAtEveryWidth() throws {
        for columns in Self.widths {
            let lines = agenda(columns: columns)
            let monarch = try XCTUnwrap(lines.first { $0.contains("Monarch") }, "\(columns) columns:\n" + lines.joined(separator: "\n"))
            XCTAssertTrue(monarch.contains(columns > 40 ? "Ballroom 1 & 2" : "Ball"), "\(columns) columns: \(monarch)")
            XCTAssertTrue(monarch.contains("11:00"), "\(columns) columns: \(monarch)")
        }
        for columns in [200, 120] {
            let monarch = agenda(columns: columns).first { $0.contains("Monarch") } ?? ""
            XCTAssertTrue(monarch.contains("11:00–11:20"), monarch)
            XCTAssertTrue(monarch.contains("Ballroom 1 & 2"), "\(columns) columns, with room to spare: \(monarch)")
        }
        let wide = agenda(columns: 200).first { $0.contains("Monarch") } ?? ""
        XCTAssertTrue(wide.contains("Monarch: Expressive Structured Matrices for Efficient and Accurate Training"), wide)
        XCTAssertTrue(wide.contains("DL: Algorithms · Ballroom 1 & 2"), wide)
    }

    func testA40x12AgendaShowsTitles() throws {
        let lines = agenda(columns: 40, rows: 12)
        XCTAssertTrue(lines.contains { $0.contains("Monarch") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("Straight") }, lines.joined(separator: "\n"))
    }
}
