import Foundation
import XCTest

/// `lineup now` and `lineup next` on the shipped seeds with the clock stopped by LINEUP_NOW:
/// 18:10Z is 11:10 PDT on Tue 19 Jul 2022, while Monarch (11:00–11:20) is on in Ballroom 1 & 2.
final class NowCommandTests: XCTestCase {
    private let tuesday = ["LINEUP_NOW": "2022-07-19T18:10:00Z", "TZ": "UTC"]
    private let monarch = "Monarch: Expressive Structured Matrices for Efficient and Accurate Training"
    private let generalizing = "Generalizing to New Physical Systems via Context-Informed Dynamics Model"

    /// A bookmark file holding the seed items with these titles.
    private func bookmarks(_ titles: [String]) throws -> String {
        let file = try scratchDirectory() + "/bookmarks.json"
        let items = try seedItems()
        let ids = try titles.map { title in try XCTUnwrap(items.first { $0.title == title }, title).id }
        let added = try lineup(["bookmark", "add"] + ids + ["--bookmarks", file])
        XCTAssertEqual(added.status, 0, added.stderr)
        return file
    }

    func testNowAsJSONListsTheTalkOnNowAndTheNextPerRoom() throws {
        let result = try lineup(["now", "--json"], environment: tuesday)
        XCTAssertEqual(result.status, 0, result.stderr)
        let places = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], result.stdout)
        XCTAssertEqual(places.count, 1, "only Ballroom 1 & 2 has talks today:\n\(result.stdout)")
        XCTAssertEqual(places.first?["place"] as? String, "Ballroom 1 & 2")
        let now = try XCTUnwrap(places.first?["now"] as? [String: Any])
        XCTAssertEqual(now["title"] as? String, monarch)
        XCTAssertEqual(now["start"] as? String, "2022-07-19T18:00:00Z")
        XCTAssertEqual(now["end"] as? String, "2022-07-19T18:20:00Z")
        XCTAssertEqual(now["timezone"] as? String, "America/Los_Angeles")
        XCTAssertEqual(now["minutesLeft"] as? Int, 10)
        XCTAssertEqual(now["bookmarked"] as? Bool, false)
        let next = try XCTUnwrap(places.first?["next"] as? [String: Any])
        XCTAssertEqual(next["title"] as? String, generalizing)
        XCTAssertEqual(next["start"] as? String, "2022-07-19T18:20:00Z")
        XCTAssertEqual(next["minutesUntil"] as? Int, 10)
    }

    func testNowAsTextMarksBookmarkedTalks() throws {
        let file = try bookmarks([monarch])
        let result = try lineup(["now", "--bookmarks", file], environment: tuesday)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            Ballroom 1 & 2
              now   11:00-11:20  \(monarch) · 10 min left (bookmarked)
              next  11:20-11:25  \(generalizing) · in 10 min

            """)
        let over = try lineup(["now"], environment: ["LINEUP_NOW": "2030-01-01T00:00:00Z"])
        XCTAssertEqual(over.stdout, "Nothing is on now or later today.\n")
        XCTAssertEqual(over.status, 0)
    }

    func testNextPrintsTheNextBookmarkedTalkInTheFormatGiven() throws {
        let file = try bookmarks([monarch, generalizing, "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts"])
        let result = try lineup(["next", "--format", "{minutes} {title}", "--bookmarks", file], environment: tuesday)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "10 \(generalizing)\n", "Monarch is on already: it is not next")
        let plain = try lineup(["next", "--bookmarks", file], environment: tuesday)
        XCTAssertEqual(plain.stdout, "in 10 min: \(generalizing) · Ballroom 1 & 2\n")
        // The moment Generalizing starts, Thursday's GLaM (12:30 PDT in Hall G) is next.
        let starting = try lineup(["next", "--format", "{start} {room} {minutes} {duration}", "--bookmarks", file],
                                  environment: ["LINEUP_NOW": "2022-07-19T18:20:00Z"])
        XCTAssertEqual(starting.stdout, "12:30 Hall G 2950 49 h 10 min\n")
    }

    func testNextPrintsNothingAndSucceedsWhenNothingIsNext() throws {
        let file = try bookmarks([monarch])
        let result = try lineup(["next", "--bookmarks", file], environment: tuesday)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "", "Monarch has started; nothing bookmarked is still to come")
        let none = try lineup(["next"], environment: tuesday)
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertEqual(none.stdout, "")
    }

    func testAMalformedClockIsAnErrorNamingTheVariable() throws {
        let result = try lineup(["next"], environment: ["LINEUP_NOW": "tuesday"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("LINEUP_NOW=\"tuesday\" is not a time"), result.stderr)
    }

    func testListReadsTheClockWordsOnTheSameClock() throws {
        let now = try lineup(["list", "--json", "is:now"], environment: tuesday)
        XCTAssertEqual(now.status, 0, now.stderr)
        let items = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(now.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.map { $0["title"] as? String }, [monarch])
        let today = try lineup(["list", "--count", "day:today", "is:past"], environment: tuesday)
        XCTAssertEqual(today.stdout, "6\n", "the six spotlights from 10:30 to 11:00 have ended")
    }
}
