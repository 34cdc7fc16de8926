/// English month names as pages write them ("July", "Jul", "Sept").
public enum MonthName {
    public static let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The month number 1...12, or nil. Accepts the full name or any prefix of at least three
    /// letters, in any case.
    public static func number(_ name: some StringProtocol) -> Int? {
        if let ascii = ASCIIWord.withLowercased(name, { word -> Int? in
            guard word.count >= 3 else { return nil }
            let names: [StaticString] = ["january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"]
            return names.firstIndex { ASCIIWord.matches(word, $0, minimumPrefix: 0) }.map { $0 + 1 }
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

    /// "Jul" for 7.
    public static func shortName(_ month: Int) -> String {
        (1...12).contains(month) ? short[month - 1] : "?"
    }
}
