import XCTest
import Foundation
import LineupAgenda
import LineupModel

/// Now and next on a floating schedule (FOSDEM's shape: wall clocks without a zone): they are
/// read on the user's own wall clock, as `Now` documents.
final class NowAndNextFloatingTests: XCTestCase {
    private let schedule = HandBuiltFrabSchedule.make()
    private let instant = ISOInstant.parse("2024-02-03T09:45:00Z") ?? .distantPast

    func testInBrusselsAt1045TurtleStitchIsOnAndPenpotAndSeccompAreNext() {
        let table = NowAndNext(schedule: schedule, now: Now(instant: instant, floatingZone: TimeZone(identifier: "Europe/Brussels")!))
        XCTAssertEqual(table.rows.map(\.place), ["J.1.106", "H.1308"], "Janson's keynote is tomorrow")
        XCTAssertEqual(table.rows[0].current?.title, "Creative Coding with TurtleStitch")
        XCTAssertEqual(table.rows[0].minutesLeft, 45)
        XCTAssertEqual(table.rows[0].next?.title, "Penpot 2.0")
        XCTAssertEqual(table.rows[0].minutesUntilNext, 45)
        XCTAssertNil(table.rows[1].current)
        XCTAssertEqual(table.rows[1].next?.title, "Sandboxing with seccomp")
        XCTAssertEqual(table.rows[1].minutesUntilNext, 135)
        XCTAssertEqual(table.text(bookmarked: []), """
            J.1.106
              now   10:30-11:30  Creative Coding with TurtleStitch · 45 min left
              next  11:30-12:00  Penpot 2.0 · in 45 min

            H.1308
              next  13:00-13:15  Sandboxing with seccomp · in 2 h 15 min
            """)
    }

    func testTheSameInstantOnAUTCClockIsAnHourEarlierThere() {
        let table = NowAndNext(schedule: schedule, now: Now(instant: instant, floatingZone: TimeZone(identifier: "UTC")!))
        XCTAssertNil(table.rows.first { $0.current != nil }, "09:45 on the wall clock: nothing has started")
        XCTAssertEqual(table.rows.first?.next?.title, "Creative Coding with TurtleStitch")
        XCTAssertEqual(table.rows.first?.minutesUntilNext, 45)
    }
}
