/// Time-zone abbreviations as schedule pages print them, each standing for one fixed UTC
/// offset and the IANA zone a reader would expect.
///
/// Abbreviations are not unique worldwide; where one is ambiguous the table picks the reading
/// conference pages use: CST is US Central (not China), IST is India (not Ireland or Israel),
/// BST is British Summer Time. Offsets written out ("UTC+2", "GMT-07:00") are accepted too;
/// whole-hour ones get an `Etc/GMT` zone, others none. Anything else is unknown: the caller
/// reports it rather than guess.
public struct ZoneAbbreviation: Hashable, Sendable {
    /// Seconds east of UTC (PDT is -25200).
    public var utcOffset: Int
    /// The IANA zone, nil for an offset with no whole-hour `Etc/GMT` name.
    public var timeZoneID: String?

    public init(utcOffset: Int, timeZoneID: String?) {
        self.utcOffset = utcOffset
        self.timeZoneID = timeZoneID
    }

    /// The zone an abbreviation names (any case), or nil when it is unknown.
    public static func named(_ abbreviation: String) -> ZoneAbbreviation? {
        let upper = abbreviation.uppercased()
        if let known = table[upper] { return known }
        return writtenOffset(upper)
    }

    private static func zone(_ hours: Int, _ id: String, minutes: Int = 0) -> ZoneAbbreviation {
        let sign = hours < 0 ? -1 : 1
        return ZoneAbbreviation(utcOffset: hours * 3600 + sign * minutes * 60, timeZoneID: id)
    }

    private static let table: [String: ZoneAbbreviation] = [
        "UTC": zone(0, "UTC"), "GMT": zone(0, "Etc/GMT"), "Z": zone(0, "UTC"),
        // North America and the Pacific
        "HST": zone(-10, "Pacific/Honolulu"),
        "AKST": zone(-9, "America/Anchorage"), "AKDT": zone(-8, "America/Anchorage"),
        "PST": zone(-8, "America/Los_Angeles"), "PDT": zone(-7, "America/Los_Angeles"),
        "MST": zone(-7, "America/Denver"), "MDT": zone(-6, "America/Denver"),
        "CST": zone(-6, "America/Chicago"), "CDT": zone(-5, "America/Chicago"),
        "EST": zone(-5, "America/New_York"), "EDT": zone(-4, "America/New_York"),
        "AST": zone(-4, "America/Halifax"), "ADT": zone(-3, "America/Halifax"),
        "NST": zone(-3, "America/St_Johns", minutes: 30), "NDT": zone(-2, "America/St_Johns", minutes: 30),
        // South America
        "BRT": zone(-3, "America/Sao_Paulo"), "ART": zone(-3, "America/Argentina/Buenos_Aires"),
        // Europe and Africa
        "WET": zone(0, "Europe/Lisbon"), "WEST": zone(1, "Europe/Lisbon"),
        "BST": zone(1, "Europe/London"),
        "CET": zone(1, "Europe/Paris"), "CEST": zone(2, "Europe/Paris"),
        "EET": zone(2, "Europe/Athens"), "EEST": zone(3, "Europe/Athens"),
        "MSK": zone(3, "Europe/Moscow"), "TRT": zone(3, "Europe/Istanbul"),
        "WAT": zone(1, "Africa/Lagos"), "CAT": zone(2, "Africa/Maputo"),
        "SAST": zone(2, "Africa/Johannesburg"), "EAT": zone(3, "Africa/Nairobi"),
        // Asia
        "GST": zone(4, "Asia/Dubai"), "PKT": zone(5, "Asia/Karachi"),
        "IST": zone(5, "Asia/Kolkata", minutes: 30), "NPT": zone(5, "Asia/Kathmandu", minutes: 45),
        "ICT": zone(7, "Asia/Bangkok"), "WIB": zone(7, "Asia/Jakarta"),
        "SGT": zone(8, "Asia/Singapore"), "HKT": zone(8, "Asia/Hong_Kong"),
        "PHT": zone(8, "Asia/Manila"), "AWST": zone(8, "Australia/Perth"),
        "JST": zone(9, "Asia/Tokyo"), "KST": zone(9, "Asia/Seoul"),
        // Oceania
        "ACST": zone(9, "Australia/Adelaide", minutes: 30), "ACDT": zone(10, "Australia/Adelaide", minutes: 30),
        "AEST": zone(10, "Australia/Sydney"), "AEDT": zone(11, "Australia/Sydney"),
        "NZST": zone(12, "Pacific/Auckland"), "NZDT": zone(13, "Pacific/Auckland"),
    ]

    /// "UTC+2", "UTC-07:00", "GMT+5:30", "UTC+0530"; offsets up to 14 hours.
    private static func writtenOffset(_ text: String) -> ZoneAbbreviation? {
        let bytes = Array(text.utf8)
        guard bytes.count > 4, bytes.starts(with: Array("UTC".utf8)) || bytes.starts(with: Array("GMT".utf8)) else {
            return nil
        }
        var cursor = ByteCursor(bytes, 3..<bytes.count)
        let sign: Int
        if cursor.skip(UInt8(ascii: "+")) { sign = 1 } else if cursor.skip(UInt8(ascii: "-")) || cursor.skipMinusSign() {
            sign = -1
        } else {
            return nil
        }
        guard let hours = cursor.number(maxDigits: 4) else { return nil }
        var h = hours.value, m = 0
        if hours.digits > 2 {
            h = hours.value / 100
            m = hours.value % 100
        } else if cursor.skip(UInt8(ascii: ":")) {
            guard let minutes = cursor.number(maxDigits: 2), minutes.digits == 2 else { return nil }
            m = minutes.value
        }
        guard cursor.isAtEnd, h <= 14, m < 60 else { return nil }
        let offset = sign * (h * 3600 + m * 60)
        // Etc/GMT names invert the sign: UTC+2 is Etc/GMT-2.
        let id: String? = m != 0 ? nil : offset == 0 ? "UTC" : "Etc/GMT\(sign > 0 ? "-" : "+")\(h)"
        return ZoneAbbreviation(utcOffset: offset, timeZoneID: id)
    }
}
