import Foundation
import LineupImport
import LineupModel
import Testing

@Suite("Session pages: slots, times, kinds and their problems")
struct SessionPageParserTests {
    @Test("A one-digit hour is read as that hour")
    func oneDigitHour() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 9:05 - 9:20 PDT", title: "Early talk")
        let talk = try #require(page.parse().fragment.talks.first)
        #expect(talk.start == instant("2022-07-19T16:05:00Z"))
        #expect(talk.end == instant("2022-07-19T16:20:00Z"))
    }

    @Test("A slot across noon keeps its hours, in 24-hour and in AM/PM form")
    func noonCrossing() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 11:50 - 12:10 PDT", title: "Across noon")
        page.slot("Tue 19 July 11:30 AM - 12:15 PM PDT", title: "Across noon with AM and PM")
        page.slot("Tue 19 July 12:00 AM - 12:30 AM PDT", title: "Just after midnight")
        let talks = page.parse().fragment.talks
        #expect(talks.map(\.start) == [instant("2022-07-19T18:50:00Z"), instant("2022-07-19T18:30:00Z"),
                                       instant("2022-07-19T07:00:00Z")])
        #expect(talks.map(\.end) == [instant("2022-07-19T19:10:00Z"), instant("2022-07-19T19:15:00Z"),
                                     instant("2022-07-19T07:30:00Z")])
    }

    @Test("An end before its start is on the next day")
    func midnightCrossing() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 23:50 - 0:10 PDT", title: "Across midnight")
        let (fragment, diagnostics) = page.parse()
        let talk = try #require(fragment.talks.first)
        #expect(diagnostics.isEmpty)
        #expect(talk.start == instant("2022-07-20T06:50:00Z"))
        #expect(talk.end == instant("2022-07-20T07:10:00Z"))
        #expect(talk.day == LocalDate(year: 2022, month: 7, day: 19))
    }

    @Test("Other zones give their own offsets and IANA zones")
    func otherZones() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 CEST", title: "Paris")
        page.slot("Tue 19 July 10:00 - 10:20 JST", title: "Tokyo")
        page.slot("Tue 19 July 10:00 - 10:20 IST", title: "Delhi")
        page.slot("Tue 19 July 10:00 - 10:20 HST", title: "Honolulu")
        page.slot("Tue 19 July 10:00 - 10:20 UTC+2", title: "Written offset")
        page.slot("Tue 19 July 10:00 - 10:20 aedt", title: "Lower case")
        let (fragment, diagnostics) = page.parse()
        #expect(diagnostics.isEmpty)
        let talks = fragment.talks
        #expect(talks.map(\.timeZoneID) == ["Europe/Paris", "Asia/Tokyo", "Asia/Kolkata", "Pacific/Honolulu",
                                            "Etc/GMT-2", "Australia/Sydney"])
        #expect(talks.map(\.utcOffset) == [7200, 32400, 19800, -36000, 7200, 39600])
        #expect(talks.map(\.start) == [instant("2022-07-19T08:00:00Z"), instant("2022-07-19T01:00:00Z"),
                                       instant("2022-07-19T04:30:00Z"), instant("2022-07-19T20:00:00Z"),
                                       instant("2022-07-19T08:00:00Z"), instant("2022-07-18T23:00:00Z")])
    }

    @Test("An unknown zone is an error naming its line; the talk stays, with its day and no times")
    func unknownZone() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 XYZT", title: "Nowhere")
        let (fragment, diagnostics) = page.parse()
        let talk = try #require(fragment.talks.first)
        #expect(talk.start == nil && talk.end == nil && talk.timeZoneID == nil)
        #expect(talk.day == LocalDate(year: 2022, month: 7, day: 19))
        #expect(diagnostics == [Diagnostic(.error, file: "page.txt", line: page.line(of: "XYZT"),
                                           "unknown time zone \"XYZT\"; the slot's times are left out")])
    }

    @Test("A time line without a zone is an error, not a guess")
    func missingZone() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20", title: "Zoneless")
        let (fragment, diagnostics) = page.parse()
        #expect(fragment.talks.first?.start == nil)
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.line == page.line(of: "10:00 - 10:20"))
    }

    @Test("An unknown kind is kept as written, with a warning naming its line")
    func unknownKind() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 PDT", kind: "Invited Talk", title: "Keynote of the day")
        let (fragment, diagnostics) = page.parse()
        #expect(fragment.talks.first?.kind == .other("Invited Talk"))
        #expect(fragment.talks.first?.kind.name == "Invited Talk")
        #expect(diagnostics == [Diagnostic(.warning, file: "page.txt", line: page.line(of: "Invited Talk"),
                                           "unknown kind \"Invited Talk\" kept as written")])
    }

    @Test("Every line between the kind and the title is an award")
    func awardLines() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 PDT", kind: "Oral", awards: ["Outstanding Paper", "Test of Time"],
                  title: "A celebrated paper")
        let talk = try #require(page.parse().fragment.talks.first)
        #expect(talk.kind == .oral)
        #expect(talk.awards == ["Outstanding Paper", "Test of Time"])
        #expect(talk.award == "Outstanding Paper; Test of Time")
        #expect(talk.title == "A celebrated paper")
    }

    @Test("A page without room and moderator lines gives items with neither")
    func missingRoomAndModerator() throws {
        var page = PageBuilder()
        page.room = nil
        page.moderator = nil
        page.slot("Tue 19 July 10:00 - 10:20 PDT", title: "Unhosted")
        let (fragment, diagnostics) = page.parse()
        #expect(diagnostics.isEmpty)
        #expect(fragment.talks.first?.room == nil)
        #expect(fragment.talks.first?.moderator == nil)
        #expect(fragment.sessions.first?.title == "Test Session")
    }

    @Test("A room without a moderator is still the room")
    func roomWithoutModerator() throws {
        var page = PageBuilder()
        page.moderator = nil
        page.slot("Tue 19 July 10:00 - 10:20 PDT", title: "Hosted nowhere")
        let talk = try #require(page.parse().fragment.talks.first)
        #expect(talk.room == "Hall A")
        #expect(talk.moderator == nil)
    }

    @Test("CJK names and names with combining marks come through byte for byte")
    func internationalNames() throws {
        let decomposed = "Jose\u{301} Mu\u{308}ller"
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 PDT", title: "多言語の発表",
                  authors: "王小明 · \(decomposed) · Ólafur Þórðarson · 김민준")
        let talk = try #require(page.parse().fragment.talks.first)
        #expect(talk.title == "多言語の発表")
        #expect(talk.authors.count == 4)
        #expect(Array(talk.authors[1].unicodeScalars) == Array(decomposed.unicodeScalars))
        #expect(talk.authors == ["王小明", decomposed, "Ólafur Þórðarson", "김민준"])
    }

    @Test("A Q&A slot is an item of kind qa titled Q&A, with or without a title line")
    func questionAndAnswerSlots() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:05 PDT", kind: "Q&A", title: "Q&A", authors: nil, abstract: nil)
        page.slot("Tue 19 July 10:05 - 10:10 PDT", kind: nil, title: "Q&A", authors: nil, abstract: nil)
        let (fragment, diagnostics) = page.parse()
        #expect(diagnostics.isEmpty)
        #expect(fragment.talks.map(\.kind) == [.qa, .qa])
        #expect(fragment.talks.map(\.title) == ["Q&A", "Q&A"])
    }

    @Test("The year is the latest one, not after the reference year, with that weekday and date")
    func yearInference() throws {
        var page = PageBuilder()
        page.slot("Thu 22 July 17:00 - 17:20 PDT", title: "In 2021")
        #expect(page.parse(referenceYear: 2026).fragment.talks.first?.day?.year == 2021)
        #expect(page.parse(referenceYear: 2027).fragment.talks.first?.day?.year == 2027)
        #expect(page.parse(referenceYear: 2020).fragment.talks.first?.day?.year == 2010)
    }

    @Test("A manifest year wins over inference, and a weekday it contradicts is a warning naming the line")
    func manifestYearMismatch() throws {
        var page = PageBuilder()
        page.slot("Thu 22 July 17:00 - 17:20 PDT", title: "Misdated")
        let (fragment, diagnostics) = page.parse(year: 2022)
        #expect(fragment.talks.first?.day == LocalDate(year: 2022, month: 7, day: 22))
        #expect(diagnostics == [Diagnostic(.warning, file: "page.txt", line: page.line(of: "Thu 22 July"),
                                           "22 Jul 2022 is a Friday, not a Thursday")])
    }

    @Test("A date that exists in no year is an error naming its line")
    func impossibleDate() throws {
        var page = PageBuilder()
        page.slot("Mon 30 February 10:00 - 10:20 PDT", title: "Never")
        let (fragment, diagnostics) = page.parse()
        #expect(fragment.talks.first?.day == nil)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.line == page.line(of: "30 February"))
    }

    @Test("An abstract keeps its line breaks and blank lines; its links are collected")
    func multiParagraphAbstract() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 PDT", title: "Long abstract",
                  abstract: "First line.\nSecond line, see https://example.org/a.\n\nA new paragraph (https://example.org/b).")
        let talk = try #require(page.parse().fragment.talks.first)
        #expect(talk.abstract == "First line.\nSecond line, see https://example.org/a.\n\nA new paragraph (https://example.org/b).")
        #expect(talk.links == ["https://example.org/a", "https://example.org/b"])
    }

    @Test("A slot with no author line is kept and the gap is a warning")
    func missingAuthors() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 PDT", title: "Anonymous", authors: nil,
                  abstract: String(repeating: "A long abstract without any author line before it. ", count: 5))
        let (fragment, diagnostics) = page.parse()
        let talk = try #require(fragment.talks.first)
        #expect(talk.authors.isEmpty)
        #expect(talk.abstract.hasPrefix("A long abstract"))
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message.contains("no author line") == true)
    }

    @Test("An empty slot is skipped with a warning and the rest of the page imports")
    func emptySlot() throws {
        var page = PageBuilder()
        page.slots.append("Tue 19 July 10:00 - 10:05 PDT\n\n")
        page.slot("Tue 19 July 10:05 - 10:20 PDT", title: "Survivor")
        let (fragment, diagnostics) = page.parse()
        #expect(fragment.talks.map(\.title) == ["Survivor"])
        #expect(diagnostics == [Diagnostic(.warning, file: "page.txt", line: page.line(of: "10:00 - 10:05"),
                                           "the slot has no kind line and no title; it is skipped")])
    }

    @Test("A page with no time line is an error for the whole file")
    func noSlots() {
        let (fragment, diagnostics) = SessionPageParser.parse("Session\n\nJust a title\n",
                                                             context: ImportContext(fileName: "x.txt"))
        #expect(fragment.talks.isEmpty)
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.file == "x.txt")
    }

    @Test("CRLF line endings give the same items as LF")
    func windowsLineEndings() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:00 - 10:20 PDT", kind: "Oral", awards: ["Best Paper"], title: "Portable",
                  abstract: "Line one.\nLine two.")
        let lf = page.parse().fragment
        let crlf = SessionPageParser.parse(page.text.replacingOccurrences(of: "\n", with: "\r\n"),
                                           context: ImportContext(fileName: "page.txt", referenceYear: 2026)).fragment
        #expect(crlf.talks == lf.talks)
        #expect(crlf.sessions == lf.sessions)
    }

    @Test("The session spans from the first start to the last end, in the page's zone and day")
    func sessionSpan() throws {
        var page = PageBuilder()
        page.slot("Tue 19 July 10:30 - 10:35 PDT", title: "First")
        page.slot("Tue 19 July 10:35 - 11:00 PDT", title: "Second")
        let session = try #require(page.parse().fragment.sessions.first)
        #expect(session.start == instant("2022-07-19T17:30:00Z"))
        #expect(session.end == instant("2022-07-19T18:00:00Z"))
        #expect(session.day == LocalDate(year: 2022, month: 7, day: 19))
        #expect(session.timeZoneID == "America/Los_Angeles")
        #expect(session.kind == .slots)
        #expect(session.room == "Hall A")
        #expect(session.moderator == "Ada Lovelace")
    }

    @Test("Time lines may name the weekday in full, put the month first, and write the year")
    func timeLineVariants() throws {
        var page = PageBuilder()
        page.slot("Thursday, July 22, 17:00 – 17:20 PDT", title: "Long form")
        page.slot("Fri 23 Jul 2021 9:00 - 9:30 EDT", title: "With a year")
        let (fragment, diagnostics) = page.parse()
        #expect(diagnostics.isEmpty)
        #expect(fragment.talks.map(\.start) == [instant("2021-07-23T00:00:00Z"), instant("2021-07-23T13:00:00Z")])
    }
}
