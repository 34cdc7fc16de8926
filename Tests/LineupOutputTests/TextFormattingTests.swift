import LineupOutput
import Foundation
import LineupModel
import Testing

@Suite("Normalised titles, terminal-safe JSON and the plain formatters")
struct TextFormattingTests {
    @Test("ASCII and non-ASCII titles normalise the same way: lower case, single spaces, trimmed")
    func normalisedTitles() {
        #expect(TalkID.normalisedTitle("  Pointer\tNetworks \r\n ") == "pointer networks")
        #expect(TalkID.normalisedTitle("GLaM:  Efficient   Scaling") == "glam: efficient scaling")
        #expect(TalkID.normalisedTitle("Über  ÉCOLE\u{2003}Straße") == "über école straße")
        #expect(TalkID.normalisedTitle("") == "")
    }

    @Test("JSON keeps its meaning but loses the characters a terminal would act on")
    func terminalSafeJSON() throws {
        let json = "{\"t\":\"a\u{9B}31mb\u{202E}c\u{2028}d\"}"
        let escaped = TerminalText.escapingJSON(json)
        #expect(escaped == #"{"t":"a\u009b31mb\u202ec\u2028d"}"#)
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(decoded["t"] == "a\u{9B}31mb\u{202E}c\u{2028}d")
        #expect(TerminalText.escapingJSON(#"{"plain":"text é 王"}"#) == #"{"plain":"text é 王"}"#)
    }

    static func talk(title: String, kind: TalkKind = .oral, start: String? = "2022-07-19T18:00:00Z") -> Talk {
        Talk(id: "t0123456789abcdef", title: title, authors: ["Tri Dao", "Beidi Chen"], kind: kind,
             awards: kind == .oral ? ["Outstanding Paper Runner Up"] : [], start: start.flatMap(ISOInstant.parse),
             end: start.flatMap(ISOInstant.parse).map { $0.addingTimeInterval(1200) },
             timeZoneID: start == nil ? nil : "America/Los_Angeles", utcOffset: start == nil ? nil : -25200,
             day: LocalDate(year: 2022, month: 7, day: 19), sessionID: "s1", session: "DL: Algorithms",
             room: "Ballroom 1 & 2", moderator: "Daniel Y Fu", abstract: #"Uses \textit{structured} matrices."#,
             source: "page.txt", line: 70)
    }

    @Test("The table shows id, day, wall-clock time in the page's zone, kind and a sanitized title")
    func table() {
        let rows = TalkTable.render([Self.talk(title: "Monarch\u{1B}[2J"), Self.talk(title: "A paper", kind: .paper, start: nil)])
            .split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[0] == "ID                 DAY         TIME         KIND       TITLE")
        #expect(rows[1] == "t0123456789abcdef  2022-07-19  11:00-11:20  Oral       Monarch")
        #expect(rows[2] == "t0123456789abcdef  2022-07-19               Paper      A paper")
    }

    @Test("The detail view states when, where and who, then the abstract in display form")
    func detail() {
        let text = TalkDetail.render(Self.talk(title: "Monarch"), in: Schedule.empty)
        #expect(text == """
            Monarch
            Oral · Outstanding Paper Runner Up
            When: Tue 19 Jul 2022 11:00-11:20 (America/Los_Angeles, UTC-7) · 2022-07-19T18:00:00Z
            Session: DL: Algorithms · Ballroom 1 & 2
            Moderator: Daniel Y Fu
            Authors: Tri Dao, Beidi Chen
            Source: page.txt:70
            ID: t0123456789abcdef

            Uses structured matrices.
            """)
    }

    @Test("The summary counts items by kind, sessions, days and files")
    func summary() {
        let talk = Self.talk(title: "Monarch")
        let session = Session(id: "s1", kind: .slots, title: "DL: Algorithms", source: "page.txt", conference: "ICML 2022",
                              day: talk.day, talkIDs: [talk.id])
        let fragment = ScheduleFragment(source: Source(fileName: "page.txt", name: "ICML 2022", format: .sessionPage),
                                        sessions: [session], talks: [talk])
        #expect(Schedule.assemble([fragment]).schedule.summary == "1 items (1 oral) in 1 sessions over 1 days from 1 files")
        #expect(Schedule.empty.summary == "0 items in 0 sessions over 0 days from 0 files")
    }
}
