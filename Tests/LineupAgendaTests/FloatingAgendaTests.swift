import Foundation
import LineupAgenda
import LineupModel
import Testing

/// Floating items (wall clocks with no zone) in the agenda: timed, in wall-clock order,
/// clashing only with floating items of the same file.
@Suite("Floating times in the agenda")
struct FloatingAgendaTests {
    static func floating(_ id: String, _ from: String, _ to: String, source: String = "fosdem.xml") -> Talk {
        Talk(id: TalkID(id), title: id, kind: .other("talk"), day: LocalDateTime(iso: from)?.date, sessionID: "s",
             session: "Room", source: source, floatingStart: LocalDateTime(iso: from), floatingEnd: LocalDateTime(iso: to))
    }

    static func zoned(_ id: String, _ from: String, _ to: String) -> Talk {
        Talk(id: TalkID(id), title: id, kind: .oral, start: ISOInstant.parse(from), end: ISOInstant.parse(to),
             utcOffset: 0, day: ISOInstant.parse(from).map { LocalDateTime(instant: $0, utcOffset: 0).date },
             sessionID: "s2", session: "Other", source: "page.txt")
    }

    let first = floating("f1", "2024-02-03T10:30", "2024-02-03T11:30")
    let overlapping = floating("f2", "2024-02-03T11:00", "2024-02-03T11:20")
    let later = floating("f3", "2024-02-03T13:00", "2024-02-03T13:30")
    let instant = zoned("z1", "2024-02-03T10:40:00Z", "2024-02-03T11:10:00Z")

    @Test("Floating items are timed, in wall-clock order; none is a paper to read")
    func timed() throws {
        let agenda = Agenda(entries: [later, first].map { AgendaEntry(talk: $0) })
        #expect(agenda.readingList.isEmpty)
        #expect(agenda.days.map(\.date.iso) == ["2024-02-03"])
        let day = try #require(agenda.days.first)
        #expect(day.entries.map(\.id) == ["f1", "f3"])
    }

    @Test("Two floating items clash by wall clock; never with an instant")
    func clashes() throws {
        let agenda = Agenda(entries: [first, overlapping, instant, later].map { AgendaEntry(talk: $0) })
        #expect(agenda.clashes.count == 1)
        let clash = try #require(agenda.clashes.first)
        #expect(clash.first == "f1" && clash.second == "f2" && clash.isFloating)
        #expect(LocalDateTime(instant: clash.start, utcOffset: 0).iso == "2024-02-03T11:00")
        #expect(LocalDateTime(instant: clash.end, utcOffset: 0).iso == "2024-02-03T11:20")
        let export = JSONExport.render(agenda)
        #expect(export.contains("\"start\" : \"2024-02-03T11:00\""))
    }
}
