/// An entry of the Days pane: the sessions of one conference on one date, or one listing.
public struct Day: Hashable, Sendable, Identifiable {
    /// "2022-07-19|ICML 2022" for conference days, the listing's session id for listings.
    public var id: String
    public var date: LocalDate?
    /// The conference or listing name.
    public var title: String
    public var isListing: Bool
    public var sessionIDs: [SessionID]

    public init(id: String, date: LocalDate?, title: String, isListing: Bool, sessionIDs: [SessionID]) {
        self.id = id
        self.date = date
        self.title = title
        self.isListing = isListing
        self.sessionIDs = sessionIDs
    }

    /// "Tue 19 Jul 2022" for conference days, "Daily Papers · 8 Dec" for listings.
    public var label: String {
        guard let date else { return title }
        if isListing {
            let short = title.replacingOccurrences(of: "Hugging Face ", with: "")
            return "\(short) · \(date.day) \(MonthName.shortName(date.month))"
        }
        return ClockText.day(date)
    }
}
