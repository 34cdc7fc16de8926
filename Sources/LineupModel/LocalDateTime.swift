import Foundation

/// A wall-clock time with no zone: what a schedule says when it gives no zone and no offset
/// (FOSDEM's XML, Sessionize, ACL booklets). It names no instant until a zone is chosen
/// (`--timezone`), so it is compared and shown as given.
///
/// Invariant: `hour` 0...23, `minute` 0...59, `second` 0...59 (the initialiser checks).
/// Comparison is chronological on the wall clock. Encodes as "YYYY-MM-DDTHH:MM", or
/// "YYYY-MM-DDTHH:MM:SS" when the seconds are not zero.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    private let hourNumber: UInt8
    private let minuteNumber: UInt8
    private let secondNumber: UInt8

    public var hour: Int { Int(hourNumber) }
    public var minute: Int { Int(minuteNumber) }
    public var second: Int { Int(secondNumber) }

    /// Nil when the time of day is out of range.
    public init?(date: LocalDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.date = date
        self.hourNumber = UInt8(hour)
        self.minuteNumber = UInt8(minute)
        self.secondNumber = UInt8(second)
    }

    /// The wall clock `secondsSinceEpoch` seconds after 1970-01-01T00:00 (as if it were UTC).
    public init(wallSecondsSinceEpoch seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        self.date = LocalDate(daysSinceEpoch: days)
        self.hourNumber = UInt8(secondOfDay / 3600)
        self.minuteNumber = UInt8(secondOfDay / 60 % 60)
        self.secondNumber = UInt8(secondOfDay % 60)
    }

    /// The wall clock of `instant` at a UTC offset in seconds (east positive).
    public init(instant: Date, utcOffset: Int) {
        self.init(wallSecondsSinceEpoch: Int(instant.timeIntervalSince1970.rounded(.down)) + utcOffset)
    }

    /// Parses "YYYY-MM-DDTHH:MM" and "YYYY-MM-DDTHH:MM:SS" (a space for the "T" is accepted,
    /// as are fractional seconds, which are dropped); nil for anything else, including text
    /// with a zone or an offset.
    public init?(iso text: String) {
        var text = text
        guard let parsed = text.withUTF8(LocalDateTime.init(isoUTF8:)) else { return nil }
        self = parsed
    }

    /// `init(iso:)` on the text's UTF-8 bytes, without making a string (readers of large
    /// files call it once per item).
    public init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 16 || bytes.count >= 19,
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
              let date = LocalDate(isoUTF8: UnsafeBufferPointer(rebasing: bytes[0..<10])),
              let hour = Self.twoDigits(bytes, at: 11), let minute = Self.twoDigits(bytes, at: 14) else { return nil }
        var second = 0
        if bytes.count >= 19 {
            guard bytes[16] == UInt8(ascii: ":"), let value = Self.twoDigits(bytes, at: 17) else { return nil }
            second = value
            if bytes.count > 19 {
                // A fraction of any length (its digits are only checked: a long one must not overflow).
                guard bytes[19] == UInt8(ascii: "."), bytes.count > 20,
                      bytes[20...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            }
        }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// Seconds from 1970-01-01T00:00 on the same wall clock (no zone involved).
    public var wallSecondsSinceEpoch: Int {
        date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
    }

    public func adding(seconds: Int) -> LocalDateTime {
        LocalDateTime(wallSecondsSinceEpoch: wallSecondsSinceEpoch + seconds)
    }

    /// The instant this wall clock names in `zone`. RFC 5545 (3.3.5) settles the two cases a
    /// DST change makes: a time that occurs twice is its first occurrence; a time skipped by
    /// the gap is read with the offset in force before the gap (02:30 on a spring-forward
    /// night in New York is 07:30Z, i.e. 03:30 EDT). Never nil for a real zone; the optional
    /// is kept for the contract's sake.
    public func instant(in zone: TimeZone) -> Date? {
        let wall = wallSecondsSinceEpoch
        func offset(at seconds: Int) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) }
        // The offsets in force a day either side cover every transition but back-to-back ones.
        let before = offset(at: wall - 86_400 - offset(at: wall))
        let after = offset(at: wall + 86_400 - offset(at: wall))
        let candidates = before == after ? [before] : [before, after]
        let valid = candidates.filter { offset(at: wall - $0) == $0 }.map { wall - $0 }
        if let first = valid.min() { return Date(timeIntervalSince1970: TimeInterval(first)) }
        return Date(timeIntervalSince1970: TimeInterval(wall - before))
    }

    /// "2024-02-03T10:30", or "2024-02-03T10:30:15" when the seconds are not zero.
    public var iso: String {
        let clock = "\(date.iso)T\(String(hour).leftPadded(to: 2)):\(String(minute).leftPadded(to: 2))"
        return second == 0 ? clock : clock + ":" + String(second).leftPadded(to: 2)
    }

    /// "10:30".
    public var clock: String { "\(String(hour).leftPadded(to: 2)):\(String(minute).leftPadded(to: 2))" }

    public var description: String { iso }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.hourNumber, lhs.minuteNumber, lhs.secondNumber)
            < (rhs.date, rhs.hourNumber, rhs.minuteNumber, rhs.secondNumber)
    }

    /// The number the two ASCII digits at `index` write; nil when either is not a digit.
    private static func twoDigits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let tens = bytes[index], ones = bytes[index + 1]
        guard tens >= 0x30, tens <= 0x39, ones >= 0x30, ones <= 0x39 else { return nil }
        return Int(tens - 0x30) * 10 + Int(ones - 0x30)
    }
}

extension LocalDateTime: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a wall-clock time as YYYY-MM-DDTHH:MM, found \"\(text)\"")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
