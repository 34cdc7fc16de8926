import Foundation
import XCTest

/// The real `lineup` binary in tmux on FOSDEM 2024's Pentabarf XML (../shared/fixtures, not
/// shipped: skipped when absent): its two days, the rooms of a day in the Sessions pane, a
/// `track:` search that narrows, and a talk's people and links in the details.
final class FrabBrowserEndToEndTests: XCTestCase {
    func testBrowsingFOSDEM2024ByRoomAndTrack() throws {
        guard let fosdem = BuiltProducts.sharedFixture("frab-xml/fosdem2024.xml") else {
            throw XCTSkip("no ../shared/fixtures/frab-xml/fosdem2024.xml (the shared fixtures are not in this checkout)")
        }
        let directory = try BuiltProducts.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try TmuxSession(
            [try BuiltProducts.lineup().path, "--data", fosdem.path,
             "--bookmarks", directory.appendingPathComponent("bookmarks.json").path],
            columns: 160, rows: 45, environment: ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])

        // Days and the first day's rooms, in the file's order (J.1.106, K.3.201, ..., H.1308).
        let first = try tmux.waitFor("the first frame") { $0.contains("Rooms") && $0.contains("Pauline Maas") && $0.contains("H.1308") }
        XCTAssertTrue(first.contains("Sat 3 Feb 2024"), first)
        XCTAssertTrue(first.contains("Sun 4 Feb 2024"), first)
        let rooms = ["J.1.106", "K.3.201", "K.3.401", "H.1308 (Rolin)"].compactMap { first.range(of: $0)?.lowerBound }
        XCTAssertEqual(rooms.count, 4, first)
        XCTAssertEqual(rooms, rooms.sorted(), "rooms in the file's order")
        XCTAssertTrue(first.contains("10:30–18:30 · 7 talks"), "J.1.106's span and count:\n\(first)")
        XCTAssertTrue(first.contains("Creative Coding with TurtleStitch"), "J.1.106's first talk:\n\(first)")
        XCTAssertTrue(first.contains("Pauline Maas"), first)
        XCTAssertTrue(first.contains("Sat 3 Feb 10:30–11:30 (zone unknown; --timezone"), first)

        // track:rust keeps the 14 talks of the Rust devroom, all in H.1308 on Saturday.
        try tmux.send("/")
        try tmux.send("track:rust", literal: true)
        try tmux.send("Enter")
        let narrowed = try tmux.waitFor("the Rust devroom only") { $0.contains("14 of 674") || $0.contains("14/674") }
        XCTAssertTrue(narrowed.contains("H.1308 (Rolin)"), narrowed)
        XCTAssertFalse(narrowed.contains("J.1.106"), narrowed)
        XCTAssertFalse(narrowed.contains("Sun 4 Feb 2024"), "every Rust talk is on Saturday:\n\(narrowed)")
        XCTAssertTrue(narrowed.contains("SemVer in the Rust ecosystem"), narrowed)

        // Narrowed further to one talk: its people and its links in the details.
        try tmux.send("/")
        try tmux.send(" proving", literal: true)
        try tmux.send("Enter")
        let details = try tmux.waitFor("Proving Performance's details") { $0.contains("Nikolai Vazquez") && $0.contains("Links") }
        XCTAssertTrue(details.contains("Proving Performance"), details)
        XCTAssertTrue(details.contains("Divan https://nikolaivazquez.com/blog/divan/"), details)
        XCTAssertTrue(details.contains("Rust devroom"), details)

        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
