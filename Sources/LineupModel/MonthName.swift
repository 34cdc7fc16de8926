/// English month names as pages write them ("July", "Jul", "Sept").
public enum MonthName {
    public static let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The month number 1...12, or nil. Accepts the full name or any prefix of at least three
    /// letters, in any case.
    public static func number(_ name: some StringProtocol) -> Int? {
        number(String(name))
    }

    /// The same for a `String` (a concrete type: callers in other modules get specialised code).
    public static func number(_ name: String) -> Int? {
        if let ascii = ASCIIWord.withLowercased(name, { word -> Int? in
            guard word.count >= 3 else { return nil }
            return lowercaseNames.firstIndex { ASCIIWord.matches(word, $0, minimumPrefix: 0) }.map { $0 + 1 }
        }) {
            return ascii
        }
        let lower = name.lowercased()
        guard lower.count >= 3 else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december"]
        guard let index = full.firstIndex(where: { $0.hasPrefix(lower) }) else { return nil }
        return index + 1
    }

    private static let lowercaseNames: [StaticString] = [
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ]

    /// "Jul" for 7.
    public static func shortName(_ month: Int) -> String {
        (1...12).contains(month) ? short[month - 1] : "?"
    }
}
