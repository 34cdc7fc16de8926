import Foundation

/// ISO 8601 instants in UTC with second precision, "2022-07-19T18:00:00Z", formatted and parsed
/// without Foundation's formatters (which are slow and not `Sendable`).
public enum ISOInstant {
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let date = LocalDate(daysSinceEpoch: days)
        let h = secondOfDay / 3600, m = secondOfDay / 60 % 60, s = secondOfDay % 60
        return "\(date.iso)T\(two(h)):\(two(m)):\(two(s))Z"
    }

    /// Calls `body` with the UTF-8 bytes of `format(date)`, written into a buffer on the stack
    /// for years 0...9999 (every schedule's), so no string is made.
    static func withFormatted<R>(_ date: Date, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let interval = date.timeIntervalSince1970.rounded(.down)
        // Years 0...9999: from 0000-01-01 to 9999-12-31 23:59:59 UTC.
        guard interval >= -62_167_219_200, interval < 253_402_300_800 else {
            var text = format(date)
            return text.withUTF8(body)
        }
        let seconds = Int(interval)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let civil = CivilCalendar.civil(fromDays: days)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            func put(_ value: Int, digits: Int, at offset: Int) {
                var value = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(civil.year, digits: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(civil.month, digits: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(civil.day, digits: 2, at: 8)
            buffer[10] = UInt8(ascii: "T")
            put(secondOfDay / 3600, digits: 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(secondOfDay / 60 % 60, digits: 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(secondOfDay % 60, digits: 2, at: 17)
            buffer[19] = UInt8(ascii: "Z")
            return body(UnsafeBufferPointer(buffer))
        }
    }

    /// Parses "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DDTHH:MM:SS±HH:MM"; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count >= 20, chars[10] == UInt8(ascii: "T"),
              let date = LocalDate(iso: String(decoding: chars[0..<10], as: UTF8.self)),
              chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
              let h = number(chars[11..<13]), let m = number(chars[14..<16]),
              let s = number(chars[17..<19]), h < 24, m < 60, s < 61 else { return nil }
        var offset = 0
        let zone = chars[19...]
        if zone.count == 1, zone.first == UInt8(ascii: "Z") {
            offset = 0
        } else if zone.count == 6, let sign = zone.first,
                  sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  chars[22] == UInt8(ascii: ":"),
                  let oh = number(chars[20..<22]), let om = number(chars[23..<25]) {
            offset = (oh * 3600 + om * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let seconds = date.daysSinceEpoch * 86_400 + h * 3600 + m * 60 + s - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The wall-clock "HH:MM" of `date` at a UTC offset in seconds.
    public static func wallClock(_ date: Date, utcOffset: Int) -> (day: LocalDate, hour: Int, minute: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffset
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        return (LocalDate(daysSinceEpoch: days), secondOfDay / 3600, secondOfDay / 60 % 60)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
