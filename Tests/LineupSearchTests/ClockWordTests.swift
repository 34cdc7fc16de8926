import Foundation
import LineupModel
@testable import LineupSearch
import Testing

/// The clock words (`day:today`, `day:tomorrow`, `after:now`, `before:now`, `is:now`,
/// `is:past`, `is:upcoming`) at their boundaries, with the clock at 11:10 PDT on Tue 19 July
/// 2022 (18:10Z).
@Suite struct ClockWordTests {
    static let pacific = SlotZone.zoned(zoneID: "America/Los_Angeles", utcOffset: -25_200)
    static let tokyo = SlotZone.zoned(zoneID: "Asia/Tokyo", utcOffset: 32_400)
    static let now = Now(instant: ISOInstant.parse("2022-07-19T18:10:00Z")!,
                         floatingZone: TimeZone(identifier: "America/Los_Angeles")!)

    /// A talk from `start` to `end`, instants written with their offset.
    static func zoned(_ title: String, _ start: String, _ end: String, day: String,
                      zone: SlotZone = pacific) -> FakeTalk {
        var talk = FakeTalk(title, day: day)
        talk.slot = ClockSlot(start: seconds(start), end: seconds(end), zone: zone)
        return talk
    }

    static func floating(_ title: String, _ start: String, _ end: String) -> FakeTalk {
        var talk = FakeTalk(title, day: String(start.prefix(10)))
        talk.slot = ClockSlot(start: Int64(LocalDateTime(iso: start)!.wallSecondsSinceEpoch),
                              end: Int64(LocalDateTime(iso: end)!.wallSecondsSinceEpoch), zone: .floating)
        return talk
    }

    static func seconds(_ text: String) -> Int64 { Int64(ISOInstant.parse(text)!.timeIntervalSince1970) }

    let items: [FakeTalk] = [
        zoned("Ended exactly now", "2022-07-19T10:50:00-07:00", "2022-07-19T11:10:00-07:00", day: "2022-07-19"),
        zoned("Running", "2022-07-19T11:00:00-07:00", "2022-07-19T11:20:00-07:00", day: "2022-07-19"),
        zoned("Starting exactly now", "2022-07-19T11:10:00-07:00", "2022-07-19T11:30:00-07:00", day: "2022-07-19"),
        zoned("Later today", "2022-07-19T16:00:00-07:00", "2022-07-19T16:20:00-07:00", day: "2022-07-19"),
        zoned("Tomorrow morning", "2022-07-20T09:00:00-07:00", "2022-07-20T09:20:00-07:00", day: "2022-07-20"),
        zoned("Tokyo, 03:00 on the 20th", "2022-07-20T03:00:00+09:00", "2022-07-20T04:00:00+09:00", day: "2022-07-20",
              zone: tokyo),
        floating("Floating, on at 11:10 wall clock", "2022-07-19T11:00", "2022-07-19T11:15"),
        floating("Floating, ended at 11:10 wall clock", "2022-07-19T10:00", "2022-07-19T11:10"),
        FakeTalk("Listed paper of the day", day: "2022-07-19"),
    ]

    @Test("is:past holds a talk ending exactly now; is:now one that started exactly now")
    func phases() throws {
        #expect(try titles("is:past", in: items, now: Self.now)
                == ["Ended exactly now", "Floating, ended at 11:10 wall clock"])
        #expect(try titles("is:now", in: items, now: Self.now)
                == ["Running", "Starting exactly now", "Tokyo, 03:00 on the 20th", "Floating, on at 11:10 wall clock"])
        #expect(try titles("is:upcoming", in: items, now: Self.now) == ["Later today", "Tomorrow morning"])
    }

    @Test("after:now keeps talks starting at or after now; before:now those that started before it")
    func afterAndBeforeNow() throws {
        #expect(try titles("after:now", in: items, now: Self.now)
                == ["Starting exactly now", "Later today", "Tomorrow morning"])
        #expect(try titles("before:now", in: items, now: Self.now)
                == ["Ended exactly now", "Running", "Tokyo, 03:00 on the 20th", "Floating, on at 11:10 wall clock",
                    "Floating, ended at 11:10 wall clock"])
    }

    @Test("day:today is the date now has in each talk's own zone: already the 20th in Tokyo")
    func today() throws {
        #expect(try titles("day:today", in: items, now: Self.now)
                == ["Ended exactly now", "Running", "Starting exactly now", "Later today", "Tokyo, 03:00 on the 20th",
                    "Floating, on at 11:10 wall clock", "Floating, ended at 11:10 wall clock", "Listed paper of the day"])
        #expect(try titles("day:tomorrow", in: items, now: Self.now) == ["Tomorrow morning"])
        let beforeMidnight = Now(instant: ISOInstant.parse("2022-07-20T06:59:59Z")!, floatingZone: TimeZone(identifier: "UTC")!)
        #expect(try titles("day:tomorrow kind:spotlight", in: items, now: beforeMidnight) == ["Tomorrow morning"],
                "23:59:59 PDT is still the 19th in the conference's zone, whatever the user's zone")
    }

    @Test("A wall-clock now is read on each talk's own wall clock")
    func wallClockNow() throws {
        let now = Now(wallClock: LocalDateTime(iso: "2022-07-20T03:30")!, floatingZone: TimeZone(identifier: "UTC")!)
        #expect(try titles("is:now", in: items, now: now) == ["Tokyo, 03:00 on the 20th"])
    }

    @Test("Without a clock the clock words match nothing; negation and fields combine with them")
    func withoutAClock() throws {
        #expect(try titles("is:now", in: items).isEmpty)
        #expect(try titles("-is:past day:today title:floating", in: items, now: Self.now) == ["Floating, on at 11:10 wall clock"])
        #expect(try titles("is:upcoming | is:now title:tokyo", in: items, now: Self.now) == ["Tokyo, 03:00 on the 20th"])
    }

    @Test("A session drops remembered answers of clock words when the clock moves")
    func sessionFollowsTheClock() throws {
        var session = SearchSession(index: SearchIndex(items: items))
        let first = try session.search("is:upcoming", now: Self.now).get().positions.count
        let later = Now(instant: ISOInstant.parse("2022-07-19T23:30:00Z")!, floatingZone: TimeZone(identifier: "UTC")!)
        let second = try session.search("is:upcoming", now: later).get().positions.count
        #expect(first == 2)
        #expect(second == 1, "only tomorrow's talk is still to come at 16:30 PDT")
    }
}
