import Foundation
import XCTest

/// Column priorities in a real terminal (issue 11, defect 14): the Sessions pane keeps the talk
/// count at 200 columns, and a 40x12 agenda shows the title and the room.
final class ColumnLayoutEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try BuiltProducts.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func start(columns: Int, rows: Int) throws -> TmuxSession {
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        return try TmuxSession([try BuiltProducts.lineup().path, "--data", data,
                                "--bookmarks", directory.appendingPathComponent("bookmarks.json").path],
                               columns: columns, rows: rows, environment: ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
    }

    func testAt200ColumnsTheSessionsPaneShowsTimeRoomAndCount() throws {
        let tmux = try start(columns: 200, rows: 60)
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("Down")
        let screen = try tmux.waitFor(text: "DL: Algorithms")
        XCTAssertTrue(screen.contains("10:30–11:55 · Ballroom 1 & 2 · 14 talks"), screen)
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testA40x12AgendaShowsTheTitleAndTheRoom() throws {
        let tmux = try start(columns: 40, rows: 12)
        try tmux.waitFor(text: "Days")
        try tmux.send("/")
        try tmux.send("Monarch", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: "1 of 115 talks")
        try tmux.send("b")
        try tmux.waitFor(text: "Bookmarked")
        try tmux.send("Escape")
        try tmux.waitFor(text: "/ searches as you type")  // the search is cleared (Esc then a at once is Alt-a)
        try tmux.send("a")
        let agenda = try tmux.waitFor("the agenda's row") { $0.contains("Agenda") && $0.contains("11:00") }
        let row = agenda.split(separator: "\n").first { $0.contains("11:00") } ?? ""
        XCTAssertTrue(row.contains("Monarch"), agenda)
        XCTAssertTrue(row.contains("Ball"), agenda)
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
