import Foundation
import XCTest

final class ExportCommandTests: XCTestCase {
    /// Monarch (ICML 2022, Tue 19 July), "Straight to the Gradient" (ICML 2021, Thu 22 July)
    /// and the first talk of the Hall G session (Thu 21 July 2022).
    func bookmarkThreeSeedTalks(in file: String) throws -> [(id: String, title: String, start: String?)] {
        let items = try seedItems()
        let monarch = try XCTUnwrap(items.first { $0.title.hasPrefix("Monarch") })
        let straight = try XCTUnwrap(items.first { $0.title.hasPrefix("Straight to the Gradient") })
        let hallG = try XCTUnwrap(items.first { $0.start?.hasPrefix("2022-07-21") == true })
        let chosen = [monarch, straight, hallG]
        let added = try lineup(["bookmark", "add"] + chosen.map(\.id) + ["--bookmarks", file])
        XCTAssertEqual(added.status, 0, added.stderr)
        return chosen
    }

    func testThreeBookmarkedSeedTalksExportToAnICSThatCalcurseImportsAsThreeAppointments() throws {
        let directory = try scratchDirectory()
        let bookmarks = directory + "/bookmarks.json"
        _ = try bookmarkThreeSeedTalks(in: bookmarks)
        let ics = directory + "/agenda.ics"
        let export = try lineup(["export", "--format", "ics", "--output", ics, "--bookmarks", bookmarks])
        XCTAssertEqual(export.status, 0, export.stderr)

        let calcurse = directory + "/calcurse"
        try FileManager.default.createDirectory(atPath: calcurse, withIntermediateDirectories: true)
        let imported = try runProgram("/usr/bin/calcurse", ["-D", calcurse, "-i", ics], environment: ["TZ": "UTC"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("3 apps / 0 events / 0 todos / 0 skipped"), imported.stdout)

        let query = try runProgram("/usr/bin/calcurse", [
            "-D", calcurse, "-Q", "--from", "01/01/2021", "--days", "1000", "--filter-type", "apt",
            "--format-apt", "%(start:epoch) %(end:epoch) %m\\n",
        ], environment: ["TZ": "UTC"])
        // Day headers ("07/19/22:") separate the appointments, one "START END SUMMARY" line each.
        let appointments = query.stdout.split(separator: "\n").filter { $0.first?.isNumber == true && !$0.hasSuffix(":") }
        XCTAssertEqual(appointments.count, 3, query.stdout)
        let monarch = try XCTUnwrap(appointments.first { $0.contains("Monarch") }).split(separator: " ")
        let start = try XCTUnwrap(Int(monarch[0])), end = try XCTUnwrap(Int(monarch[1]))
        XCTAssertEqual(Date(timeIntervalSince1970: TimeInterval(start)), ISO8601DateFormatter().date(from: "2022-07-19T18:00:00Z"))
        XCTAssertEqual(end - start, 20 * 60)
    }

    func testTheSeedCalendarLoadsInPythonsIcalendarWithTheRightInstants() throws {
        let directory = try scratchDirectory()
        let bookmarks = directory + "/bookmarks.json"
        let chosen = try bookmarkThreeSeedTalks(in: bookmarks)
        let export = try lineup(["export", "--bookmarks", bookmarks])
        XCTAssertEqual(export.status, 0, export.stderr)
        let ics = directory + "/stdout.ics"
        try export.stdout.write(toFile: ics, atomically: true, encoding: .utf8)
        let script = """
        import icalendar, sys
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for e in cal.walk('VEVENT'):
            print(str(e['UID']).split('@')[0], e.decoded('DTSTART').isoformat(), e.decoded('DTEND').isoformat())
        """
        let result = try runProgram("/usr/bin/python3", ["-c", script, ics])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = Set(result.stdout.split(separator: "\n").map(String.init))
        XCTAssertTrue(lines.contains("\(chosen[0].id) 2022-07-19T18:00:00+00:00 2022-07-19T18:20:00+00:00"), result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(chosen[1].id) 2021-07-23T00:00:00+00:00 ") }, result.stdout)
        XCTAssertEqual(lines.count, 3)
    }

    func testMarkdownCSVAndJSONExportsGoToStandardOutputOrAFile() throws {
        let directory = try scratchDirectory()
        let bookmarks = directory + "/bookmarks.json"
        let chosen = try bookmarkThreeSeedTalks(in: bookmarks)

        let markdown = try lineup(["export", "--format", "md", "--bookmarks", bookmarks])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        let headings = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(headings.map { String($0.prefix(18)) }, ["## Thu 22 Jul 2021", "## Tue 19 Jul 2022", "## Thu 21 Jul 2022"])

        let csvFile = directory + "/agenda.csv"
        XCTAssertEqual(try lineup(["export", "-o", csvFile, "--bookmarks", bookmarks]).status, 0)
        let csv = try String(contentsOfFile: csvFile, encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("section,id,title,"), "the format follows the file's extension")
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("agenda,") }.count, 3)

        let json = try lineup(["export", "--format", "json", "--bookmarks", bookmarks])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try XCTUnwrap(document["items"] as? [[String: Any]])
        XCTAssertEqual(items.map { $0["id"] as? String }, [chosen[1].id, chosen[0].id, chosen[2].id], "time order")
    }

    func testAnExportKilledBeforeItsRenameLeavesThePreviousFileWhole() throws {
        let directory = try scratchDirectory()
        let bookmarks = directory + "/bookmarks.json"
        _ = try bookmarkThreeSeedTalks(in: bookmarks)
        let output = directory + "/agenda.md"
        try "previous agenda\n".write(toFile: output, atomically: true, encoding: .utf8)
        let writer = try LineupBinary.startOnSeeds([
            "export", "--output", output, "--force", "--bookmarks", bookmarks
        ], environment: ["LINEUP_TEST_PAUSE_BEFORE_RENAME": "60"])
        XCTAssertTrue(writer.waitForError(containing: "paused before rename of "), writer.errorSoFar)
        writer.kill()
        XCTAssertEqual(writer.finish().status, SIGKILL)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "previous agenda\n")

        XCTAssertEqual(try lineup(["export", "--output", output, "--force", "--bookmarks", bookmarks]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# Agenda\n"))
    }

    func testAnUnknownFormatIsRejected() throws {
        let result = try lineup(["export", "--format", "pdf"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("pdf"), result.stderr)
    }
}
