import Foundation
import LineupModel

/// A slot's time line resolved against the page's context: the calendar day in the page's
/// zone and, when the zone is known, the exact instants.
struct SlotTime: Sendable {
    var day: LocalDate?
    var start: Date?
    var end: Date?
    var zone: ZoneAbbreviation?

    /// Resolves `line`, reporting every problem against `lineNumber` of `file`. The year comes
    /// from the line itself, else the manifest, else the weekday (`YearInference`), else the
    /// reference year with a warning. An end before the start is on the next day.
    static func resolve(_ line: SlotTimeLine, lineNumber: Int, file: String, context: ImportContext,
                        yearCache: inout YearCache, diagnostics: inout [Diagnostic]) -> SlotTime {
        func report(_ severity: Diagnostic.Severity, _ message: String) {
            diagnostics.append(Diagnostic(severity, file: file, line: lineNumber, message))
        }
        var result = SlotTime()
        let monthName = MonthName.shortName(line.month)
        let givenYear = line.year ?? context.year
        let year: Int
        if let givenYear {
            year = givenYear
        } else if let weekday = line.weekday {
            guard let inferred = yearCache.latestYear(month: line.month, day: line.day, weekday: weekday,
                                                      notAfter: context.referenceYear) else {
                report(.error, "\(line.day) \(monthName) is never a \(weekday.fullName); the slot has no date")
                return result
            }
            year = inferred
        } else {
            year = context.referenceYear
            report(.warning, "no weekday to infer the year from; \(year) is assumed")
        }
        guard let day = LocalDate(year: year, month: line.month, day: line.day) else {
            report(.error, "\(line.day) \(monthName) \(year) is not a date; the slot has no date")
            return result
        }
        if givenYear != nil, let weekday = line.weekday, day.weekday != weekday {
            report(.warning, "\(line.day) \(monthName) \(year) is a \(day.weekday.fullName), not a \(weekday.fullName)")
        }
        result.day = day

        if let trailing = line.trailing {
            report(.warning, "text after the time zone is ignored: \"\(trailing)\"")
        }
        guard line.start.isValid, line.end.isValid else {
            report(.error, "no such time of day; the slot's times are left out")
            return result
        }
        guard let abbreviation = line.zone else {
            report(.error, "no time zone after the times; the slot's times are left out")
            return result
        }
        guard let zone = yearCache.zone(named: abbreviation) else {
            report(.error, "unknown time zone \"\(abbreviation)\"; the slot's times are left out")
            return result
        }
        result.zone = zone
        let midnight = day.daysSinceEpoch * 86_400 - zone.utcOffset
        var endMinutes = line.end.minutes
        if endMinutes < line.start.minutes { endMinutes += 24 * 60 }
        result.start = Date(timeIntervalSince1970: TimeInterval(midnight + line.start.minutes * 60))
        result.end = Date(timeIntervalSince1970: TimeInterval(midnight + endMinutes * 60))
        return result
    }
}

/// Remembers the last inference and the last zone: a page's slots almost always share one
/// date and one zone.
struct YearCache: Sendable {
    private var last: (month: Int, day: Int, weekday: Weekday, referenceYear: Int, year: Int?)?
    private var lastZone: (abbreviation: String, zone: ZoneAbbreviation?)?

    /// `ZoneAbbreviation.named(abbreviation)`, looked up once per run of equal abbreviations.
    mutating func zone(named abbreviation: String) -> ZoneAbbreviation? {
        if let lastZone, lastZone.abbreviation == abbreviation { return lastZone.zone }
        let zone = ZoneAbbreviation.named(abbreviation)
        lastZone = (abbreviation, zone)
        return zone
    }

    mutating func latestYear(month: Int, day: Int, weekday: Weekday, notAfter referenceYear: Int) -> Int? {
        if let last, last.month == month, last.day == day, last.weekday == weekday,
           last.referenceYear == referenceYear {
            return last.year
        }
        let year = YearInference.latestYear(month: month, day: day, weekday: weekday, notAfter: referenceYear)
        last = (month, day, weekday, referenceYear, year)
        return year
    }
}
