import LineupModel

/// A value after `field:` and where it sits in the query (for errors).
struct QueryValue {
    let text: String
    let isPhrase: Bool
    let position: Int
    let length: Int

    func error(_ message: String) -> QueryError {
        QueryError(message, position: position, length: length)
    }
}

/// The field names the query language knows, and how each reads its value.
enum QueryField: String, CaseIterable {
    case title, author, authors, person, abstract, session, room, track, kind, type, award, lang, day, after, before
    case source, id
    case `is`

    /// "title, author, person, abstract, ...", for error messages (`authors` is left out: it is
    /// the plural everyone tries, and works).
    static let listing = allCases.filter { $0 != .authors }.map(\.rawValue).joined(separator: ", ")

    func term(for value: QueryValue, otherKinds: Set<String>) throws(QueryError) -> QueryTerm {
        switch self {
        case .title: return text(.title, value)
        case .author, .authors, .person: return text(.authors, value)
        case .abstract: return text(.abstract, value)
        case .session: return text(.session, value)
        case .room: return text(.room, value)
        case .track: return text(.track, value)
        case .source: return text(.source, value)
        case .lang: return .language(TextFolding.fold(value.text))
        case .id: return .sourceID(TextFolding.fold(value.text))
        case .award:
            return value.text == "*" && !value.isPhrase ? .anyAward : text(.award, value)
        case .kind, .type:
            let folded = String(decoding: TextFolding.fold(value.text), as: UTF8.self)
            let name = folded == "q&a" ? "qa" : folded
            guard TalkKind.known.contains(where: { $0.name == name }) || otherKinds.contains(name) else {
                let names = (TalkKind.known.map(\.name) + otherKinds.sorted()).joined(separator: ", ")
                throw value.error("unknown \(rawValue) '\(value.text)'; \(rawValue)s are \(names)")
            }
            return .kind(name)
        case .day:
            switch value.text.lowercased() {
            case "today": return .daysFromToday(0)
            case "tomorrow": return .daysFromToday(1)
            default: break
            }
            if let date = LocalDate(iso: value.text) { return .day(date) }
            if let weekday = Weekday(name: value.text) { return .weekday(weekday) }
            throw value.error("day: expects a date like 2022-07-19 or a weekday like tue (or today, tomorrow), not '\(value.text)'")
        case .after, .before:
            if value.text.lowercased() == "now" { return self == .after ? .startsAtOrAfterNow : .startsBeforeNow }
            guard let minute = Self.minuteOfDay(value.text) else {
                throw value.error("\(rawValue): expects a time like 13:00, 9:30, 1pm or now, not '\(value.text)'")
            }
            return self == .after ? .startsAtOrAfter(minute) : .startsBefore(minute)
        case .is:
            switch value.text.lowercased() {
            case "bookmarked": return .bookmarked
            case "past": return .phase(.past)
            case "now": return .phase(.now)
            case "upcoming": return .phase(.upcoming)
            default:
                throw value.error("is: knows bookmarked, now, past and upcoming, not '\(value.text)'")
            }
        }
    }

    private func text(_ field: SearchField, _ value: QueryValue) -> QueryTerm {
        .text(TextTerm(scope: FieldSet(field), folded: TextFolding.fold(value.text)))
    }

    /// Reads "13", "13:00", "9:30", "1pm", "12:30am" as minutes after midnight.
    static func minuteOfDay(_ text: String) -> Int? {
        var body = Substring(text.lowercased())
        var meridiem: String?
        for suffix in ["am", "pm"] where body.hasSuffix(suffix) {
            meridiem = suffix
            body = body.dropLast(2)
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...2).contains(parts[0].count),
              parts[0].allSatisfy(\.isASCIIDigit), var hour = Int(parts[0]) else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit), let m = Int(parts[1]), m < 60 else { return nil }
            minute = m
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
        }
        guard (0..<24).contains(hour) else { return nil }
        return hour * 60 + minute
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
