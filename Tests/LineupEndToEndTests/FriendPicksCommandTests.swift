import Foundation
import XCTest

/// `lineup bookmark import|friends|forget` and the `picked:` query words, through the binary.
final class FriendPicksCommandTests: XCTestCase {
    private func friends(_ bookmarks: String) throws -> [[String: Any]] {
        let listed = try lineup(["bookmark", "friends", "--json", "--bookmarks", bookmarks])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    func testImportingABookmarkFileAndItsExportedCalendarGivesTheSamePicksAndNeverTouchesYourBookmarks() throws {
        let directory = try scratchDirectory()
        let mine = directory + "/bookmarks.json", anas = directory + "/ana.json"
        let items = try seedItems()
        let monarch = try XCTUnwrap(items.first { $0.title.hasPrefix("Monarch") })
        let timed = items.filter { $0.start != nil && $0.id != monarch.id }.prefix(2)
        let pointer = try XCTUnwrap(items.first { $0.title == "Pointer Networks" })
        XCTAssertEqual(try lineup(["bookmark", "add", monarch.id, "--note", "mine", "--bookmarks", mine]).status, 0)
        let anaIDs = [monarch.id] + timed.map(\.id) + [pointer.id]
        XCTAssertEqual(try lineup(["bookmark", "add"] + anaIDs + ["--bookmarks", anas]).status, 0)
        let myBytes = try Data(contentsOf: URL(fileURLWithPath: mine))

        let imported = try lineup(["bookmark", "import", anas, "--as", "Ana", "--bookmarks", mine])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.hasPrefix("kept 4 picks of Ana in \(directory)/bookmarks.friends.json"), imported.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: mine)), myBytes, "your own bookmarks are not changed")

        // Ana's calendar, exported by Lineup, imported as Wei's: the same timed picks.
        let ics = directory + "/ana.ics"
        XCTAssertEqual(try lineup(["export", "--output", ics, "--bookmarks", anas]).status, 0)
        let fromCalendar = try lineup(["bookmark", "import", ics, "--as", "Wei", "--bookmarks", mine])
        XCTAssertEqual(fromCalendar.status, 0, fromCalendar.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: mine)), myBytes, "your own bookmarks are not changed")

        let listed = try friends(mine)
        XCTAssertEqual(listed.map { $0["name"] as? String }, ["Ana", "Wei"])
        XCTAssertEqual(listed[0]["ids"] as? [String], anaIDs, "the bookmark file's picks, in its order")
        let calendarIDs = try XCTUnwrap(listed[1]["ids"] as? [String])
        // The calendar holds Ana's timed picks (the listed paper has no time), in time order.
        let timedOfAna = items.filter { anaIDs.contains($0.id) && $0.start != nil }
            .sorted { ($0.start ?? "", $0.id) < ($1.start ?? "", $1.id) }.map(\.id)
        XCTAssertEqual(Set(calendarIDs), Set(timedOfAna))
        XCTAssertEqual(calendarIDs.count, 3)
        XCTAssertEqual(listed.map { $0["missing"] as? Int }, [0, 0])

        let table = try lineup(["bookmark", "friends", "--bookmarks", mine])
        XCTAssertTrue(table.stdout.contains("Ana  4 picks  (from ana.json"), table.stdout)

        // The query words, without regard to case.
        let byAna = try lineup(["list", "picked:ana", "--json", "--bookmarks", mine])
        let anaRecords = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(byAna.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(anaRecords.compactMap { $0["id"] as? String }), Set(anaIDs))
        XCTAssertEqual(try lineup(["list", "picked:WEI", "--count", "--bookmarks", mine]).stdout, "3\n")
        XCTAssertEqual(try lineup(["list", "is:picked", "-picked:wei", "--count", "--bookmarks", mine]).stdout, "1\n")
        XCTAssertEqual(try lineup(["list", "picked:nobody", "--count", "--bookmarks", mine]).stdout, "0\n")

        func forget(_ name: String) throws -> LineupBinary.Result {
            try LineupBinary.run(["bookmark", "forget", name, "--bookmarks", mine], environment: ["LINEUP_BOOKMARKS": ""])
        }
        let forgot = try forget("wei")
        XCTAssertEqual(forgot.status, 0, forgot.stderr)
        XCTAssertEqual(forgot.stdout, "forgot Wei's 3 picks\n")
        XCTAssertEqual(try friends(mine).map { $0["name"] as? String }, ["Ana"])
        XCTAssertNotEqual(try forget("wei").status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: mine)), myBytes, "your own bookmarks are not changed")
    }

    func testMergeAddsToYourBookmarksAndItemsNotLoadedAreKeptAndListed() throws {
        let directory = try scratchDirectory()
        let mine = directory + "/bookmarks.json", theirs = directory + "/theirs.json"
        let monarch = try XCTUnwrap(try seedItems().first { $0.title.hasPrefix("Monarch") })
        XCTAssertEqual(try lineup(["bookmark", "add", monarch.id, "--note", "mine", "--bookmarks", mine]).status, 0)
        let file = """
            {"format": "lineup-bookmarks", "version": 1, "bookmarks": [
              {"id": "\(monarch.id)", "title": "Monarch", "start": null, "added": "2024-05-01T09:30:00Z", "note": "theirs"},
              {"id": "tgone000000000000", "title": "A talk from another year", "start": null, "added": "2024-05-01T09:30:00Z", "note": null}]}
            """
        try Data(file.utf8).write(to: URL(fileURLWithPath: theirs))

        let asPicks = try lineup(["bookmark", "import", theirs, "--as", "Bo", "--bookmarks", mine])
        XCTAssertEqual(asPicks.status, 0, asPicks.stderr)
        XCTAssertTrue(asPicks.stdout.contains("1 not in the loaded data (kept):\n  tgone000000000000  A talk from another year"), asPicks.stdout)
        XCTAssertEqual(try friends(mine).first?["missing"] as? Int, 1)

        let merged = try lineup(["bookmark", "import", theirs, "--merge", "--bookmarks", mine])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.stdout.hasPrefix("bookmarked 1 of the 2 items"), merged.stdout)
        let listed = try lineup(["bookmark", "list", "--json", "--bookmarks", mine])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.map { $0["id"] as? String }, [monarch.id, "tgone000000000000"])
        XCTAssertEqual(records.first?["note"] as? String, "mine")

        XCTAssertEqual(try lineup(["bookmark", "import", theirs, "--bookmarks", mine]).status, 64, "--as or --merge is needed")
        let bad = directory + "/bad.txt"
        try Data("hello".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try lineup(["bookmark", "import", bad, "--as", "X", "--bookmarks", mine])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("\(bad): neither a Lineup bookmark file"), refused.stderr)
    }
}
