import Foundation
import XCTest

/// The real `lineup` binary in tmux on the real 31C3 update (../shared/fixtures, skipped when
/// absent), opened on v1.4 compared with v1.3: the status line counts the changes, the Talks
/// pane marks them until selected, the details say what changed, and `C` lists them with the
/// bookmarked ones first.
final class ScheduleUpdateEndToEndTests: XCTestCase {
    func testTheChangesOf31C3sUpdateAreMarkedAndListed() throws {
        guard let old = BuiltProducts.sharedFixture("frab-xml/31c3-v1.3.xml"),
              let new = BuiltProducts.sharedFixture("frab-xml/31c3-v1.4.xml") else {
            throw XCTSkip("no ../shared/fixtures/frab-xml/31c3-v1.*.xml (the shared fixtures are not in this checkout)")
        }
        let directory = try BuiltProducts.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bookmarks = directory.appendingPathComponent("bookmarks.json").path
        let lineup = try BuiltProducts.lineup().path
        let tmux = try TmuxSession(
            [lineup, "--data", new.path, "--compare-with", old.path, "--bookmarks", bookmarks],
            columns: 160, rows: 40, environment: ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])

        let first = try tmux.waitFor("the first frame") { $0.contains("schedule updated:") && $0.contains("31C3 Opening Event") }
        XCTAssertTrue(first.contains("schedule updated: 11 changes, 0 to your bookmarks"), first)

        // Tuesday, Saal 2: Let's Encrypt moved in; the Talks pane marks it.
        try tmux.send("G")
        try tmux.send("Enter")
        try tmux.send("j")
        let saal2 = try tmux.waitFor("Tuesday's Saal 2") { $0.contains("Let's Encrypt") }
        XCTAssertTrue(saal2.contains("moved Let's Encrypt"), saal2)
        XCTAssertTrue(saal2.contains("changed Now I sprinkle"), "6597's speakers changed:\n\(saal2)")
        XCTAssertTrue(saal2.contains(" Low Cost High Speed Pho"), "unchanged, unmarked:\n\(saal2)")

        // The Changes view, then Enter on the moved talk: its details say what changed, and
        // once selected its mark is gone.
        try tmux.send("C")
        let changes = try tmux.waitFor("the Changes view") { $0.contains("Changes in the latest update") }
        XCTAssertTrue(changes.contains("moved from Saal 6, 14:00 to Saal 2, 14:00"), changes)
        XCTAssertTrue(changes.contains("Blow Stuff Up With Your Brain"), changes)
        XCTAssertTrue(changes.contains("speakers now Sarah Harrison, Grace North (were Sarah Harrison, gracefire)"), changes)
        for _ in 0..<7 { try tmux.send("j") }
        try tmux.send("Enter")
        let details = try tmux.waitFor("Let's Encrypt's details") { $0.contains("Updated") && $0.contains("Seth Schoen") }
        XCTAssertTrue(details.contains("moved from Saal 6, 14:00 to Saal 2, 14:00"), details)
        XCTAssertFalse(details.contains("moved Let's Encrypt"), "selected, so seen:\n\(details)")

        // Bookmarked, it comes first in the Changes view.
        try tmux.send("b")
        try tmux.send("C")
        let listed = try tmux.waitFor("the Changes view again") { $0.contains("11 changes, 1 to your bookmarks") }
        let rows = listed.split(separator: "\n")
        let heading = try XCTUnwrap(rows.firstIndex { $0.contains("Changes in the latest update") })
        XCTAssertTrue(rows[heading + 1].contains("moved") && rows[heading + 1].contains("★ Tue 14:00 Let's Encrypt"), listed)

        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
