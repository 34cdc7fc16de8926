import LineupModel

/// A VTIMEZONE component (RFC 5545 3.6.5): a TZID and its STANDARD and DAYLIGHT observances,
/// each starting at a wall clock (DTSTART, read in the offset it changes from) and repeating by
/// an RRULE and/or RDATEs.
struct ICalTimeZone: ICalZoneRule {
    struct Observance: Hashable, Sendable {
        /// DTSTART as wall seconds in the offset in force before it (`offsetFrom`).
        var startWall: Int
        var offsetFrom: Int
        var offsetTo: Int
        var rule: ICalRecurrenceRule?
        /// RDATE values as wall seconds (a DATE-TIME in UTC is turned into wall seconds here).
        var extraStarts: [Int] = []

        /// The latest onset (as UTC seconds) at or before `seconds`, if any.
        func latestOnset(atOrBefore seconds: Int) -> Int? {
            var best: Int?
            func consider(_ wall: Int) {
                let onset = wall - offsetFrom
                if onset <= seconds, best.map({ onset > $0 }) ?? true { best = onset }
            }
            consider(startWall)
            for wall in extraStarts { consider(wall) }
            guard let rule else { return best }
            let startDays = Self.floorDiv(startWall, 86_400)
            let timeOfDay = startWall - startDays * 86_400
            let startDate = LocalDate(daysSinceEpoch: startDays)
            var lastYear = LocalDate(daysSinceEpoch: Self.floorDiv(seconds + offsetTo, 86_400)).year
            var untilUTC: Int?
            switch rule.until {
            case .utc(let value)?: untilUTC = value
            case .local(let value)?: untilUTC = value - offsetFrom
            case .date(let days)?: untilUTC = days * 86_400 + 86_399 - offsetFrom
            case nil: break
            }
            if let untilUTC {
                lastYear = min(lastYear, LocalDate(daysSinceEpoch: Self.floorDiv(untilUTC + offsetTo, 86_400)).year + 1)
            }
            for year in max(startDate.year, lastYear - 2)...max(startDate.year, lastYear) {
                for day in rule.days(inYear: year, start: startDate) {
                    let wall = day * 86_400 + timeOfDay
                    guard wall >= startWall else { continue }
                    if let untilUTC, wall - offsetFrom > untilUTC { continue }
                    consider(wall)
                }
            }
            return best
        }

        static func floorDiv(_ value: Int, _ divisor: Int) -> Int {
            value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        }
    }

    var id: String
    var observances: [Observance]
    /// The line of BEGIN:VTIMEZONE.
    var line: Int

    func utcOffset(atUTC seconds: Int) -> Int {
        var best: (onset: Int, offset: Int)?
        for observance in observances {
            if let onset = observance.latestOnset(atOrBefore: seconds), best.map({ onset > $0.onset }) ?? true {
                best = (onset, observance.offsetTo)
            }
        }
        if let best { return best.offset }
        // Before every onset: the offset the earliest observance changes from.
        return observances.min { $0.startWall < $1.startWall }?.offsetFrom ?? 0
    }
}
