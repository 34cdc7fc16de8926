import LineupAgenda
import XCTest

final class BookmarkLocationTests: XCTestCase {
    let home = "/home/ana"

    func testTheCommandLineOptionWinsOverEverything() {
        let path = BookmarkLocation.path(
            option: "/tmp/mine.json",
            environment: ["LINEUP_BOOKMARKS": "/env.json", "XDG_DATA_HOME": "/xdg"], home: home)
        XCTAssertEqual(path, "/tmp/mine.json")
    }

    func testLineupBookmarksComesBeforeTheXDGDataHome() {
        let path = BookmarkLocation.path(environment: ["LINEUP_BOOKMARKS": "/env.json", "XDG_DATA_HOME": "/xdg"], home: home)
        XCTAssertEqual(path, "/env.json")
    }

    func testTheXDGDataHomeHoldsALineupFolder() {
        XCTAssertEqual(BookmarkLocation.path(environment: ["XDG_DATA_HOME": "/xdg/"], home: home),
                       "/xdg/lineup/bookmarks.json")
    }

    func testWithNothingSetTheFileIsUnderTheHomeDirectory() {
        XCTAssertEqual(BookmarkLocation.path(environment: [:], home: home),
                       "/home/ana/.local/share/lineup/bookmarks.json")
    }

    func testEmptyVariablesAndARelativeXDGDataHomeCountAsUnset() {
        let environment = ["LINEUP_BOOKMARKS": "", "XDG_DATA_HOME": "relative/dir"]
        XCTAssertEqual(BookmarkLocation.path(option: "", environment: environment, home: home),
                       "/home/ana/.local/share/lineup/bookmarks.json")
    }
}
