/// A calendar date with no time and no zone: the day a talk happens in the zone its page used,
/// or a paper's publication date.
///
/// Invariant: `month` is 1...12 and `day` is valid for that month and year (the initialiser
/// checks). Comparison is chronological. Encodes as "YYYY-MM-DD".
///
/// Month and day are stored as bytes, so a date takes 10 bytes and an optional one 16, not 32:
/// every item holds two.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    private let monthNumber: UInt8
    private let dayNumber: UInt8

    /// 1...12.
    public var month: Int { Int(monthNumber) }
    /// 1...31.
    public var day: Int { Int(dayNumber) }

    /// Returns nil when the triple is not a real date (31 June, 29 February 2023, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CivilCalendar.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.monthNumber = UInt8(month)
        self.dayNumber = UInt8(day)
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (negative before it).
    public init(daysSinceEpoch: Int) {
        let civil = CivilCalendar.civil(fromDays: daysSinceEpoch)
        self.year = civil.year
        self.monthNumber = UInt8(civil.month)
        self.dayNumber = UInt8(civil.day)
    }

    /// Parses exactly "YYYY-MM-DD".
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `init(iso:)` on UTF-8 bytes: plain digits are read in place, anything else as text.
    public init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) {
            self.init(year: year, month: month, day: day)
        } else {
            self.init(iso: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Days since 1970-01-01; O(1).
    public var daysSinceEpoch: Int { CivilCalendar.days(year: year, month: month, day: day) }

    public var weekday: Weekday { Weekday(daysSinceEpoch: daysSinceEpoch) }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// "2022-07-19".
    public var iso: String {
        let y = String(year).leftPadded(to: 4)
        return "\(y)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }

    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension LocalDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
