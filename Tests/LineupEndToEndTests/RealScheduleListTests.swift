import Foundation
import XCTest

/// `lineup list --json` run as people run it on real conference files from ../shared/fixtures
/// (not shipped: each test skips when its file is absent), checked against the facts the files
/// state: counts, a known item's instants and wall clock (so its offset), zone, day, room and
/// people.
final class RealScheduleListTests: XCTestCase {
    /// The records `lineup list --json ARGUMENTS --data FILE` prints; the run must exit 0 and
    /// say nothing on standard error.
    private func list(_ relativePath: String, _ arguments: [String] = []) throws -> [[String: Any]] {
        guard let file = BuiltProducts.sharedFixture(relativePath) else {
            throw XCTSkip("no ../shared/fixtures/\(relativePath) (the shared fixtures are not in this checkout)")
        }
        let result = try LineupBinary.run(["list", "--json"] + arguments + ["--data", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let records = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        return try XCTUnwrap(records, "list --json printed no array of objects")
    }

    private func record(_ records: [[String: Any]], titled title: String) throws -> [String: Any] {
        try XCTUnwrap(records.first { $0["title"] as? String == title }, "no item titled \(title)")
    }

    func testCongressXMLListsCitizenfourAtMidnightBerlinTimeUnderTheDayBefore() throws {
        let records = try list("frab-xml/31c3-v1.4.xml")
        XCTAssertEqual(records.count, 139)
        let film = try record(records, titled: "Citizenfour")
        XCTAssertEqual(film["start"] as? String, "2014-12-27T23:00:00Z")
        XCTAssertEqual(film["end"] as? String, "2014-12-28T01:15:00Z")
        // The wall clock is one hour ahead of UTC: the file's +01:00.
        XCTAssertEqual(film["localStart"] as? String, "2014-12-28T00:00")
        XCTAssertEqual(film["localEnd"] as? String, "2014-12-28T02:15")
        XCTAssertEqual(film["day"] as? String, "2014-12-27")
        XCTAssertEqual(film["room"] as? String, "Saal 1")
        XCTAssertEqual(film["authors"] as? [String], ["Laura Poitras"])
        XCTAssertEqual(film["sourceID"] as? String, "77aea78c-f2d2-461a-92b3-82929a79d598")
        XCTAssertEqual(film["conference"] as? String, "31. Chaos Communication Congress")
        XCTAssertTrue(film["timezone"] is NSNull, "the file names no zone, only offsets")
        let afterMidnight = records.filter { ($0["localStart"] as? String)?.prefix(10) != ($0["day"] as? String)?.prefix(10) }
        XCTAssertEqual(afterMidnight.count, 4)
    }

    func testGOODXMLAndJSONListTheSameItemsInUSEastern() throws {
        let fromJSON = try list("frab-json/good2025.json")
        let fromXML = try list("frab-xml/good2025.xml")
        XCTAssertEqual(fromJSON.count, 72)
        XCTAssertEqual(fromXML.count, 72)
        // Every field agrees but the file name and the url (the XML's has a doubled slash).
        for (json, xml) in zip(fromJSON, fromXML) {
            for key in Set(json.keys).union(xml.keys).subtracting(["source", "url"]) {
                XCTAssertEqual(json[key].map { "\($0)" }, xml[key].map { "\($0)" }, "\(key) of \(json["title"] ?? "?")")
            }
        }
        XCTAssertTrue(fromJSON.allSatisfy { $0["timezone"] as? String == "US/Eastern" })
        let jam = try record(fromJSON, titled: "Contributor Jam")
        XCTAssertEqual(jam["start"] as? String, "2025-03-17T17:00:00Z")
        XCTAssertEqual(jam["end"] as? String, "2025-03-17T21:00:00Z")
        XCTAssertEqual(jam["localStart"] as? String, "2025-03-17T13:00")
        XCTAssertEqual(jam["localEnd"] as? String, "2025-03-17T17:00")
        XCTAssertEqual(jam["room"] as? String, "Tsai Auditorium (CGIS S010)")
        XCTAssertEqual(jam["authors"] as? [String],
                       ["Emily Moffat Sadeghi [Ohio Supercomputer Center]", "Travis Ravert [Ohio Supercomputer Center]"])
        XCTAssertEqual(jam["track"] as? String, "Core Team Track")
        XCTAssertEqual(jam["url"] as? String, "https://cfp.openondemand.org/2025/talk/CFEMBK/")
    }

    func testFOSDEMTimesFloatUntilTheTimezoneOptionPinsThem() throws {
        let floating = try list("frab-xml/fosdem2024.xml")
        XCTAssertEqual(floating.count, 674)
        let turtle = try record(floating, titled: "Creative Coding with TurtleStitch")
        XCTAssertTrue(turtle["start"] is NSNull && turtle["timezone"] is NSNull, "FOSDEM's file names no zone")
        XCTAssertEqual(turtle["localStart"] as? String, "2024-02-03T10:30")
        XCTAssertEqual(turtle["localEnd"] as? String, "2024-02-03T11:30")
        XCTAssertEqual(turtle["room"] as? String, "J.1.106")
        XCTAssertEqual(turtle["authors"] as? [String], ["Pauline Maas"])

        let pinned = try record(try list("frab-xml/fosdem2024.xml", ["--timezone", "Europe/Brussels"]),
                                titled: "Creative Coding with TurtleStitch")
        XCTAssertEqual(pinned["start"] as? String, "2024-02-03T09:30:00Z")
        XCTAssertEqual(pinned["end"] as? String, "2024-02-03T10:30:00Z")
        XCTAssertEqual(pinned["timezone"] as? String, "Europe/Brussels")
        XCTAssertEqual(pinned["localStart"] as? String, "2024-02-03T10:30")
    }
}
