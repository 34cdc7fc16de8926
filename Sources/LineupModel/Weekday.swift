/// A day of the week. Raw values follow ISO 8601: Monday is 1, Sunday is 7.
public enum Weekday: Int, CaseIterable, Hashable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 1970-01-01 was a Thursday.
    public init(daysSinceEpoch days: Int) {
        let index = ((days % 7) + 7 + 3) % 7  // 0 = Monday
        self = Weekday(rawValue: index + 1)!
    }

    /// Accepts English names and their usual abbreviations, any case: "Tue", "tues", "Tuesday".
    public init?(name: some StringProtocol) {
        self.init(name: String(name))
    }

    /// The same for a `String` (a concrete type: callers in other modules get specialised code).
    public init?(name: String) {
        if let ascii = ASCIIWord.withLowercased(name, { word -> Weekday? in
            guard word.count >= 2 else { return nil }
            return Self.lowercaseNames.firstIndex { ASCIIWord.matches(word, $0, minimumPrefix: 3) }
                .map { Weekday(rawValue: $0 + 1)! }
        }) {
            guard let ascii else { return nil }
            self = ascii
            return
        }
        let lower = name.lowercased()
        guard lower.count >= 2 else { return nil }
        guard let match = Weekday.allCases.first(where: { day in
            let full = day.fullName.lowercased()
            return full == lower || (lower.count >= 3 && full.hasPrefix(lower))
        }) else { return nil }
        self = match
    }

    private static let lowercaseNames: [StaticString] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    public var fullName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }

    /// "Tue".
    public var shortName: String { String(fullName.prefix(3)) }
}
