import Foundation
import LineupModel

/// Pages write "Thu 22 July" and leave the year out; the weekday pins it down.
public enum YearInference {
    /// The latest year, not after `referenceYear`, in which `month`/`day` exists and falls on
    /// `weekday` (Thu 22 July, 2026 -> 2021). Nil when no year in the 400-year Gregorian
    /// cycle fits (30 February). The reference year is clamped to 1...9999. O(1): at most 400
    /// steps, usually fewer than 12.
    public static func latestYear(month: Int, day: Int, weekday: Weekday, notAfter referenceYear: Int) -> Int? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let years = ImportContext.supportedYears
        let latest = min(max(referenceYear, years.lowerBound), years.upperBound)
        for year in stride(from: latest, to: latest - 400, by: -1) {
            guard let date = LocalDate(year: year, month: month, day: day) else { continue }
            if date.weekday == weekday { return year }
        }
        return nil
    }

    /// The current year in UTC, the default reference year.
    public static var currentYear: Int {
        ISOInstant.wallClock(.now, utcOffset: 0).day.year
    }
}
