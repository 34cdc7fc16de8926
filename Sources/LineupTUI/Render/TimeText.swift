import Foundation
import LineupModel

/// Times and dates as the browser writes them: "11:00", "11:00–11:20", "Tue 19 Jul 2022",
/// and zone names ("PDT", else "UTC−7").
enum TimeText {
    static func clock(_ date: Date, utcOffset: Int) -> String {
        let wall = ISOInstant.wallClock(date, utcOffset: utcOffset)
        return two(wall.hour) + ":" + two(wall.minute)
    }

    static func range(_ start: Date, _ end: Date?, utcOffset: Int, dash: String) -> String {
        guard let end, end > start else { return clock(start, utcOffset: utcOffset) }
        return clock(start, utcOffset: utcOffset) + dash + clock(end, utcOffset: utcOffset)
    }

    /// "Tue 19 Jul 2022".
    static func day(_ date: LocalDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(MonthName.shortName(date.month)) \(date.year)"
    }

    /// "Tue 19 Jul": the day of an instant at an offset, without the year.
    static func shortDay(of date: Date, utcOffset: Int) -> String {
        let day = ISOInstant.wallClock(date, utcOffset: utcOffset).day
        return "\(day.weekday.shortName) \(day.day) \(MonthName.shortName(day.month))"
    }

    /// The zone's short name at `date` ("PDT") when the system knows one that is a name
    /// rather than an offset, else "UTC+2" / "UTC−7". `utcOffset` is what the page said; a
    /// zone whose offset then differs is not trusted for the name.
    static func zoneName(identifier: String?, utcOffset: Int, at date: Date) -> String {
        if let identifier, let zone = TimeZone(identifier: identifier),
           zone.secondsFromGMT(for: date) == utcOffset {
            let style: NSTimeZone.NameStyle = zone.isDaylightSavingTime(for: date) ? .shortDaylightSaving : .shortStandard
            if let name = zone.localizedName(for: style, locale: englishLocale),
               name.first?.isLetter == true, !name.hasPrefix("GMT"), !name.hasPrefix("UTC") {
                return name
            }
        }
        return offsetName(utcOffset)
    }

    private static let englishLocale = Locale(identifier: "en_US")

    static func zoneName(_ zone: TimeZone, at date: Date) -> String {
        zoneName(identifier: zone.identifier, utcOffset: zone.secondsFromGMT(for: date), at: date)
    }

    /// "UTC", "UTC+2", "UTC−7", "UTC+5:30".
    static func offsetName(_ seconds: Int) -> String {
        guard seconds != 0 else { return "UTC" }
        let sign = seconds > 0 ? "+" : "\u{2212}"
        let hours = abs(seconds) / 3600, minutes = abs(seconds) / 60 % 60
        return "UTC" + sign + String(hours) + (minutes == 0 ? "" : ":" + two(minutes))
    }

    /// "Oct 5, 2023".
    static func published(_ date: LocalDate) -> String {
        "\(MonthName.shortName(date.month)) \(date.day), \(date.year)"
    }

    /// "25 min", "1 h", "1 h 40 min".
    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes) min" }
        return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
