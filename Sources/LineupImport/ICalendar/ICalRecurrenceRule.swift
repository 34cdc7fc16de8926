import LineupModel

/// The part of a recurrence rule (RFC 5545 3.3.10) that time zone definitions use: yearly (or
/// monthly) rules with BYMONTH, BYDAY (`SU`, `2SU`, `-1SU`), BYMONTHDAY, INTERVAL and UNTIL.
/// Enough to find when a STANDARD or DAYLIGHT observance begins in a given year; it is not a
/// general event-recurrence expander.
struct ICalRecurrenceRule: Hashable, Sendable {
    enum Frequency: Hashable, Sendable { case yearly, monthly }

    struct WeekdayRule: Hashable, Sendable {
        /// 1 = first in the month, -1 = last; nil = every such weekday.
        var ordinal: Int?
        /// 0 = Sunday ... 6 = Saturday.
        var weekday: Int
    }

    var frequency: Frequency
    var interval = 1
    var byMonth: [Int] = []
    var byDay: [WeekdayRule] = []
    var byMonthDay: [Int] = []
    var until: ICalTimeValue?

    private static let weekdayNames = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]

    /// Nil for frequencies other than YEARLY and MONTHLY, or a malformed rule part.
    init?(_ text: String) {
        var frequency: Frequency?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            let key = pair[0].uppercased(), value = String(pair[1])
            switch key {
            case "FREQ":
                switch value.uppercased() {
                case "YEARLY": frequency = .yearly
                case "MONTHLY": frequency = .monthly
                default: return nil
                }
            case "INTERVAL":
                guard let number = Int(value), (1...1000).contains(number) else { return nil }
                interval = number
            case "BYMONTH":
                let months = value.split(separator: ",").compactMap { Int($0) }
                guard !months.isEmpty, months.allSatisfy({ (1...12).contains($0) }) else { return nil }
                byMonth = months
            case "BYMONTHDAY":
                let days = value.split(separator: ",").compactMap { Int($0) }
                guard !days.isEmpty, days.allSatisfy({ (1...31).contains(abs($0)) }) else { return nil }
                byMonthDay = days
            case "BYDAY":
                var rules: [WeekdayRule] = []
                for item in value.split(separator: ",") {
                    let name = String(item.suffix(2)).uppercased()
                    guard let weekday = Self.weekdayNames.firstIndex(of: name) else { return nil }
                    let prefix = item.dropLast(2)
                    if prefix.isEmpty {
                        rules.append(WeekdayRule(ordinal: nil, weekday: weekday))
                    } else {
                        guard let ordinal = Int(prefix), ordinal != 0, abs(ordinal) <= 5 else { return nil }
                        rules.append(WeekdayRule(ordinal: ordinal, weekday: weekday))
                    }
                }
                byDay = rules
            case "UNTIL":
                guard let value = ICalTimeValue(value) else { return nil }
                until = value
            default:
                continue // COUNT, WKST and the rest do not change a zone's yearly onsets here
            }
        }
        guard let frequency else { return nil }
        self.frequency = frequency
    }

    /// The days (since 1970-01-01) on which the rule, started on `start`, occurs in `year`,
    /// in order; UNTIL is left to the caller, which knows the zone it is in.
    func days(inYear year: Int, start: LocalDate) -> [Int] {
        guard year >= start.year, (year - start.year) % interval == 0 || frequency == .monthly else { return [] }
        let months = byMonth.isEmpty ? (frequency == .yearly ? [start.month] : Array(1...12)) : byMonth
        var result: [Int] = []
        for month in months {
            let length = CivilCalendar.daysInMonth(year: year, month: month)
            guard let first = LocalDate(year: year, month: month, day: 1) else { continue }
            let firstDay = first.daysSinceEpoch
            var monthDays: [Int] = []
            if !byDay.isEmpty {
                for rule in byDay {
                    let firstWeekday = Self.weekday(ofDays: firstDay)
                    let firstMatch = 1 + (rule.weekday - firstWeekday + 7) % 7
                    let matches = Array(stride(from: firstMatch, through: length, by: 7))
                    if let ordinal = rule.ordinal {
                        let index = ordinal > 0 ? ordinal - 1 : matches.count + ordinal
                        if matches.indices.contains(index) { monthDays.append(matches[index]) }
                    } else {
                        monthDays.append(contentsOf: matches)
                    }
                }
                if !byMonthDay.isEmpty {
                    let wanted = Set(byMonthDay.map { $0 > 0 ? $0 : length + 1 + $0 })
                    monthDays = monthDays.filter { wanted.contains($0) }
                }
            } else if !byMonthDay.isEmpty {
                monthDays = byMonthDay.map { $0 > 0 ? $0 : length + 1 + $0 }.filter { (1...length).contains($0) }
            } else if start.day <= length {
                monthDays = [start.day]
            }
            result.append(contentsOf: monthDays.sorted().map { firstDay + $0 - 1 })
        }
        return result.sorted()
    }

    /// 0 = Sunday ... 6 = Saturday for a day count since 1970-01-01 (a Thursday).
    static func weekday(ofDays days: Int) -> Int {
        ((days + 4) % 7 + 7) % 7
    }
}
