import Foundation

/// How times and dates are written for people, the same in `lineup list`/`show`, the exports
/// and the browser: a 24-hour wall clock and English short names.
public enum ClockText {
    /// "09:05".
    public static func clock(hour: Int, minute: Int) -> String {
        two(hour) + ":" + two(minute)
    }

    /// "17:00": the wall clock of `date` at `utcOffset` seconds east of UTC.
    public static func clock(_ date: Date, utcOffset: Int) -> String {
        let wall = ISOInstant.wallClock(date, utcOffset: utcOffset)
        return clock(hour: wall.hour, minute: wall.minute)
    }

    /// "Tue 19 Jul 2022".
    public static func day(_ date: LocalDate) -> String {
        dayWithoutYear(date) + " \(date.year)"
    }

    /// "Tue 19 Jul".
    public static func dayWithoutYear(_ date: LocalDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(MonthName.shortName(date.month))"
    }

    /// "UTC", "UTC+2", "UTC-7", "UTC+5:30". `minus` lets the browser use U+2212.
    public static func offset(_ seconds: Int, minus: String = "-") -> String {
        guard seconds != 0 else { return "UTC" }
        let hours = abs(seconds) / 3600, minutes = abs(seconds) / 60 % 60
        return "UTC" + (seconds > 0 ? "+" : minus) + String(hours) + (minutes == 0 ? "" : ":" + two(minutes))
    }

    /// "25 min", "1 h", "1 h 40 min" (whole minutes, rounded down).
    public static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes) min" }
        return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }

    /// "07": two digits, zero-padded.
    public static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
