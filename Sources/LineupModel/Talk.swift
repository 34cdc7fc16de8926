import Foundation

/// One item of a schedule: a talk in a session slot, a Q&A slot, or a paper from a listing.
///
/// Strings are as the page wrote them (the abstract keeps its LaTeX and Markdown;
/// `displayAbstract` is the cleaned form). Nothing here is sanitised for terminals: every
/// front end passes strings through `TerminalText.sanitize` before drawing them.
public struct Talk: Hashable, Sendable, Identifiable {
    public var id: TalkID
    public var title: String
    /// Author names in page order. Listings give only a count, so this is empty for them.
    public var authors: [String]
    /// The number of authors: `authors.count` for session pages, the listing's "N authors".
    public var authorCount: Int
    public var kind: TalkKind
    /// Every line between the kind line and the title, e.g. ["Outstanding Paper Runner Up"].
    public var awards: [String]
    /// The slot as exact instants; nil for listed papers.
    public var start: Date?
    public var end: Date?
    /// The day in the page's zone (session pages) or the listing's heading day (listings).
    public var day: LocalDate?
    public var abstract: String
    /// Every http(s) URL in the abstract, cleaned of trailing punctuation and LaTeX braces.
    public var links: [String]
    /// The 1-based line of the source where this item begins (its time line or title line).
    public var line: Int
    public var published: LocalDate?
    public var upvotes: Int?
    /// Ids of the same paper in other listings ("also listed in"), filled in by `Schedule`.
    public var alsoListedIn: [TalkID]
    public var sessionID: SessionID
    /// The title of the session the item belongs to.
    public var session: String
    public var room: String?
    public var moderator: String?
    /// The file name of the page the item came from.
    public var source: String
    /// The IANA zone the page announced the slot in ("America/Los_Angeles"), nil for papers.
    public var timeZoneID: String?
    /// The UTC offset in seconds the page's abbreviation stood for (PDT = -25200); the wall
    /// clock shown in the conference's zone is `start + utcOffset`.
    public var utcOffset: Int?

    public init(
        id: TalkID, title: String, authors: [String] = [], authorCount: Int? = nil,
        kind: TalkKind, awards: [String] = [], start: Date? = nil, end: Date? = nil,
        timeZoneID: String? = nil, utcOffset: Int? = nil, day: LocalDate? = nil,
        sessionID: SessionID, session: String, room: String? = nil, moderator: String? = nil,
        abstract: String = "", links: [String] = [], source: String, line: Int = 0,
        published: LocalDate? = nil, upvotes: Int? = nil, alsoListedIn: [TalkID] = []
    ) {
        self.id = id
        self.title = title
        self.authors = authors
        self.authorCount = authorCount ?? authors.count
        self.kind = kind
        self.awards = awards
        self.start = start
        self.end = end
        self.day = day
        self.sessionID = sessionID
        self.session = session
        self.room = room
        self.moderator = moderator
        self.source = source
        self.timeZoneID = timeZoneID
        self.utcOffset = utcOffset
        self.abstract = abstract
        self.links = links
        self.line = line
        self.published = published
        self.upvotes = upvotes
        self.alsoListedIn = alsoListedIn
    }

    /// The award lines as one string ("Outstanding Paper Runner Up"), nil when there are none.
    @inlinable public var award: String? { awards.isEmpty ? nil : awards.joined(separator: "; ") }

    /// The abstract with LaTeX and Markdown markup turned into plain text.
    public var displayAbstract: String { MarkupText.plain(abstract) }

    /// True when the item has a slot in time (it can clash and goes into a calendar).
    public var isTimed: Bool { start != nil }
}
