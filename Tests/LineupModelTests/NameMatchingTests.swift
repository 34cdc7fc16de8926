import LineupModel
import Testing

@Suite("Weekday, month and kind names read in any case, without lowercased strings for ASCII")
struct NameMatchingTests {
    @Test("Weekdays: full names and prefixes of three letters or more, any case; nothing else")
    func weekdays() {
        let expected: [(String, Weekday?)] = [
            ("Tue", .tuesday), ("tues", .tuesday), ("TUESDAY", .tuesday), ("Th", nil), ("thu", .thursday),
            ("Tuesdays", nil), ("mo", nil), ("Mon", .monday), ("sUnDaY", .sunday), ("", nil), ("S", nil),
            ("Thu.", nil), ("Wednesday ", nil), ("Dienstag", nil), ("Tüe", nil), ("ＭＯＮ", nil),
        ]
        for (name, day) in expected { #expect(Weekday(name: name) == day, "\(name)") }
    }

    @Test("Months: full names and prefixes of three letters or more, any case; nothing else")
    func months() {
        let expected: [(String, Int?)] = [
            ("July", 7), ("jul", 7), ("SEPT", 9), ("September", 9), ("Ju", nil), ("Juli", nil), ("may", 5),
            ("Decembers", nil), ("", nil), ("Mär", nil), ("octo", 10), ("a very long word indeed", nil),
        ]
        for (name, month) in expected { #expect(MonthName.number(name) == month, "\(name)") }
    }

    @Test("Kinds: the four known names in any case, anything else kept as written")
    func kinds() {
        let expected: [(String, TalkKind)] = [
            ("Oral", .oral), ("SPOTLIGHT", .spotlight), ("Q&A", .qa), ("qa", .qa), ("Paper", .paper),
            ("Orals", .other("Orals")), ("Poster", .other("Poster")), ("Q & A", .other("Q & A")),
            ("Keynote presentation of the day", .other("Keynote presentation of the day")),
            ("Vortrag", .other("Vortrag")), ("Óral", .other("Óral")),
        ]
        for (name, kind) in expected { #expect(TalkKind(name: name) == kind, "\(name)") }
    }
}
