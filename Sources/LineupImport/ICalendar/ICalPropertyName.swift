/// The content-line names the iCalendar reader uses, recognised from a line's bytes in any
/// case with no string made; any other name is skipped before its value is decoded.
enum ICalPropertyName: CaseIterable {
    case begin, end, uid, summary, description, location, categories, url, status, organizer, attendee
    case dtstart, dtend, duration, tzid, tzoffsetfrom, tzoffsetto, rrule, rdate, calendarName, prodid

    /// The name as RFC 5545 writes it (upper case).
    var text: String {
        switch self {
        case .begin: "BEGIN"
        case .end: "END"
        case .uid: "UID"
        case .summary: "SUMMARY"
        case .description: "DESCRIPTION"
        case .location: "LOCATION"
        case .categories: "CATEGORIES"
        case .url: "URL"
        case .status: "STATUS"
        case .organizer: "ORGANIZER"
        case .attendee: "ATTENDEE"
        case .dtstart: "DTSTART"
        case .dtend: "DTEND"
        case .duration: "DURATION"
        case .tzid: "TZID"
        case .tzoffsetfrom: "TZOFFSETFROM"
        case .tzoffsetto: "TZOFFSETTO"
        case .rrule: "RRULE"
        case .rdate: "RDATE"
        case .calendarName: "X-WR-CALNAME"
        case .prodid: "PRODID"
        }
    }

    /// The one parameter the reader uses of this property, if any.
    var usedParameter: StaticString? {
        switch self {
        case .organizer, .attendee: "CN"
        case .dtstart, .dtend: "TZID"
        default: nil
        }
    }

    /// The names by length (the index), each as upper-case bytes.
    private static let byLength: [[(ICalPropertyName, [UInt8])]] = {
        var table = [[(ICalPropertyName, [UInt8])]](repeating: [], count: 16)
        for name in allCases { table[name.text.utf8.count].append((name, Array(name.text.utf8))) }
        return table
    }()

    /// The name `bytes` spell in any case (ASCII letters only fold), nil for a name not used.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count < Self.byLength.count else { return nil }
        for (name, spelling) in Self.byLength[bytes.count] where Self.equalsIgnoringASCIICase(bytes, upper: spelling) {
            self = name
            return
        }
        return nil
    }

    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, upper: [UInt8]) -> Bool {
        for index in 0..<upper.count {
            let byte = bytes[index]
            let folded = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
            if folded != upper[index] { return false }
        }
        return true
    }
}
