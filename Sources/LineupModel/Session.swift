import Foundation

/// A session of a conference page, or a whole listing (a listing is one session of papers).
public struct Session: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A conference session page: talks in timed slots.
        case slots
        /// A paper listing: untimed papers under a heading day.
        case listing
        /// The items of one room on one conference day, for formats without sessions (frab,
        /// iCalendar, Sessionize): the title is the room's name.
        case room
    }

    public var id: SessionID
    public var kind: Kind
    public var title: String
    public var room: String?
    public var moderator: String?
    /// The file name of the page.
    public var source: String
    /// The conference or listing the source belongs to ("ICML 2022", "Hugging Face Daily Papers").
    public var conference: String
    /// The day in the page's zone, or the listing's heading day.
    public var day: LocalDate?
    public var timeZoneID: String?
    public var utcOffset: Int?
    /// Earliest start and latest end of its talks; nil for listings and floating sessions.
    public var start: Date?
    public var end: Date?
    /// Earliest start and latest end as wall clocks, set only when its items are floating.
    public var floatingStart: LocalDateTime?
    public var floatingEnd: LocalDateTime?
    /// The session's items in page order.
    public var talkIDs: [TalkID]

    public init(
        id: SessionID, kind: Kind, title: String, room: String? = nil, moderator: String? = nil,
        source: String, conference: String, day: LocalDate? = nil, timeZoneID: String? = nil,
        utcOffset: Int? = nil, start: Date? = nil, end: Date? = nil, talkIDs: [TalkID] = [],
        floatingStart: LocalDateTime? = nil, floatingEnd: LocalDateTime? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.room = room
        self.moderator = moderator
        self.source = source
        self.conference = conference
        self.day = day
        self.timeZoneID = timeZoneID
        self.utcOffset = utcOffset
        self.start = start
        self.end = end
        self.talkIDs = talkIDs
        self.floatingStart = floatingStart
        self.floatingEnd = floatingEnd
    }

    /// The wall clock the session starts at: the floating time, or the instant at its offset.
    public var localStart: LocalDateTime? {
        floatingStart ?? start.map { LocalDateTime(instant: $0, utcOffset: utcOffset ?? 0) }
    }

    /// The wall clock the session ends at, as `localStart`.
    public var localEnd: LocalDateTime? {
        floatingStart != nil ? floatingEnd : end.map { LocalDateTime(instant: $0, utcOffset: utcOffset ?? 0) }
    }
}
