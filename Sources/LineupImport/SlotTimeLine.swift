import LineupModel

/// The line that opens a slot on a session page, "Thu 22 July 17:00 - 17:20 PDT", as written:
/// nothing is resolved here (no year, no zone lookup), so the parser can report each problem
/// against the line.
///
/// Accepted: an optional weekday ("Thu", "Thursday,"), the date day-first or month-first
/// ("22 July", "July 22,"), an optional four-digit year, two clock times of one or two hour
/// digits with optional AM/PM, joined by "-", an en or em dash or "to", then the zone
/// abbreviation (optional here; the parser reports its absence).
struct SlotTimeLine: Hashable, Sendable {
    struct ClockTime: Hashable, Sendable {
        var hour: Int
        var minute: Int
        /// Minutes after midnight; 24:00 is 1440.
        var minutes: Int { hour * 60 + minute }
        var isValid: Bool { (hour < 24 && minute < 60) || (hour == 24 && minute == 0) }
    }

    var weekday: Weekday?
    var month: Int
    var day: Int
    var year: Int?
    var start: ClockTime
    var end: ClockTime
    /// The zone token as written ("PDT"), nil when the line has none.
    var zone: String?
    /// Text after the zone token, which the parser reports as ignored.
    var trailing: String?

    /// Parses the line at `range` of `bytes`; nil when it is not a time line at all.
    /// Complexity: O(1) for most lines that are not (a length and character pre-check).
    static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> SlotTimeLine? {
        guard range.count >= 10, range.count <= 120, looksTimed(bytes, range) else { return nil }
        var cursor = ByteCursor(bytes, range)
        cursor.skipSpaces()
        var weekday: Weekday?
        var month: Int?
        var day: Int?
        if let word = cursor.letters() {
            let name = String(decoding: bytes[word], as: UTF8.self)
            if let named = Weekday(name: name) {
                weekday = named
                _ = cursor.skip(UInt8(ascii: ".")) || cursor.skip(UInt8(ascii: ","))
                cursor.skipSpaces()
            } else if let number = MonthName.number(name) {
                month = number
                _ = cursor.skip(UInt8(ascii: "."))
                cursor.skipSpaces()
            } else {
                return nil
            }
        }
        if month == nil {
            if let number = cursor.number(maxDigits: 2) {
                day = number.value
                _ = cursor.skip(UInt8(ascii: "."))
                cursor.skipSpaces()
                guard let word = cursor.letters(),
                      let named = MonthName.number(String(decoding: bytes[word], as: UTF8.self)) else { return nil }
                month = named
                _ = cursor.skip(UInt8(ascii: "."))
            } else {
                guard let word = cursor.letters(),
                      let named = MonthName.number(String(decoding: bytes[word], as: UTF8.self)) else { return nil }
                month = named
                _ = cursor.skip(UInt8(ascii: "."))
                cursor.skipSpaces()
            }
        }
        if day == nil {
            guard let number = cursor.number(maxDigits: 2) else { return nil }
            day = number.value
        }
        _ = cursor.skip(UInt8(ascii: ","))
        guard cursor.skipSpaces(), let month, let day else { return nil }

        var year: Int?
        var lookahead = cursor
        if let number = lookahead.number(maxDigits: 4), number.digits == 4, lookahead.peek() != UInt8(ascii: ":") {
            year = number.value
            _ = lookahead.skip(UInt8(ascii: ","))
            lookahead.skipSpaces()
            cursor = lookahead
        }

        guard let start = clockTime(&cursor) else { return nil }
        cursor.skipSpaces()
        guard cursor.skipDash() || cursor.skipMinusSign() else { return nil }
        cursor.skipSpaces()
        guard let end = clockTime(&cursor) else { return nil }
        let spaced = cursor.skipSpaces()
        guard cursor.isAtEnd || spaced else { return nil }
        let zone = cursor.token().map { String(decoding: bytes[$0], as: UTF8.self) }
        cursor.skipSpaces()
        let trailing = cursor.isAtEnd ? nil : String(decoding: bytes[cursor.index..<cursor.end], as: UTF8.self)
        return SlotTimeLine(weekday: weekday, month: month, day: day, year: year, start: start, end: end,
                            zone: zone, trailing: trailing)
    }

    /// "9:00", "17:20", "5:00 PM", "5 p.m." is not accepted (no minutes).
    private static func clockTime(_ cursor: inout ByteCursor) -> ClockTime? {
        guard let hour = cursor.number(maxDigits: 2), cursor.skip(UInt8(ascii: ":")),
              let minute = cursor.number(maxDigits: 2), minute.digits == 2 else { return nil }
        var time = ClockTime(hour: hour.value, minute: minute.value)
        var lookahead = cursor
        lookahead.skipSpaces()
        if let word = lookahead.letters(), word.count <= 2 {
            // "am", "pm", "a", "p" in any case (letters() reads ASCII letters only).
            let first = cursor.bytes[word.lowerBound] | 0x20
            let isPM = first == UInt8(ascii: "p")
            if first == UInt8(ascii: "a") || isPM, word.count == 1 || cursor.bytes[word.lowerBound + 1] | 0x20 == UInt8(ascii: "m") {
                if word.count == 1 {  // "a.m." / "p.m."
                    guard lookahead.skip(UInt8(ascii: ".")), lookahead.skip(UInt8(ascii: "m")) else { return time }
                    _ = lookahead.skip(UInt8(ascii: "."))
                }
                guard time.hour >= 1, time.hour <= 12 else { return nil }
                time.hour = time.hour % 12 + (isPM ? 12 : 0)
                cursor = lookahead
            }
        }
        return time
    }

    /// Cheap filter: a digit early on and a colon somewhere, as every time line has.
    private static func looksTimed(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var sawDigit = false
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return sawDigit }
            if ByteCursor.isDigit(byte) {
                sawDigit = true
            } else if !sawDigit, index - range.lowerBound > 24 {
                return false
            }
        }
        return false
    }
}
