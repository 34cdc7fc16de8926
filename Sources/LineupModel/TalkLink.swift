/// A link or attachment a schedule gives for an item (frab's `<links>` and `<attachments>`,
/// a calendar's URL). Distinct from `Talk.links`, the URLs found in the abstract's text.
public struct TalkLink: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case link
        case attachment
    }

    public var url: String
    /// The source's title for the link, nil when it gives none.
    public var title: String?
    public var kind: Kind

    public init(url: String, title: String? = nil, kind: Kind = .link) {
        self.url = url
        self.title = title
        self.kind = kind
    }
}

/// Whether an item still takes place. Sources mark cancellations (iCalendar's
/// STATUS:CANCELLED); everything else is scheduled.
public enum TalkStatus: String, Hashable, Sendable, Codable {
    case scheduled
    case cancelled
}
