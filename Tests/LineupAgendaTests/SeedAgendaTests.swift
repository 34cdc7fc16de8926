import Foundation
import LineupAgenda
import LineupImport
import LineupModel
import XCTest

/// The agenda and its iCalendar export over the shipped seeds' real items.
final class SeedAgendaTests: XCTestCase {
    static let schedule: Schedule = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data").path
        return ScheduleLoader(referenceYear: 2026).load([data]).schedule
    }()

    func seedTalk(_ prefix: String, file: StaticString = #filePath, line: UInt = #line) throws -> Talk {
        try XCTUnwrap(Self.schedule.talks.first { $0.title.hasPrefix(prefix) }, "no seed item titled \(prefix)…",
                      file: file, line: line)
    }

    func testThreeSeedTalksMakeAnAgendaOfThreeDaysInTheirConferencesZone() throws {
        let chosen = try ["Monarch", "Straight to the Gradient", "Online Continual Learning through Mutual Information"]
            .map { try seedTalk($0) }
        let bookmarks = BookmarkSet(bookmarks: chosen.map { Bookmark(talk: $0, added: instant("2024-05-01T09:30:00Z")) }
            + [paperBookmark()])
        let agenda = Agenda(schedule: Self.schedule, bookmarks: bookmarks)
        XCTAssertEqual(agenda.days.map(\.date.iso), ["2021-07-22", "2022-07-19"])
        XCTAssertEqual(agenda.days[1].entries.map { String($0.talk.title.prefix(7)) }, ["Online ", "Monarch"])
        XCTAssertEqual(agenda.days[0].entries.first?.talk.start, instant("2021-07-23T00:00:00Z"))
        XCTAssertTrue(agenda.clashes.isEmpty, "slots of one session follow each other")
        XCTAssertEqual(agenda.readingList.map { $0.talk.title }, ["Pointer Networks"])
    }

    func testTheMonarchEventStartsAt18UTCAndLasts20Minutes() throws {
        let monarch = try seedTalk("Monarch")
        let ics = ICalendarExport.render(Agenda(entries: [AgendaEntry(talk: monarch)]), now: instant("2024-05-01T09:30:00Z"))
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        XCTAssertTrue(lines.contains("DTSTART:20220719T180000Z"))
        XCTAssertTrue(lines.contains("DTEND:20220719T182000Z"))
        XCTAssertTrue(lines.contains("LOCATION:Ballroom 1 & 2"))
        let description = try XCTUnwrap(lines.first { $0.hasPrefix("DESCRIPTION:") })
        XCTAssertTrue(description.hasPrefix(#"DESCRIPTION:Oral · Outstanding Paper Runner Up\nAuthors: Tri Dao\, "#), description)
        XCTAssertTrue(description.contains(#"\nModerator: Daniel Y Fu\n"#), description)
    }

    func testTheDescriptionCarriesTheAbstractInDisplayFormAndCleanLinks() throws {
        let subgraph = try XCTUnwrap(Self.schedule.talks.first { $0.abstract.contains("CBR-SUBG") })
        let ics = ICalendarExport.render(Agenda(entries: [AgendaEntry(talk: subgraph)]), now: instant("2024-05-01T09:30:00Z"))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertFalse(unfolded.contains("\\\\url"), "LaTeX is turned into plain text")
        XCTAssertFalse(unfolded.contains("\\\\footnote"))
        XCTAssertTrue(unfolded.contains(#"\n\nLinks:\nhttps://github.com/rajarshd/CBR-SUBG"#), unfolded)
    }

    private func paperBookmark() -> Bookmark {
        let pointer = Self.schedule.talks.first { $0.title == "Pointer Networks" }
        return Bookmark(id: pointer?.id ?? "missing", title: "Pointer Networks", start: nil, added: instant("2024-05-01T09:30:00Z"))
    }
}
