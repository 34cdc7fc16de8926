import Foundation
import LineupModel
import Testing

@Suite("The one clock: LINEUP_NOW or the system's")
struct LineupClockTests {
    let brussels = TimeZone(identifier: "Europe/Brussels")!

    @Test("An instant with Z or an offset stops the clock there")
    func instants() throws {
        for text in ["2022-07-19T18:10:00Z", "2022-07-19T11:10:00-07:00"] {
            let now = try LineupClock.from(environment: ["LINEUP_NOW": text], floatingZone: brussels).read()
            #expect(now.instant == ISOInstant.parse("2022-07-19T18:10:00Z"))
            #expect(now.wallClock == nil)
            #expect(now.floatingWallClock == LocalDateTime(iso: "2022-07-19T20:10"), "floating times are read in the user's zone")
        }
    }

    @Test("A wall clock without a zone is now on every conference's own wall clock")
    func wallClock() throws {
        let now = try LineupClock.from(environment: ["LINEUP_NOW": "2022-07-19T11:10"], floatingZone: brussels).read()
        #expect(now.wallClock == LocalDateTime(iso: "2022-07-19T11:10"))
        let pacific = SlotZone.zoned(zoneID: "America/Los_Angeles", utcOffset: -25_200)
        #expect(now.position(on: pacific) == Int64(ISOInstant.parse("2022-07-19T18:10:00Z")!.timeIntervalSince1970))
        #expect(now.today(on: pacific) == LocalDate(year: 2022, month: 7, day: 19))
    }

    @Test("Without LINEUP_NOW (or with it empty) the clock is the system's; nonsense is an error naming the variable")
    func systemAndErrors() throws {
        for environment in [[:], ["LINEUP_NOW": ""]] {
            let before = Date()
            let now = try LineupClock.from(environment: environment).read().instant
            #expect(now >= before.addingTimeInterval(-1) && now <= Date().addingTimeInterval(1))
        }
        #expect(throws: ClockError.self) { try LineupClock.from(environment: ["LINEUP_NOW": "tuesday"]) }
        do {
            _ = try LineupClock.from(environment: ["LINEUP_NOW": "2022-13-01T00:00:00Z"])
            Issue.record("a month 13 was accepted")
        } catch {
            #expect(error.description.hasPrefix("LINEUP_NOW=\"2022-13-01T00:00:00Z\" is not a time"))
        }
    }

    @Test("A talk ending exactly now is past; one starting exactly now is on; a talk without an end is past once started")
    func phases() throws {
        let now = Now(instant: ISOInstant.parse("2022-07-19T18:10:00Z")!, floatingZone: brussels)
        let at = { (text: String) in Int64(ISOInstant.parse(text)!.timeIntervalSince1970) }
        let zone = SlotZone.zoned(zoneID: nil, utcOffset: -25_200)
        #expect(now.phase(of: ClockSlot(start: at("2022-07-19T18:00:00Z"), end: at("2022-07-19T18:10:00Z"), zone: zone)) == .past)
        #expect(now.phase(of: ClockSlot(start: at("2022-07-19T18:10:00Z"), end: at("2022-07-19T18:20:00Z"), zone: zone)) == .now)
        #expect(now.phase(of: ClockSlot(start: at("2022-07-19T18:10:01Z"), end: at("2022-07-19T18:20:00Z"), zone: zone)) == .upcoming)
        #expect(now.phase(of: ClockSlot(start: at("2022-07-19T18:10:00Z"), end: at("2022-07-19T18:10:00Z"), zone: zone)) == .past)
        #expect(Now.minutes(in: 30) == 1 && Now.minutes(in: 600) == 10 && Now.minutes(in: 0) == 0)
    }
}
