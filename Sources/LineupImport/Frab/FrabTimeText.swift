import LineupModel

/// The time texts of frab files: clock times ("10:30", "10:30:00"), durations ("01:30",
/// "01:30:00", ISO 8601 "PT1H30M") and date-times ("2014-12-27T23:00:00+01:00", with or
/// without seconds, fraction, offset or "Z").
enum FrabTimeText {
    /// Seconds since midnight of "HH:MM" or "HH:MM:SS" (hours 0...47: some files write a
    /// night event at 25:00); nil otherwise.
    static func secondsOfDay(_ text: String) -> Int? {
        guard let seconds = clockSeconds(text), seconds < 48 * 3600 else { return nil }
        return seconds
    }

    /// The length of "HH:MM", "HH:MM:SS", "D:HH:MM" (days first) or an ISO 8601 duration
    /// ("PT45M", "P1DT2H", "PT1.5H" is refused) in seconds; nil for anything else.
    static func durationSeconds(_ text: String) -> Int? {
        if let fields = colonFields(text) {
            guard fields.count >= 2, fields.widest <= 4, fields.values.1 < 60, fields.count == 2 || fields.values.2 < 60
            else { return nil }
            return fields.values.0 * 3600 + fields.values.1 * 60 + (fields.count == 3 ? fields.values.2 : 0)
        }
        if text.first == "P" || text.first == "p" { return isoDuration(text) }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ $0 >= 0 }), numbers.dropFirst().allSatisfy({ $0 < 60 })
        else { return nil }
        if numbers.count == 2 { return numbers[0] * 3600 + numbers[1] * 60 }
        // "HH:MM:SS" is frab's; a day count first ("1:02:00") reads the same way as hours.
        return numbers[0] * 3600 + numbers[1] * 60 + numbers[2]
    }

    /// A date-time: its wall clock and, when the text gives one, its UTC offset in seconds.
    static func dateTime(_ text: String) -> (wall: LocalDateTime, offset: Int?)? {
        var text = text
        return text.withUTF8(dateTime(utf8:))
    }

    /// `dateTime` on UTF-8 bytes, without making strings or arrays (one call per event).
    static func dateTime(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (wall: LocalDateTime, offset: Int?)? {
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
        // The wall part ends where an offset or "Z" begins.
        var wallEnd = 16
        if bytes.count >= 19, bytes[16] == UInt8(ascii: ":") { wallEnd = 19 }
        if wallEnd < bytes.count, bytes[wallEnd] == UInt8(ascii: ".") {
            wallEnd += 1
            while wallEnd < bytes.count, isDigit(bytes[wallEnd]) { wallEnd += 1 }
        }
        guard let wall = LocalDateTime(isoUTF8: UnsafeBufferPointer(rebasing: bytes[0..<wallEnd])) else { return nil }
        let zone = UnsafeBufferPointer(rebasing: bytes[wallEnd...])
        if zone.isEmpty { return (wall, nil) }
        if zone.count == 1, zone[0] == UInt8(ascii: "Z") || zone[0] == UInt8(ascii: "z") { return (wall, 0) }
        let sign = zone[0]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        // "+HH", "+HHMM" or "+HH:MM".
        let minutesAt: Int?
        switch zone.count {
        case 3: minutesAt = nil
        case 5: minutesAt = 3
        case 6 where zone[3] == UInt8(ascii: ":"): minutesAt = 4
        default: return nil
        }
        func twoDigits(at index: Int) -> Int? {
            guard isDigit(zone[index]), isDigit(zone[index + 1]) else { return nil }
            return Int(zone[index] - 0x30) * 10 + Int(zone[index + 1] - 0x30)
        }
        guard let hours = twoDigits(at: 1) else { return nil }
        var minutes = 0
        if let minutesAt {
            guard let value = twoDigits(at: minutesAt) else { return nil }
            minutes = value
        }
        guard hours <= 18, minutes < 60 else { return nil }
        let offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        return (wall, offset)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Digits in two or three fields separated by ":" ("10:30", "01:30:00"), read without
    /// making strings (the common case of every event's start and duration); nil when the text
    /// has any other byte, an empty field or more than three fields (the general readers then
    /// decide).
    private static func colonFields(_ text: String) -> (values: (Int, Int, Int), count: Int, widest: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (values: (Int, Int, Int), count: Int, widest: Int)? in
            var values = (0, 0, 0)
            var count = 0, width = 0, widest = 0
            for byte in bytes {
                if byte == UInt8(ascii: ":") {
                    guard width > 0, count < 2 else { return nil }
                    count += 1
                    width = 0
                } else {
                    guard byte >= 0x30, byte <= 0x39, width < 4 else { return nil }
                    let digit = Int(byte - 0x30)
                    switch count {
                    case 0: values.0 = values.0 * 10 + digit
                    case 1: values.1 = values.1 * 10 + digit
                    default: values.2 = values.2 * 10 + digit
                    }
                    width += 1
                    widest = max(widest, width)
                }
            }
            guard width > 0, count >= 1 else { return nil }
            return (values, count + 1, widest)
        }
    }

    private static func clockSeconds(_ text: String) -> Int? {
        if let fields = colonFields(text) {
            guard fields.widest <= 2, fields.values.1 < 60, fields.count == 2 || fields.values.2 < 60 else { return nil }
            return fields.values.0 * 3600 + fields.values.1 * 60 + (fields.count == 3 ? fields.values.2 : 0)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ $0 >= 0 }),
              numbers[1] < 60, numbers.count == 2 || numbers[2] < 60 else { return nil }
        return numbers[0] * 3600 + numbers[1] * 60 + (numbers.count == 3 ? numbers[2] : 0)
    }

    /// "P[nD][T[nH][nM][nS]]" with whole numbers (weeks "nW" too); nil otherwise.
    private static func isoDuration(_ text: String) -> Int? {
        var seconds = 0
        var number: Int?
        var inTime = false
        var sawUnit = false
        for character in text.uppercased().dropFirst() {
            if let digit = character.wholeNumberValue, character.isASCII {
                let next = (number ?? 0).multipliedReportingOverflow(by: 10)
                guard !next.overflow, next.partialValue < 1_000_000 else { return nil }
                number = next.partialValue + digit
                continue
            }
            if character == "T" {
                guard number == nil, !inTime else { return nil }
                inTime = true
                continue
            }
            guard let value = number else { return nil }
            let unit: Int
            switch (character, inTime) {
            case ("W", false): unit = 7 * 86_400
            case ("D", false): unit = 86_400
            case ("H", true): unit = 3600
            case ("M", true): unit = 60
            case ("S", true): unit = 1
            default: return nil
            }
            seconds += value * unit
            number = nil
            sawUnit = true
        }
        return sawUnit && number == nil ? seconds : nil
    }
}
