import Foundation

/// One item of a schedule: a talk in a session slot, a Q&A slot, or a paper from a listing.
///
/// Strings are as the page wrote them (the abstract keeps its LaTeX and Markdown;
/// `displayAbstract` is the cleaned form). Nothing here is sanitised for terminals: every
/// front end passes strings through `TerminalText.sanitize` before drawing them.
///
/// Layout: what an item shares with the rest of its session (session id and title, room,
/// moderator, source, zone) is held in one `Placement` object that a parser gives all of
/// them, so an item takes 200 bytes rather than 336 and a copy retains one object rather than
/// six strings. Those properties read and write like the others (a write gives the item a
/// placement of its own); equality and hashing compare their values, never the object.
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
    private var placement: Placement

    public init(
        id: TalkID, title: String, authors: [String] = [], authorCount: Int? = nil,
        kind: TalkKind, awards: [String] = [], start: Date? = nil, end: Date? = nil,
        timeZoneID: String? = nil, utcOffset: Int? = nil, day: LocalDate? = nil,
        sessionID: SessionID, session: String, room: String? = nil, moderator: String? = nil,
        abstract: String = "", links: [String] = [], source: String, line: Int = 0,
        published: LocalDate? = nil, upvotes: Int? = nil, alsoListedIn: [TalkID] = []
    ) {
        let placement = Placement(Placement.Fields(
            sessionID: sessionID, session: session, room: room, moderator: moderator, source: source,
            timeZoneID: timeZoneID, utcOffset: utcOffset))
        self.init(id: id, title: title, authors: authors, authorCount: authorCount, kind: kind, awards: awards,
                  start: start, end: end, day: day, placement: placement, abstract: abstract, links: links,
                  line: line, published: published, upvotes: upvotes, alsoListedIn: alsoListedIn)
    }

    /// An item whose session, room, moderator, source and zone are `placement`'s: parsers pass
    /// one placement to every item of a session.
    package init(
        id: TalkID, title: String, authors: [String] = [], authorCount: Int? = nil,
        kind: TalkKind, awards: [String] = [], start: Date? = nil, end: Date? = nil, day: LocalDate? = nil,
        placement: Placement, abstract: String = "", links: [String] = [], line: Int = 0,
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
        self.placement = placement
        self.abstract = abstract
        self.links = links
        self.line = line
        self.published = published
        self.upvotes = upvotes
        self.alsoListedIn = alsoListedIn
    }

    /// The IANA zone the page announced the slot in ("America/Los_Angeles"), nil for papers.
    public var timeZoneID: String? {
        get { placement.fields.timeZoneID }
        set { placement = placement.with { $0.timeZoneID = newValue } }
    }

    /// The UTC offset in seconds the page's abbreviation stood for (PDT = -25200); the wall
    /// clock shown in the conference's zone is `start + utcOffset`.
    public var utcOffset: Int? {
        get { placement.fields.utcOffset }
        set { placement = placement.with { $0.utcOffset = newValue } }
    }

    public var sessionID: SessionID {
        get { placement.fields.sessionID }
        set { placement = placement.with { $0.sessionID = newValue } }
    }

    public var session: String {
        get { placement.fields.session }
        set { placement = placement.with { $0.session = newValue } }
    }

    public var room: String? {
        get { placement.fields.room }
        set { placement = placement.with { $0.room = newValue } }
    }

    public var moderator: String? {
        get { placement.fields.moderator }
        set { placement = placement.with { $0.moderator = newValue } }
    }

    /// The file name of the page the item came from.
    public var source: String {
        get { placement.fields.source }
        set { placement = placement.with { $0.source = newValue } }
    }

    /// The award lines as one string ("Outstanding Paper Runner Up"), nil when there are none.
    @inlinable public var award: String? { awards.isEmpty ? nil : awards.joined(separator: "; ") }

    /// The abstract with LaTeX and Markdown markup turned into plain text.
    public var displayAbstract: String { MarkupText.plain(abstract) }

    /// True when the item has a slot in time (it can clash and goes into a calendar).
    public var isTimed: Bool { start != nil }
}

extension Talk {
    /// What the items of a session share: where they were announced and in which zone.
    /// Immutable, so one object can serve every item of a session (and threads); compared and
    /// hashed by value.
    package final class Placement: Hashable, Sendable {
        package struct Fields: Hashable, Sendable {
            package var sessionID: SessionID
            package var session: String
            package var room: String?
            package var moderator: String?
            package var source: String
            package var timeZoneID: String?
            package var utcOffset: Int?

            package init(sessionID: SessionID, session: String, room: String?, moderator: String?, source: String,
                         timeZoneID: String?, utcOffset: Int?) {
                self.sessionID = sessionID
                self.session = session
                self.room = room
                self.moderator = moderator
                self.source = source
                self.timeZoneID = timeZoneID
                self.utcOffset = utcOffset
            }
        }

        package let fields: Fields

        package init(_ fields: Fields) { self.fields = fields }

        /// Empty strings and no values: what an item moved out of an array leaves behind.
        static let empty = Placement(Fields(sessionID: SessionID(""), session: "", room: nil, moderator: nil,
                                            source: "", timeZoneID: nil, utcOffset: nil))

        /// A placement with `change` applied to a copy of these fields.
        func with(_ change: (inout Fields) -> Void) -> Placement {
            var fields = fields
            change(&fields)
            return Placement(fields)
        }

        package static func == (lhs: Placement, rhs: Placement) -> Bool {
            lhs === rhs || lhs.fields == rhs.fields
        }

        package func hash(into hasher: inout Hasher) { hasher.combine(fields) }
    }
}
