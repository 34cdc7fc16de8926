import Foundation
import XCTest

/// Lineup finds the user's files under `$HOME` as every other program does, not under the
/// password database's home (which Foundation's `homeDirectoryForCurrentUser` reads on Linux).
final class HomeDirectoryTests: XCTestCase {
    func testBookmarksPicksAndSourcesGoUnderHOME() throws {
        let home = try BuiltProducts.temporaryDirectory().path
        defer { try? FileManager.default.removeItem(atPath: home) }
        // Empty variables count as unset, so only HOME decides.
        let environment = ["HOME": home, "LINEUP_BOOKMARKS": "", "XDG_DATA_HOME": "", "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": ""]
        let added = try LineupBinary.run(["bookmark", "add", "--data", LineupBinary.dataDirectory, "--reference-year", "2026",
                                          "t2ed1263104477a47"], environment: environment)
        XCTAssertEqual(added.status, 0, added.stderr)
        let bookmarks = home + "/.local/share/lineup/bookmarks.json"
        XCTAssertTrue(FileManager.default.fileExists(atPath: bookmarks), added.stdout + added.stderr)
        XCTAssertTrue(try String(contentsOfFile: bookmarks, encoding: .utf8).contains("Monarch"))

        let imported = try LineupBinary.run(["bookmark", "import", bookmarks, "--as", "Ana"], environment: environment)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home + "/.local/share/lineup/bookmarks.friends.json"))

        let sources = try LineupBinary.run(["sources", "list"], environment: environment)
        XCTAssertEqual(sources.status, 0, sources.stderr)
        let paths = try LineupBinary.run(["config", "path"], environment: environment)
        XCTAssertEqual(paths.stdout.trimmingCharacters(in: .whitespacesAndNewlines), home + "/.config/lineup/config.toml")
    }
}
