import Foundation
import LineupModel

/// Times and dates as the browser writes them: "11:00", "11:00–11:20", "Tue 19 Jul 2022",
/// and zone names ("PDT", else "UTC−7").
enum TimeText {
    static func clock(_ date: Date, utcOffset: Int) -> String {
        ClockText.clock(date, utcOffset: utcOffset)
    }

    static func range(_ start: Date, _ end: Date?, utcOffset: Int, dash: String) -> String {
        guard let end, end > start else { return clock(start, utcOffset: utcOffset) }
        return clock(start, utcOffset: utcOffset) + dash + clock(end, utcOffset: utcOffset)
    }

    /// "10:30–11:30" for wall clocks with no zone (an end before the start, or none, is left out).
    static func range(_ start: LocalDateTime, _ end: LocalDateTime?, dash: String) -> String {
        guard let end, end > start else { return start.clock }
        return start.clock + dash + end.clock
    }

    /// The talk's start on the conference's clock ("10:30"): its floating time as given, or
    /// the instant at its offset; nil when untimed.
    static func startClock(of talk: Talk) -> String? {
        if let floating = talk.floatingStart { return floating.clock }
        return talk.start.map { clock($0, utcOffset: talk.utcOffset ?? 0) }
    }

    /// The talk's slot on the conference's clock ("10:30–11:30"); nil when untimed.
    static func range(of talk: Talk, dash: String) -> String? {
        if let floating = talk.floatingStart { return range(floating, talk.floatingEnd, dash: dash) }
        return talk.start.map { range($0, talk.end, utcOffset: talk.utcOffset ?? 0, dash: dash) }
    }

    /// "Tue 19 Jul": the day of an instant at an offset, without the year.
    static func shortDay(of date: Date, utcOffset: Int) -> String {
        ClockText.dayWithoutYear(ISOInstant.wallClock(date, utcOffset: utcOffset).day)
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
        ClockText.offset(seconds, minus: "\u{2212}")
    }

    /// "Oct 5, 2023".
    static func published(_ date: LocalDate) -> String {
        "\(MonthName.shortName(date.month)) \(date.day), \(date.year)"
    }

}
