import LineupModel

/// ISO 8601 date-times as JSON schedules write them: "2026-10-02T09:00:00" (naive),
/// "2024-03-20T09:00:00+01:00", "2020-04-29T11:00:00Z", with or without seconds and fractions.
enum ISOWallTime {
    /// Wall seconds since 1970-01-01T00:00 and the offset in seconds when the text gives one.
    /// Nil when the text is not such a date-time (a date alone included).
    static func parse(_ text: String) -> (wall: Int, offset: Int?)? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              let date = LocalDate(year: year, month: month, day: day),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), hour <= 23, minute <= 59 else { return nil }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let value = number(bytes, 17, 2), value <= 60 else { return nil }
            second = min(value, 59)
            index = 19
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            }
        }
        let wall = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        if index == bytes.count { return (wall, nil) }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            return index + 1 == bytes.count ? (wall, 0) : nil
        }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return nil }
        let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
        let rest = bytes.count - index - 1
        let hours: Int?, minutes: Int?
        switch rest {
        case 5 where bytes[index + 3] == UInt8(ascii: ":"): hours = number(bytes, index + 1, 2); minutes = number(bytes, index + 4, 2)
        case 4: hours = number(bytes, index + 1, 2); minutes = number(bytes, index + 3, 2)
        case 2: hours = number(bytes, index + 1, 2); minutes = 0
        default: return nil
        }
        guard let hours, let minutes, hours <= 18, minutes <= 59 else { return nil }
        return (wall, sign * (hours * 3600 + minutes * 60))
    }

    /// An item timing from a start and end text: an instant when both (or the start) carry an
    /// offset, floating when neither does. Nil when the start is not a date-time.
    static func timing(start: String?, end: String?) -> ItemTiming? {
        guard let start, let parsedStart = parse(start) else { return nil }
        let parsedEnd = end.flatMap(parse)
        if let offset = parsedStart.offset {
            let startUTC = parsedStart.wall - offset
            let endUTC = parsedEnd.map { $0.wall - ($0.offset ?? offset) }
            return .instant(start: startUTC, end: endUTC.flatMap { $0 >= startUTC ? $0 : nil }, zoneID: nil, utcOffset: offset)
        }
        let endWall = parsedEnd.flatMap { $0.offset == nil ? $0.wall : nil }
        return .floating(start: parsedStart.wall, end: endWall.flatMap { $0 >= parsedStart.wall ? $0 : nil })
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + length)] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
