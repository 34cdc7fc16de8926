import Foundation
import LineupAgenda
import LineupModel
import XCTest

final class JSONExportTests: XCTestCase {
    func testItemsAreTheListRecordsInAgendaOrderWithClashesAndMissingBookmarks() throws {
        let json = JSONExport.render(ExportFixture.agenda)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(document["format"] as? String, "lineup-agenda")
        XCTAssertEqual(document["version"] as? Int, 1)

        let items = try XCTUnwrap(document["items"] as? [[String: Any]])
        XCTAssertEqual(items.map { $0["id"] as? String }, ["t-qa", "t-monarch", "t-spot", "t-evening", "t-pointer"])
        let listKeys: Set<String> = ["id", "title", "authors", "kind", "award", "start", "end", "timezone", "day",
                                     "session", "room", "moderator", "abstract", "links", "source", "published",
                                     "upvotes", "authorCount", "alsoListedIn", "localStart", "localEnd", "track",
                                     "language", "subtitle", "url", "sourceID", "conference", "status"]
        for item in items { XCTAssertEqual(Set(item.keys), listKeys.union(["note"]), "the list's keys plus the note") }
        XCTAssertEqual(items[1]["note"] as? String, "front row")
        XCTAssertTrue(items[2]["note"] is NSNull)
        XCTAssertEqual(items[1]["start"] as? String, "2022-07-19T18:00:00Z")
        XCTAssertEqual(items[1]["award"] as? String, "Outstanding Paper Runner Up")
        XCTAssertEqual(items[1]["title"] as? String, ExportFixture.monarch.title)
        XCTAssertTrue(items[4]["start"] is NSNull)

        let clashes = try XCTUnwrap(document["clashes"] as? [[String: Any]])
        XCTAssertEqual(clashes.count, 1)
        XCTAssertEqual(clashes[0]["ids"] as? [String], ["t-monarch", "t-spot"])
        XCTAssertEqual(clashes[0]["start"] as? String, "2022-07-19T18:10:00Z")
        XCTAssertEqual(clashes[0]["end"] as? String, "2022-07-19T18:20:00Z")

        let missing = try XCTUnwrap(document["missing"] as? [[String: Any]])
        XCTAssertEqual(missing.map { $0["id"] as? String }, ["t-gone"])
        XCTAssertEqual(missing[0]["title"] as? String, "A talk no longer loaded")
    }

    func testTheJSONHasNoRawControlBytes() {
        let json = JSONExport.render(ExportFixture.agenda)
        XCTAssertFalse(json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        XCTAssertTrue(json.contains(#"\u001b]0;pwned\u0007"#), "escaped, not lost")
    }
}
