import Foundation
@testable import LineupImport
import LineupModel
import Testing

/// The building blocks of the iCalendar reader, against RFC 5545's own examples.
@Suite("iCalendar values (RFC 5545)")
struct ICalFormatTests {
    private func lines(_ text: [UInt8], pieceSize: Int = ByteSource.defaultPieceSize) -> [(String, Int)] {
        var result: [(String, Int)] = []
        ICalContentLines.forEach(in: ByteSource(bytes: text, pieceSize: pieceSize)) { line, number in
            result.append((String(decoding: line, as: UTF8.self), number))
        }
        return result
    }

    @Test("Read in pieces, lines and line numbers are the same wherever the pieces end: in a fold, a CRLF, a UTF-8 character")
    func unfoldingAcrossPieces() {
        // A fold inside "ü" (C3 | CRLF space | BC), a fold inside a CRLF's neighbourhood, a
        // bare LF fold with a tab, blank lines, a stray CR and no final break.
        let text: [UInt8] = Array("BEGIN:VEVENT\r\nSUMMARY:J".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xBC]
            + Array("rgen Gro\r\n\tß\r\n\r\nDESCRIPTION:a\n b\n\tc\r\nLOCATION:R\r\n\nX:y\r".utf8)
        let whole = lines(text)
        #expect(whole.map(\.0) == ["BEGIN:VEVENT", "SUMMARY:Jürgen Groß", "DESCRIPTION:abc", "LOCATION:R", "X:y"])
        #expect(whole.map(\.1) == [1, 2, 6, 9, 11])
        for pieceSize in 1...text.count {
            let pieces = lines(text, pieceSize: pieceSize)
            #expect(pieces.map(\.0) == whole.map(\.0), "pieces of \(pieceSize) bytes")
            #expect(pieces.map(\.1) == whole.map(\.1), "pieces of \(pieceSize) bytes")
        }
    }

    @Test("A logical line longer than a piece comes out whole, read in a window that doubles")
    func longLineAcrossPieces() {
        let value = String(repeating: "é", count: 5_000)
        var text = "A:1\r\nDESCRIPTION:"
        var rest = Substring(value)
        while !rest.isEmpty {
            text += rest.prefix(37) + "\r\n "
            rest = rest.dropFirst(37)
        }
        text += "\r\nB:2\r\n"
        let found = lines(Array(text.utf8), pieceSize: 7)
        #expect(found.map(\.0) == ["A:1", "DESCRIPTION:" + value, "B:2"])
        #expect(found.last?.1 == 2 + (5_000 + 36) / 37 + 1)
    }

    @Test("Folds are undone on bytes: CRLF or LF then a space or tab; a character split across a fold comes out whole")
    func unfolding() {
        // RFC 5545 3.1: "DESCRIPTION:This is a lo" CRLF " ng description" CRLF "  that exists on a long line."
        let rfc = Array("DESCRIPTION:This is a lo\r\n ng description\r\n  that exists on a long line.\r\nEND:X\r\n".utf8)
        let unfolded = lines(rfc)
        #expect(unfolded.map(\.0) == ["DESCRIPTION:This is a long description that exists on a long line.", "END:X"])
        #expect(unfolded.map(\.1) == [1, 4])
        // "ü" is C3 BC; the fold falls between its two bytes, with LF only and a tab.
        let split: [UInt8] = Array("SUMMARY:J".utf8) + [0xC3, 0x0A, 0x09, 0xBC] + Array("rgen\nX:y".utf8)
        #expect(lines(split).map(\.0) == ["SUMMARY:Jürgen", "X:y"])
        // A last line without a break and with a stray CR.
        #expect(lines(Array("A:1\r\nB:2\r".utf8)).map(\.0) == ["A:1", "B:2"])
    }

    @Test("Content lines: parameters, quoted values holding ':' and ';', names in any case")
    func contentLines() throws {
        let text = Array(#"attendee;CN="Doe; John: Jr";ROLE=REQ-PARTICIPANT:mailto:jd@example.com"#.utf8)
        let line = try #require(text.withUnsafeBufferPointer { ICalContentLine($0, line: 7) })
        #expect(line.name == "ATTENDEE")
        #expect(line.parameter("CN") == "Doe; John: Jr")
        #expect(line.parameter("ROLE") == "REQ-PARTICIPANT")
        #expect(line.value == "mailto:jd@example.com")
        #expect(line.line == 7)
        #expect(Array("no colon here".utf8).withUnsafeBufferPointer { ICalContentLine($0, line: 1) } == nil)
    }

    @Test("TEXT escapes and lists")
    func text() {
        #expect(ICalText.unescape(#"a\, b\; c\nd\Ne\\f\x"#) == "a, b; c\nd\ne\\f\\x")
        #expect(ICalText.list(#"APPOINTMENT,EDUCATION\, TRAINING, ,SECURITY"#) == ["APPOINTMENT", "EDUCATION, TRAINING", "SECURITY"])
    }

    @Test("DATE and DATE-TIME forms (3.3.4, 3.3.5): floating, UTC and dates")
    func dateTimes() {
        let day = LocalDate(year: 1998, month: 1, day: 18)!.daysSinceEpoch
        #expect(ICalTimeValue("19980118T230000") == .local(seconds: day * 86_400 + 23 * 3600))
        #expect(ICalTimeValue("19980119T070000Z") == .utc(seconds: (day + 1) * 86_400 + 7 * 3600))
        #expect(ICalTimeValue("19980118") == .date(days: day))
        #expect(ICalTimeValue("19980118T230000-0800") == nil) // 3.3.5: not a valid form
        #expect(ICalTimeValue("19980230T120000") == nil)
        #expect(ICalTimeValue("19980118T250000") == nil)
    }

    @Test("DURATION (3.3.6) and UTC-OFFSET (3.3.14)")
    func durations() {
        #expect(ICalDuration.seconds("P15DT5H0M20S") == 15 * 86_400 + 5 * 3600 + 20)
        #expect(ICalDuration.seconds("P7W") == 7 * 7 * 86_400)
        #expect(ICalDuration.seconds("PT1H30M") == 5400)
        #expect(ICalDuration.seconds("-PT15M") == -900)
        #expect(ICalDuration.seconds("PT") == nil)
        #expect(ICalDuration.seconds("P1H") == nil)
        #expect(ICalDuration.seconds("PT99999999999999999999H") == nil)
        #expect(ICalUTCOffset.seconds("-0500") == -18_000)
        #expect(ICalUTCOffset.seconds("+0930") == 34_200)
        #expect(ICalUTCOffset.seconds("+093015") == 34_215)
        #expect(ICalUTCOffset.seconds("0930") == nil)
    }

    @Test("RRULE parts a VTIMEZONE uses: 2SU, -1SU, 1SU, BYMONTHDAY with BYDAY")
    func recurrence() throws {
        let start = LocalDate(year: 1967, month: 10, day: 29)!
        let lastSunday = try #require(ICalRecurrenceRule("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        #expect(lastSunday.days(inYear: 2023, start: start).map { LocalDate(daysSinceEpoch: $0).iso } == ["2023-10-29"])
        let secondSunday = try #require(ICalRecurrenceRule("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"))
        #expect(secondSunday.days(inYear: 2025, start: start).map { LocalDate(daysSinceEpoch: $0).iso } == ["2025-03-09"])
        // The old US rule written with BYMONTHDAY (RFC 5545's America/New_York example style).
        let firstSundayOnOrAfter8 = try #require(ICalRecurrenceRule("FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYMONTHDAY=8,9,10,11,12,13,14"))
        #expect(firstSundayOnOrAfter8.days(inYear: 2025, start: start).map { LocalDate(daysSinceEpoch: $0).iso } == ["2025-03-09"])
        #expect(ICalRecurrenceRule("FREQ=DAILY") == nil)
        #expect(ICalRecurrenceRule("FREQ=YEARLY;BYDAY=9SU") == nil)
    }

    /// RFC 5545 3.6.5's first example: America/New_York with the 1967-2006 and 2007- rules.
    static let newYork = """
        BEGIN:VTIMEZONE
        TZID:America/New_York
        LAST-MODIFIED:20050809T050000Z
        BEGIN:DAYLIGHT
        DTSTART:19670430T020000
        RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU;UNTIL=19730429T070000Z
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:EDT
        END:DAYLIGHT
        BEGIN:STANDARD
        DTSTART:19671029T020000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        TZNAME:EST
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19740106T020000
        RDATE:19750223T020000
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:EDT
        END:DAYLIGHT
        BEGIN:DAYLIGHT
        DTSTART:19760425T020000
        RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU;UNTIL=19860427T070000Z
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:EDT
        END:DAYLIGHT
        BEGIN:DAYLIGHT
        DTSTART:19870405T020000
        RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:EDT
        END:DAYLIGHT
        BEGIN:DAYLIGHT
        DTSTART:20070311T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:EDT
        END:DAYLIGHT
        BEGIN:STANDARD
        DTSTART:20071104T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        TZNAME:EST
        END:STANDARD
        END:VTIMEZONE
        """

    private func utc(_ text: String) -> Int {
        guard case .utc(let seconds)? = ICalTimeValue(text) else { return .min }
        return seconds
    }

    private func wall(_ text: String) -> Int {
        guard case .local(let seconds)? = ICalTimeValue(text) else { return .min }
        return seconds
    }

    @Test("A VTIMEZONE's rules give the offset in force, and wall clocks resolve as RFC 5545 3.3.5 says")
    func vtimezoneRules() throws {
        // A private TZID, so the file's rules are used rather than the IANA database.
        let text = "BEGIN:VCALENDAR\n"
            + Self.newYork.replacingOccurrences(of: "TZID:America/New_York", with: "TZID:Eastern (file)")
            + "\nBEGIN:VEVENT\nDTSTART;TZID=Eastern (file):20071104T013000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"
        var reader = ICalendarReader(file: "ny.ics")
        _ = reader.read(Array(text.utf8))
        let zone = try #require(reader.parsedZones["Eastern (file)"])
        #expect(zone.utcOffset(atUTC: utc("19700101T000000Z")) == -18_000)
        #expect(zone.utcOffset(atUTC: utc("19720601T000000Z")) == -14_400)
        #expect(zone.utcOffset(atUTC: utc("19750301T000000Z")) == -14_400) // the RDATE of 1975
        #expect(zone.utcOffset(atUTC: utc("19900415T000000Z")) == -14_400) // first Sunday in April
        #expect(zone.utcOffset(atUTC: utc("19900401T000000Z")) == -18_000)
        #expect(zone.utcOffset(atUTC: utc("20250309T065959Z")) == -18_000) // second Sunday in March
        #expect(zone.utcOffset(atUTC: utc("20250309T070000Z")) == -14_400)
        #expect(zone.utcOffset(atUTC: utc("20251102T055959Z")) == -14_400)
        #expect(zone.utcOffset(atUTC: utc("20251102T060000Z")) == -18_000)
        // 3.3.5: 01:30 on 2007-11-04 happens twice: the first (EDT); 02:30 on 2007-03-11 does not
        // happen: read with the offset before the gap (EST), i.e. 03:30 EDT.
        #expect(zone.utc(fromWall: wall("20071104T013000")) == utc("20071104T053000Z"))
        #expect(zone.utc(fromWall: wall("20070311T023000")) == utc("20070311T073000Z"))
        #expect(reader.diagnostics.isEmpty)
    }
}
