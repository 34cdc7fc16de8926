import LineupModel

/// A DATE or DATE-TIME value (RFC 5545 3.3.4, 3.3.5) before any zone is applied.
/// Times are "wall seconds": seconds since 1970-01-01T00:00 on the value's own clock.
enum ICalTimeValue: Hashable, Sendable {
    /// `19970714`: a whole day.
    case date(days: Int)
    /// `19980119T070000Z`: an instant; the seconds are UTC.
    case utc(seconds: Int)
    /// `19980118T230000`: a wall clock, floating unless a TZID names its zone.
    case local(seconds: Int)

    /// Parses `YYYYMMDD`, `YYYYMMDDTHHMMSS` and `YYYYMMDDTHHMMSSZ` (seconds 60 are read as 59;
    /// a trailing fraction is not allowed). Nil for anything else or an impossible date.
    init?(_ text: String) {
        guard let value = text.utf8.withContiguousStorageIfAvailable({ Self(utf8: $0) })
            ?? Array(text.utf8).withUnsafeBufferPointer({ Self(utf8: $0) }) else {
            return nil
        }
        self = value
    }

    /// `init(_:)` on UTF-8 bytes.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 8 || bytes.count == 15 || bytes.count == 16,
              let year = Self.number(bytes, 0, 4), let month = Self.number(bytes, 4, 2),
              let day = Self.number(bytes, 6, 2),
              let date = LocalDate(year: year, month: month, day: day) else { return nil }
        if bytes.count == 8 {
            self = .date(days: date.daysSinceEpoch)
            return
        }
        guard bytes[8] == UInt8(ascii: "T") || bytes[8] == UInt8(ascii: "t"),
              let hour = Self.number(bytes, 9, 2), let minute = Self.number(bytes, 11, 2),
              let second = Self.number(bytes, 13, 2), hour <= 23, minute <= 59, second <= 60 else { return nil }
        let seconds = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + min(second, 59)
        if bytes.count == 16 {
            guard bytes[15] == UInt8(ascii: "Z") || bytes[15] == UInt8(ascii: "z") else { return nil }
            self = .utc(seconds: seconds)
        } else {
            self = .local(seconds: seconds)
        }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

/// DURATION values (RFC 5545 3.3.6): `[+|-]P[nW]` or `[+|-]P[nD][T[nH][nM][nS]]`.
enum ICalDuration {
    /// The duration in seconds (negative for a leading "-"); nil when malformed. Weeks and days
    /// are nominal (7 and 1 x 86,400 s), which is what a schedule means by them.
    static func seconds(_ text: String) -> Int? {
        var bytes = Array(text.utf8)[...]
        var sign = 1
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            bytes = bytes.dropFirst()
        }
        guard bytes.first == UInt8(ascii: "P") else { return nil }
        bytes = bytes.dropFirst()
        var total = 0
        var number: Int?
        var inTime = false
        var sawUnit = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                let (times, overflow1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(digit)
                guard !overflow1, !overflow2, sum <= 100_000_000 else { return nil }
                number = sum
            case UInt8(ascii: "T"):
                guard number == nil, !inTime else { return nil }
                inTime = true
            default:
                guard let value = number else { return nil }
                let unit: Int
                switch (byte, inTime) {
                case (UInt8(ascii: "W"), false): unit = 7 * 86_400
                case (UInt8(ascii: "D"), false): unit = 86_400
                case (UInt8(ascii: "H"), true): unit = 3600
                case (UInt8(ascii: "M"), true): unit = 60
                case (UInt8(ascii: "S"), true): unit = 1
                default: return nil
                }
                total += value * unit
                number = nil
                sawUnit = true
            }
        }
        guard number == nil, sawUnit else { return nil }
        return sign * total
    }
}

/// UTC-OFFSET values (RFC 5545 3.3.14): `+HHMM`, `-HHMM`, `+HHMMSS`.
enum ICalUTCOffset {
    /// Seconds east of UTC; nil when malformed.
    static func seconds(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5 || bytes.count == 7,
              bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") else { return nil }
        var parts: [Int] = []
        var index = 1
        while index + 1 < bytes.count {
            let high = bytes[index], low = bytes[index + 1]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(high),
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(low) else { return nil }
            parts.append(Int(high - 48) * 10 + Int(low - 48))
            index += 2
        }
        guard parts.count >= 2, parts[0] <= 23, parts[1] <= 59 else { return nil }
        let value = parts[0] * 3600 + parts[1] * 60 + (parts.count > 2 ? parts[2] : 0)
        return bytes[0] == UInt8(ascii: "-") ? -value : value
    }
}
