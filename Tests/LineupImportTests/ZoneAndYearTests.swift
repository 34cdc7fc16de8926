import LineupImport
import LineupModel
import Testing

@Suite("Zone abbreviations and year inference")
struct ZoneAndYearTests {
    @Test("Common abbreviations map to a fixed offset and an IANA zone")
    func knownZones() {
        let cases: [(String, Int, String)] = [
            ("PDT", -7, "America/Los_Angeles"), ("PST", -8, "America/Los_Angeles"), ("HST", -10, "Pacific/Honolulu"),
            ("EDT", -4, "America/New_York"), ("EST", -5, "America/New_York"), ("CDT", -5, "America/Chicago"),
            ("CST", -6, "America/Chicago"), ("MDT", -6, "America/Denver"), ("MST", -7, "America/Denver"),
            ("CEST", 2, "Europe/Paris"), ("CET", 1, "Europe/Paris"), ("BST", 1, "Europe/London"),
            ("UTC", 0, "UTC"), ("GMT", 0, "Etc/GMT"), ("JST", 9, "Asia/Tokyo"), ("KST", 9, "Asia/Seoul"),
            ("AEST", 10, "Australia/Sydney"), ("AEDT", 11, "Australia/Sydney"),
        ]
        for (abbreviation, hours, zone) in cases {
            #expect(ZoneAbbreviation.named(abbreviation) == ZoneAbbreviation(utcOffset: hours * 3600, timeZoneID: zone))
        }
        #expect(ZoneAbbreviation.named("IST") == ZoneAbbreviation(utcOffset: 19800, timeZoneID: "Asia/Kolkata"))
        #expect(ZoneAbbreviation.named("NST") == ZoneAbbreviation(utcOffset: -12600, timeZoneID: "America/St_Johns"))
    }

    @Test("Written offsets are accepted; whole hours get an Etc/GMT zone with its inverted sign")
    func writtenOffsets() {
        #expect(ZoneAbbreviation.named("UTC+2") == ZoneAbbreviation(utcOffset: 7200, timeZoneID: "Etc/GMT-2"))
        #expect(ZoneAbbreviation.named("GMT-07:00") == ZoneAbbreviation(utcOffset: -25200, timeZoneID: "Etc/GMT+7"))
        #expect(ZoneAbbreviation.named("UTC+05:30") == ZoneAbbreviation(utcOffset: 19800, timeZoneID: nil))
        #expect(ZoneAbbreviation.named("UTC+0530") == ZoneAbbreviation(utcOffset: 19800, timeZoneID: nil))
    }

    @Test("Unknown abbreviations and impossible offsets are nil, not a guess")
    func unknownZones() {
        for text in ["XYZT", "", "PDTX", "UTC+15", "UTC+2:75", "UTC+", "GMT+a"] {
            #expect(ZoneAbbreviation.named(text) == nil)
        }
    }

    @Test("The seeds' dates give their years: Thu 22 July is 2021, Tue 19 and Thu 21 July are 2022")
    func seedYears() {
        #expect(YearInference.latestYear(month: 7, day: 22, weekday: .thursday, notAfter: 2026) == 2021)
        #expect(YearInference.latestYear(month: 7, day: 19, weekday: .tuesday, notAfter: 2026) == 2022)
        #expect(YearInference.latestYear(month: 7, day: 21, weekday: .thursday, notAfter: 2026) == 2022)
        #expect(YearInference.latestYear(month: 7, day: 22, weekday: .thursday, notAfter: 2027) == 2027)
    }

    @Test("29 February finds a leap year and 30 February finds none")
    func februaryEdges() {
        #expect(YearInference.latestYear(month: 2, day: 29, weekday: .thursday, notAfter: 2026) == 2024)
        #expect(YearInference.latestYear(month: 2, day: 30, weekday: .monday, notAfter: 2026) == nil)
        #expect(YearInference.latestYear(month: 13, day: 1, weekday: .monday, notAfter: 2026) == nil)
    }
}
