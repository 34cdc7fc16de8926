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
    /// The slot as exact instants; nil for listed papers and for floating times.
    public var start: Date?
    public var end: Date?
    /// The slot as a wall clock with no zone, set only when the source gives no zone and no
    /// offset (then `start` and `end` are nil until a zone is pinned).
    public var floatingStart: LocalDateTime?
    public var floatingEnd: LocalDateTime?
    /// The day in the page's zone (session pages), the listing's heading day (listings), or
    /// the conference day the source files the item under (which for an item after midnight
    /// can be the calendar day before).
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
    public var subtitle: String?
    public var track: String?
    /// The language as the source gives it ("en", "German").
    public var language: String?
    /// The long description some sources give besides the abstract; "" when none.
    public var description: String
    /// The item's own page.
    public var url: String?
    /// The source's own links and attachments, in source order.
    public var resources: [TalkLink]
    /// The source's id for the item as given (frab guid or id, iCalendar UID, Sessionize id).
    public var sourceID: String?
    public var status: TalkStatus

    public init(
        id: TalkID, title: String, authors: [String] = [], authorCount: Int? = nil,
        kind: TalkKind, awards: [String] = [], start: Date? = nil, end: Date? = nil,
        timeZoneID: String? = nil, utcOffset: Int? = nil, day: LocalDate? = nil,
        sessionID: SessionID, session: String, room: String? = nil, moderator: String? = nil,
        abstract: String = "", links: [String] = [], source: String, line: Int = 0,
        published: LocalDate? = nil, upvotes: Int? = nil, alsoListedIn: [TalkID] = [],
        floatingStart: LocalDateTime? = nil, floatingEnd: LocalDateTime? = nil,
        subtitle: String? = nil, track: String? = nil, language: String? = nil, description: String = "",
        url: String? = nil, resources: [TalkLink] = [], sourceID: String? = nil, status: TalkStatus = .scheduled
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
        self.floatingStart = floatingStart
        self.floatingEnd = floatingEnd
        self.subtitle = subtitle
        self.track = track
        self.language = language
        self.description = description
        self.url = url
        self.resources = resources
        self.sourceID = sourceID
        self.status = status
    }

    /// The award lines as one string ("Outstanding Paper Runner Up"), nil when there are none.
    @inlinable public var award: String? { awards.isEmpty ? nil : awards.joined(separator: "; ") }

    /// The abstract with LaTeX and Markdown markup turned into plain text.
    public var displayAbstract: String { MarkupText.plain(abstract) }

    /// True when the item has a slot in time, as an instant or a floating wall clock (it can
    /// clash and goes into a calendar).
    public var isTimed: Bool { start != nil || floatingStart != nil }

    /// True when the slot is a wall clock with no zone (`floatingStart` is set).
    public var isFloating: Bool { floatingStart != nil }

    /// The wall clock the slot starts at where it happens: the floating time, or the instant
    /// at the item's UTC offset (else its zone's offset then, else UTC). Nil when untimed.
    public var localStart: LocalDateTime? {
        if let floatingStart { return floatingStart }
        return start.map { LocalDateTime(instant: $0, utcOffset: wallClockOffset(at: $0)) }
    }

    /// The wall clock the slot ends at, as `localStart`.
    public var localEnd: LocalDateTime? {
        if floatingStart != nil { return floatingEnd }
        return end.map { LocalDateTime(instant: $0, utcOffset: wallClockOffset(at: $0)) }
    }

    /// The offset that turns an instant of this item into its wall clock.
    private func wallClockOffset(at instant: Date) -> Int {
        if let utcOffset { return utcOffset }
        if let zone = timeZoneID.flatMap(TimeZone.init(identifier:)) { return zone.secondsFromGMT(for: instant) }
        return 0
    }
}
