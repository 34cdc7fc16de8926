@testable import LineupAgenda
import XCTest

final class ICalendarTextTests: XCTestCase {
    func testBackslashesSemicolonsCommasAndLineBreaksAreEscaped() {
        XCTAssertEqual(ICalendarText.escape(#"a\b;c,d"#), #"a\\b\;c\,d"#)
        XCTAssertEqual(ICalendarText.escape("one\ntwo\r\nthree\rfour"), #"one\ntwo\nthree\nfour"#)
        XCTAssertEqual(ICalendarText.escape("Tri Dao: time 17:00"), "Tri Dao: time 17:00", "colons need no escape")
    }

    func testControlCharactersThatTextValuesForbidNeverReachTheFile() {
        XCTAssertEqual(ICalendarText.escape("a\u{1B}[31mb\u{1B}]0;title\u{7}c\u{7F}d\te"), "abc\u{2421}d e",
                       "escape sequences are dropped whole, DEL shows as a placeholder, a tab as a space")
    }

    func testAShortLineIsNotFoldedAndA76OctetLineIs() {
        let exactly75 = String(repeating: "x", count: 75)
        XCTAssertEqual(ICalendarText.fold(exactly75), exactly75)
        XCTAssertEqual(ICalendarText.fold(exactly75 + "y"), exactly75 + "\r\n y")
    }

    func testFoldingLongUTF8LinesNeverSplitsASequenceNorExceeds75Octets() throws {
        let line = "SUMMARY:" + String(repeating: "é", count: 40) + String(repeating: "深度学习", count: 20)
            + String(repeating: "👩‍🔬", count: 10) + "e\u{301}" + String(repeating: "ä", count: 37)
        let folded = Array(ICalendarText.fold(line).utf8)
        // Work on octets: Swift's Characters would glue the continuation space to a combining mark.
        let physical = split(folded, on: [0x0D, 0x0A])
        XCTAssertGreaterThan(physical.count, 5)
        for (index, piece) in physical.enumerated() {
            XCTAssertLessThanOrEqual(piece.count, 75, "line \(index) is \(piece.count) octets")
            XCTAssertNotNil(String(validating: piece, as: UTF8.self), "line \(index) is whole UTF-8")
            if index > 0 { XCTAssertEqual(piece.first, 0x20, "a continuation line starts with a space") }
            if index < physical.count - 1 {
                // A line is only broken when the next scalar would not fit: a lead byte after the space.
                let nextLead = physical[index + 1][1]
                let nextWidth = nextLead < 0x80 ? 1 : nextLead < 0xE0 ? 2 : nextLead < 0xF0 ? 3 : 4
                XCTAssertGreaterThan(piece.count + nextWidth, 75)
            }
        }
        XCTAssertEqual(physical.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) },
                       Array(line.utf8), "unfolding restores the line")
    }

    func testFoldingNeverSeparatesABackslashFromTheCharacterItEscapes() {
        let line = "DESCRIPTION:" + ICalendarText.escape(String(repeating: "a,b;c\\d\n", count: 40))
        let physical = split(Array(ICalendarText.fold(line).utf8), on: [0x0D, 0x0A])
        XCTAssertGreaterThan(physical.count, 5)
        for piece in physical {
            XCTAssertLessThanOrEqual(piece.count, 75)
            let trailingBackslashes = piece.reversed().prefix { $0 == UInt8(ascii: "\\") }.count
            XCTAssertEqual(trailingBackslashes % 2, 0, "a line ends inside an escape: \(String(decoding: piece, as: UTF8.self))")
        }
        XCTAssertEqual(physical.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) },
                       Array(line.utf8))
    }

    func testDateTimesAreWrittenInTheUTCForm() {
        XCTAssertEqual(ICalendarText.dateTime(instant("2022-07-19T18:00:00Z")), "20220719T180000Z")
    }
}

/// `bytes` cut at every occurrence of `separator`.
func split(_ bytes: [UInt8], on separator: [UInt8]) -> [[UInt8]] {
    var pieces: [[UInt8]] = [[]]
    var i = 0
    while i < bytes.count {
        if bytes[i...].starts(with: separator) {
            pieces.append([])
            i += separator.count
        } else {
            pieces[pieces.count - 1].append(bytes[i])
            i += 1
        }
    }
    return pieces
}
