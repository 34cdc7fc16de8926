import Foundation
import XCTest

/// The real browser in tmux: friends' picks imported with `lineup bookmark import`, shown in
/// the agenda with `f`.
final class AgendaFriendsEndToEndTests: XCTestCase {
    func testFInTheAgendaShowsAnasPicksAmongYoursWithTheClash() throws {
        let directory = try scratchDirectory()
        let parallel = try writeParallelTrack(in: directory)
        let mine = directory + "/bookmarks.json", anas = directory + "/ana.json"
        let items = try seedItems()
        let monarch = try XCTUnwrap(items.first { $0.title.hasPrefix("Monarch") }?.id)
        let later = try XCTUnwrap(items.first { $0.title.hasPrefix("Self-conditioning") }?.id)
        let sparse = try parallelTrackTalkID(parallel)
        XCTAssertEqual(try lineup(["bookmark", "add", monarch, "--bookmarks", mine]).status, 0)
        XCTAssertEqual(try lineup(["bookmark", "add", sparse, later, "--bookmarks", anas, "--data", parallel]).status, 0)
        let imported = try lineup(["bookmark", "import", anas, "--as", "Ana", "--bookmarks", mine, "--data", parallel])
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let tmux = try TmuxSession([try BuiltProducts.lineup().path, "--data", LineupBinary.dataDirectory, "--data", parallel,
                                    "--reference-year", "2026", "--bookmarks", mine],
                                   columns: 160, rows: 45, environment: ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("a")
        let alone = try tmux.waitFor(text: "Monarch: Expressive")
        XCTAssertFalse(alone.contains("Sparse Attention"), "nobody's picks until f:\n\(alone)")
        try tmux.send("f")
        let shown = try tmux.waitFor(text: "Agenda with Ana's picks")
        XCTAssertTrue(shown.contains("⟂ clashes with Ana's pick"), shown)
        XCTAssertTrue(shown.contains("11:10–11:30 ⟂ Ana · Sparse Attention at the Same Hour"), shown)
        XCTAssertTrue(shown.contains("Ana · Self-conditioning Pre-Trained Language Models"), shown)
        XCTAssertTrue(shown.contains("with Ana's picks"), "the status bar says so:\n\(shown)")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
