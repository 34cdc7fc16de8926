import Foundation
import XCTest

final class BookmarkCommandTests: XCTestCase {
    func testAddListAndRemoveBookmarksThroughTheCommandLine() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        let items = try seedItems()
        let monarch = try XCTUnwrap(items.first { $0.title.hasPrefix("Monarch") })
        let pointer = try XCTUnwrap(items.first { $0.title == "Pointer Networks" })

        let added = try lineup(["bookmark", "add", monarch.id, pointer.id, "--bookmarks", file])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.contains("bookmarked \(monarch.id)  Monarch"))

        let listed = try lineup(["bookmark", "list", "--json", "--bookmarks", file])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.map { $0["id"] as? String }, [monarch.id, pointer.id])
        XCTAssertEqual(records.map { $0["missing"] as? Bool }, [false, false])
        let item = try XCTUnwrap(records[0]["item"] as? [String: Any])
        XCTAssertEqual(item["start"] as? String, "2022-07-19T18:00:00Z")
        XCTAssertEqual(item["award"] as? String, "Outstanding Paper Runner Up")

        let table = try lineup(["bookmark", "list", "--bookmarks", file])
        XCTAssertTrue(table.stdout.contains("2022-07-19  11:00-11:20  Oral"), table.stdout)

        let removed = try lineup(["bookmark", "remove", monarch.id, "--bookmarks", file])
        XCTAssertEqual(removed.status, 0, removed.stderr)
        let after = try lineup(["bookmark", "list", "--json", "--bookmarks", file])
        let remaining = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(remaining.map { $0["id"] as? String }, [pointer.id])
    }

    func testANoteIsKeptWithTheBookmarkAndListedUnderTheTable() throws {
        let file = try scratchDirectory() + "/bookmarks.json"
        let monarch = try XCTUnwrap(try seedItems().first { $0.title.hasPrefix("Monarch") })
        let added = try lineup(["bookmark", "add", monarch.id, "--note", "front row \u{1B}[2Jplease", "--bookmarks", file])
        XCTAssertEqual(added.status, 0, added.stderr)
        let again = try lineup(["bookmark", "add", monarch.id, "--bookmarks", file])
        XCTAssertEqual(again.status, 0, again.stderr)
        let table = try lineup(["bookmark", "list", "--bookmarks", file])
        XCTAssertTrue(table.stdout.contains("Notes:\n  Monarch: Expressive Structured Matrices for Efficient and Accurate Training: front row please"),
                      table.stdout)
        XCTAssertFalse(table.stdout.contains("\u{1B}"), "the note is sanitized like any data")
        let listed = try lineup(["bookmark", "list", "--json", "--bookmarks", file])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.first?["note"] as? String, "front row \u{1B}[2Jplease", "bookmarking again kept the note; JSON keeps it exact")
    }

    func testAnUnknownIdIsAnErrorThatNamesItAndChangesNothing() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        let monarch = try XCTUnwrap(try seedItems().first { $0.title.hasPrefix("Monarch") })
        let result = try lineup(["bookmark", "add", monarch.id, "tnot-an-id", "--bookmarks", file])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("\"tnot-an-id\""), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file), "nothing was bookmarked")

        let removal = try lineup(["bookmark", "remove", "tnot-an-id", "--bookmarks", file])
        XCTAssertNotEqual(removal.status, 0)
        XCTAssertTrue(removal.stderr.contains("\"tnot-an-id\" is not bookmarked"), removal.stderr)
    }

    func testABookmarkWhoseItemIsNotLoadedIsKeptListedAsMissingAndCanBeRemoved() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        try """
        {"format": "lineup-bookmarks", "version": 1, "bookmarks": [
          {"id": "t00000000deadbeef", "title": "A talk from other data", "start": "2021-07-23T00:00:00Z", "added": "2024-05-01T09:30:00Z", "note": null}
        ]}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let monarch = try XCTUnwrap(try seedItems().first { $0.title.hasPrefix("Monarch") })
        XCTAssertEqual(try lineup(["bookmark", "add", monarch.id, "--bookmarks", file]).status, 0)

        let table = try lineup(["bookmark", "list", "--bookmarks", file])
        XCTAssertTrue(table.stdout.contains("Not in the loaded data (kept):\n  t00000000deadbeef  A talk from other data"), table.stdout)
        let json = try lineup(["bookmark", "list", "--json", "--bookmarks", file])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.map { $0["missing"] as? Bool }, [true, false])
        XCTAssertTrue(records[0]["item"] is NSNull)

        XCTAssertEqual(try lineup(["bookmark", "remove", "t00000000deadbeef", "--bookmarks", file]).status, 0)
        XCTAssertFalse(try String(contentsOfFile: file, encoding: .utf8).contains("deadbeef"))
    }

    func testACorruptBookmarkFileIsMovedAsideWithAMessageSayingWhere() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        try "{ this is not json".write(toFile: file, atomically: true, encoding: .utf8)
        let monarch = try XCTUnwrap(try seedItems().first { $0.title.hasPrefix("Monarch") })
        let result = try lineup(["bookmark", "add", monarch.id, "--bookmarks", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        let aside = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("bookmarks.json.corrupt-") }
        XCTAssertEqual(aside.count, 1)
        XCTAssertEqual(try String(contentsOfFile: directory + "/" + aside[0], encoding: .utf8), "{ this is not json")
        XCTAssertTrue(result.stderr.contains("moved to \(directory)/\(aside[0])"), result.stderr)
    }

    func testTheBookmarkFileDefaultsToLineupBookmarksThenTheXDGDataHome() throws {
        let directory = try scratchDirectory()
        let monarch = try XCTUnwrap(try seedItems().first { $0.title.hasPrefix("Monarch") })
        _ = try lineup(["bookmark", "add", monarch.id], environment: ["XDG_DATA_HOME": directory + "/xdg"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/xdg/lineup/bookmarks.json"))
        _ = try lineup(["bookmark", "add", monarch.id],
                                     environment: ["XDG_DATA_HOME": directory + "/xdg", "LINEUP_BOOKMARKS": directory + "/env.json"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/env.json"))
    }

    // MARK: Two processes, and a process killed mid-write

    func testTwoProcessesAdding50DifferentIdsEachKeepAll100() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        let ids = try seedItems().map(\.id)
        XCTAssertGreaterThanOrEqual(ids.count, 100)
        let halves = [Array(ids[0..<50]), Array(ids[50..<100])]
        let failures = Failures()
        // Each worker runs 50 `lineup bookmark add` processes one after another, both at once,
        // so the read-modify-writes of the two interleave as much as the machine allows.
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for id in halves[worker] {
                do {
                    let result = try lineup(["bookmark", "add", id, "--bookmarks", file])
                    if result.status != 0 { failures.add("\(id): \(result.stderr)") }
                } catch {
                    failures.add("\(id): \(error)")
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        let listed = try lineup(["bookmark", "list", "--json", "--bookmarks", file])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.count, 100)
        XCTAssertEqual(Set(records.compactMap { $0["id"] as? String }), Set(ids.prefix(100)))
    }

    func testAProcessKilledBetweenWritingAndRenamingLeavesTheLastGoodFile() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        let items = try seedItems()
        XCTAssertEqual(try lineup(["bookmark", "add", items[0].id, "--bookmarks", file]).status, 0)
        let lastGood = try Data(contentsOf: URL(fileURLWithPath: file))

        let writer = try LineupBinary.startOnSeeds([
            "bookmark", "add", items[1].id, "--bookmarks", file
        ], environment: ["LINEUP_TEST_PAUSE_BEFORE_RENAME": "60"])
        XCTAssertTrue(writer.waitForError(containing: "paused before rename of "), writer.errorSoFar)
        let temporary = try XCTUnwrap(writer.errorSoFar.components(separatedBy: "paused before rename of ").last?
            .components(separatedBy: "\n").first)
        XCTAssertTrue(try String(contentsOfFile: temporary, encoding: .utf8).contains(items[1].id),
                      "the new contents were complete when the process died")
        writer.kill()
        let ended = writer.finish()
        XCTAssertEqual(ended.status, SIGKILL)

        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), lastGood, "the last good file is intact")
        // The dead writer's lock went with it: the next change goes through and tidies up.
        let next = try lineup(["bookmark", "add", items[2].id, "--bookmarks", file])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary))
        let listed = try lineup(["bookmark", "list", "--json", "--bookmarks", file])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(records.compactMap { $0["id"] as? String }, [items[0].id, items[2].id])
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
