import Foundation
import LineupAgenda
import LineupModel
import XCTest

final class ICalendarExportTests: XCTestCase {
    let now = instant("2024-05-01T09:30:00Z")

    var monarch: Talk {
        var talk = talk(
            "t-monarch", title: "Monarch: Expressive, Structured; Matrices", startUTC: "2022-07-19T18:00:00Z",
            kind: .oral, authors: ["Tri Dao", "Beidi Chen"],
            abstract: "Large neural networks excel; but costly.\nSecond line, with é and 深度学习 "
                + String(repeating: "and more words ", count: 12),
            links: ["https://github.com/HazyResearch/monarch"])
        talk.awards = ["Outstanding Paper Runner Up"]
        return talk
    }

    var agenda: Agenda {
        let other = talk("t-other", title: "A clashing spotlight", startUTC: "2022-07-19T18:10:00Z", room: nil)
        let qa = talk("t-qa", title: "Q&A", startUTC: "2021-07-23T01:00:00Z", minutes: 10, kind: .qa, room: nil)
        return Agenda(entries: [AgendaEntry(talk: monarch, note: "sit near the front \\ left"), AgendaEntry(talk: other),
                                AgendaEntry(talk: qa), AgendaEntry(talk: paper("t-paper"))])
    }

    func testTheCalendarHasTheRequiredPropertiesAndOneEventPerTimedItem() {
        let ics = ICalendarExport.render(agenda, now: now)
        let lines = unfolded(ics)
        XCTAssertEqual(lines.prefix(3), ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lineup//Lineup agenda//EN"])
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, 3, "the untimed paper has no event")
        XCTAssertEqual(lines.filter { $0.hasPrefix("UID:") }, ["UID:t-qa@lineup", "UID:t-monarch@lineup", "UID:t-other@lineup"])
        XCTAssertEqual(lines.filter { $0.hasPrefix("DTSTAMP:") }.count, 3)
        XCTAssertTrue(lines.allSatisfy { !$0.hasPrefix("DTSTAMP:") || $0 == "DTSTAMP:20240501T093000Z" })
    }

    func testEveryLineEndsInCRLFAndNoneIsLongerThan75Octets() {
        let ics = ICalendarExport.render(agenda, now: now)
        XCTAssertTrue(ics.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(ics.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            XCTAssertEqual(bytes[index - 1], 0x0D, "bare LF at byte \(index)")
        }
        for line in split(bytes, on: [0x0D, 0x0A]) {
            XCTAssertLessThanOrEqual(line.count, 75)
        }
    }

    func testAnEventHasExactInstantsTheRoomAndAnEscapedSummary() throws {
        let lines = try event("t-monarch")
        XCTAssertTrue(lines.contains("DTSTART:20220719T180000Z"))
        XCTAssertTrue(lines.contains("DTEND:20220719T182000Z"))
        XCTAssertTrue(lines.contains(#"SUMMARY:Monarch: Expressive\, Structured\; Matrices"#))
        XCTAssertTrue(lines.contains("LOCATION:Ballroom 1 & 2"))
        XCTAssertTrue(lines.contains("CATEGORIES:Oral,DL: Algorithms"))
        XCTAssertTrue(lines.contains("URL:https://github.com/HazyResearch/monarch"))
    }

    func testTheDescriptionHoldsKindAwardAuthorsSessionModeratorAbstractLinksAndClashes() throws {
        let description = try XCTUnwrap(try event("t-monarch").first { $0.hasPrefix("DESCRIPTION:") })
        XCTAssertTrue(description.hasPrefix(#"DESCRIPTION:Oral · Outstanding Paper Runner Up\nAuthors: Tri Dao\, Beidi Chen\nSession: DL: Algorithms\nModerator: Daniel Y Fu\nNote: sit near the front \\ left\nClashes with: A clashing spotlight\n\nLarge neural networks excel\; but costly.\nSecond line\, with é"#), description)
        XCTAssertTrue(description.hasSuffix(#"\n\nLinks:\nhttps://github.com/HazyResearch/monarch"#), description)
    }

    func testTheUIDDependsOnlyOnTheItemsId() throws {
        let first = ICalendarExport.render(agenda, now: now)
        let later = ICalendarExport.render(agenda, now: instant("2025-01-01T00:00:00Z"))
        XCTAssertEqual(unfolded(first).filter { $0.hasPrefix("UID:") }, unfolded(later).filter { $0.hasPrefix("UID:") })
        XCTAssertEqual(ICalendarExport.uid(for: "t3f2a9c0d1e4b5a67"), "t3f2a9c0d1e4b5a67@lineup")
    }

    func testPythonsIcalendarPackageReadsTheExactInstantsAndUnescapedText() throws {
        let directory = try temporaryDirectory(for: self)
        let file = directory + "/agenda.ics"
        try ICalendarExport.render(agenda, now: now).write(toFile: file, atomically: true, encoding: .utf8)
        let script = """
        import icalendar, json, sys
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        for e in cal.walk('VEVENT'):
            out.append({'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(),
                        'end': e.decoded('DTEND').isoformat(), 'summary': str(e['SUMMARY']),
                        'description': str(e['DESCRIPTION']), 'location': str(e.get('LOCATION', ''))})
        print(json.dumps(out))
        """
        let result = try runTool("/usr/bin/python3", ["-c", script, file])
        XCTAssertEqual(result.status, 0, result.error)
        let events = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: String]])
        XCTAssertEqual(events.count, 3)
        let monarch = try XCTUnwrap(events.first { $0["uid"] == "t-monarch@lineup" })
        XCTAssertEqual(monarch["start"], "2022-07-19T18:00:00+00:00")
        XCTAssertEqual(monarch["end"], "2022-07-19T18:20:00+00:00")
        XCTAssertEqual(monarch["summary"], "Monarch: Expressive, Structured; Matrices")
        XCTAssertEqual(monarch["location"], "Ballroom 1 & 2")
        XCTAssertTrue(monarch["description"]?.contains("Note: sit near the front \\ left\nClashes with: A clashing spotlight\n\nLarge neural networks excel; but costly.\nSecond line, with é and 深度学习 and more") == true)
        let qa = try XCTUnwrap(events.first { $0["uid"] == "t-qa@lineup" })
        XCTAssertEqual(qa["start"], "2021-07-23T01:00:00+00:00")
        XCTAssertEqual(qa["end"], "2021-07-23T01:10:00+00:00")
    }

    // MARK: Helpers

    /// The content lines, unfolded octet-wise (RFC 5545 §3.1).
    private func unfolded(_ ics: String) -> [String] {
        split(Array(ics.utf8), on: [0x0D, 0x0A, 0x20]).joined()
            .split(separator: [0x0D, 0x0A]).map { String(decoding: $0, as: UTF8.self) }
    }

    private func event(_ id: String) throws -> [String] {
        let lines = unfolded(ICalendarExport.render(agenda, now: now))
        let start = try XCTUnwrap(lines.firstIndex(of: "UID:\(id)@lineup"))
        let end = try XCTUnwrap(lines[start...].firstIndex(of: "END:VEVENT"))
        return Array(lines[start..<end])
    }
}
