import Foundation
import LineupModel

/// How the exports write times: wall clock in the conference's zone, as the pages did. Time
/// ranges of items are `TalkTable.timeRange`, as `lineup list` prints them.
enum AgendaClock {
    /// "17:00" at the item's own UTC offset (UTC when it has none).
    static func time(_ date: Date, utcOffset: Int?) -> String {
        let clock = ISOInstant.wallClock(date, utcOffset: utcOffset ?? 0)
        return two(clock.hour) + ":" + two(clock.minute)
    }

    /// "UTC-07:00", "UTC+05:30", "UTC".
    static func offset(_ seconds: Int) -> String {
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }

    /// "Tue 19 Jul 2022".
    static func day(_ date: LocalDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(MonthName.shortName(date.month)) \(date.year)"
    }

    /// "1 h 40 min", "25 min".
    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes) min" }
        return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
