import Foundation
import XCTest

/// The real browser in tmux with its clock stopped by LINEUP_NOW inside the ICML 2022
/// schedule: 18:10Z is 11:10 PDT on Tue 19 Jul 2022, while Monarch (11:00–11:20) is on.
final class NowBrowserEndToEndTests: XCTestCase {
    func testItOpensOnTodayWithMonarchSelectedAndPHidesWhatHasEnded() throws {
        let directory = try BuiltProducts.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let environment = ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LINEUP_NOW": "2022-07-19T18:10:00Z"]
        let tmux = try TmuxSession([try BuiltProducts.lineup().path, "--data", data,
                                    "--bookmarks", directory.appendingPathComponent("bookmarks.json").path],
                                   columns: 160, rows: 45, environment: environment)

        let opened = try tmux.waitFor(text: "On now until 11:20 PDT")
        XCTAssertTrue(opened.contains("2/5 │"), "Tue 19 Jul 2022 is the selected day:\n\(opened)")
        XCTAssertTrue(opened.contains("7/14 │"), "Monarch, the 7th talk, is selected:\n\(opened)")
        XCTAssertTrue(opened.contains("11:00 Oral   ◆ now Monarch"), opened)
        XCTAssertTrue(opened.contains("── now 11:10 ──"), opened)
        for ended in ["10:30 Spot", "10:55 Spot"] { XCTAssertTrue(opened.contains(ended), opened) }

        try tmux.send("P")
        let hidden = try tmux.waitFor(text: "past hidden")
        for ended in ["10:30 Spot", "10:35 Spot", "10:40 Spot", "10:45 Spot", "10:50 Spot", "10:55 Spot"] {
            XCTAssertFalse(hidden.contains(ended), "\(ended) ended before 11:10 PDT:\n\(hidden)")
        }
        XCTAssertTrue(hidden.contains("now Monarch"), hidden)
        XCTAssertTrue(hidden.contains("1/8 │"), hidden)
        XCTAssertFalse(hidden.contains("Thu 22 Jul 2021"), hidden)

        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
