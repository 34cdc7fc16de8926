import Foundation
import XCTest
import LineupModel

final class CalendarTests: XCTestCase {
    func testDaysFromCivilMatchesKnownDates() {
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch, 0)
        XCTAssertEqual(LocalDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch, 11_017)
        XCTAssertEqual(LocalDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch, -1)
        let date = LocalDate(year: 2022, month: 7, day: 19)!
        XCTAssertEqual(LocalDate(daysSinceEpoch: date.daysSinceEpoch), date)
    }

    func testRoundTripOverFourHundredYears() {
        for days in stride(from: -30_000, to: 150_000, by: 37) {
            let date = LocalDate(daysSinceEpoch: days)
            XCTAssertEqual(date.daysSinceEpoch, days)
        }
    }

    func testWeekdaysOfTheSeedDates() {
        XCTAssertEqual(LocalDate(year: 2021, month: 7, day: 22)?.weekday, .thursday)
        XCTAssertEqual(LocalDate(year: 2022, month: 7, day: 19)?.weekday, .tuesday)
        XCTAssertEqual(LocalDate(year: 2022, month: 7, day: 21)?.weekday, .thursday)
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1)?.weekday, .thursday)
    }

    func testInvalidDatesAreRejected() {
        XCTAssertNil(LocalDate(year: 2023, month: 2, day: 29))
        XCTAssertNotNil(LocalDate(year: 2024, month: 2, day: 29))
        XCTAssertNil(LocalDate(year: 2000, month: 13, day: 1))
        XCTAssertNil(LocalDate(year: 2000, month: 6, day: 31))
        XCTAssertNil(LocalDate(iso: "2022-7-19"))
        XCTAssertEqual(LocalDate(iso: "2022-07-19")?.iso, "2022-07-19")
    }

    func testWeekdayAndMonthNamesParseAsPagesWriteThem() {
        XCTAssertEqual(Weekday(name: "Tue"), .tuesday)
        XCTAssertEqual(Weekday(name: "thursday"), .thursday)
        XCTAssertNil(Weekday(name: "T"))
        XCTAssertEqual(MonthName.number("July"), 7)
        XCTAssertEqual(MonthName.number("Sept"), 9)
        XCTAssertNil(MonthName.number("Ju"))
    }

    func testISOInstantsFormatAndParse() {
        let date = Date(timeIntervalSince1970: 1_658_253_600)
        XCTAssertEqual(ISOInstant.format(date), "2022-07-19T18:00:00Z")
        XCTAssertEqual(ISOInstant.parse("2022-07-19T18:00:00Z"), date)
        XCTAssertEqual(ISOInstant.parse("2022-07-19T11:00:00-07:00"), date)
        XCTAssertNil(ISOInstant.parse("2022-07-19 18:00"))
        let wall = ISOInstant.wallClock(date, utcOffset: -7 * 3600)
        XCTAssertEqual(wall.day.iso, "2022-07-19")
        XCTAssertEqual(wall.hour, 11)
        XCTAssertEqual(wall.minute, 0)
    }
}

final class ClockTextTests: XCTestCase {
    func testClocksDaysOffsetsAndDurationsAreWrittenOneWayEverywhere() {
        let monarch = Date(timeIntervalSince1970: 1_658_253_600)  // 2022-07-19T18:00:00Z
        XCTAssertEqual(ClockText.clock(monarch, utcOffset: -7 * 3600), "11:00")
        XCTAssertEqual(ClockText.clock(monarch, utcOffset: 5 * 3600 + 1800), "23:30")
        XCTAssertEqual(ClockText.clock(hour: 9, minute: 5), "09:05")
        XCTAssertEqual(ClockText.day(LocalDate(year: 2022, month: 7, day: 19)!), "Tue 19 Jul 2022")
        XCTAssertEqual(ClockText.dayWithoutYear(LocalDate(year: 2021, month: 7, day: 22)!), "Thu 22 Jul")
        XCTAssertEqual(ClockText.offset(0), "UTC")
        XCTAssertEqual(ClockText.offset(-25_200), "UTC-7")
        XCTAssertEqual(ClockText.offset(19_800), "UTC+5:30")
        XCTAssertEqual(ClockText.offset(-9_000, minus: "\u{2212}"), "UTC\u{2212}2:30")
        XCTAssertEqual(ClockText.duration(25 * 60), "25 min")
        XCTAssertEqual(ClockText.duration(3600), "1 h")
        XCTAssertEqual(ClockText.duration(100 * 60 + 59), "1 h 40 min")
    }
}
