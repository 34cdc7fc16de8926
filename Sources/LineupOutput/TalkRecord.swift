import LineupModel
import Foundation

/// The public JSON object for one item, as `lineup list --json`, `lineup show --json` and the
/// JSON agenda export print it. Its keys are a contract other tools rely on: exactly these, in
/// this order, with null (never a missing key) for absent values.
///
/// `start`/`end` are UTC instants (null when floating or untimed); `localStart`/`localEnd` the
/// wall clock where the item happens, "YYYY-MM-DDTHH:MM" (null when untimed); `conference`
/// the name of the item's source; `status` "cancelled" or null.
public struct TalkRecord: Encodable, Sendable {
    public var talk: Talk
    /// The name of the conference or listing the item's source is (`Source.name`).
    public var conference: String?

    public init(_ talk: Talk, conference: String? = nil) {
        self.talk = talk
        self.conference = conference
    }

    enum Key: String, CodingKey, CaseIterable {
        case id, title, authors, kind, award, start, end, timezone, day, session, room, moderator
        case abstract, links, source, published, upvotes, authorCount, alsoListedIn
        case localStart, localEnd, track, language, subtitle, url, sourceID, conference, status
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(talk.id, forKey: .id)
        try c.encode(talk.title, forKey: .title)
        try c.encode(talk.authors, forKey: .authors)
        try c.encode(talk.kind, forKey: .kind)
        try c.encodeNullable(talk.award, forKey: .award)
        try c.encodeNullable(talk.start.map(ISOInstant.format), forKey: .start)
        try c.encodeNullable(talk.end.map(ISOInstant.format), forKey: .end)
        try c.encodeNullable(talk.timeZoneID, forKey: .timezone)
        try c.encodeNullable(talk.day, forKey: .day)
        try c.encode(talk.session, forKey: .session)
        try c.encodeNullable(talk.room, forKey: .room)
        try c.encodeNullable(talk.moderator, forKey: .moderator)
        try c.encode(talk.abstract, forKey: .abstract)
        try c.encode(talk.links, forKey: .links)
        try c.encode(talk.source, forKey: .source)
        try c.encodeNullable(talk.published, forKey: .published)
        try c.encodeNullable(talk.upvotes, forKey: .upvotes)
        try c.encode(talk.authorCount, forKey: .authorCount)
        try c.encode(talk.alsoListedIn, forKey: .alsoListedIn)
        try c.encodeNullable(talk.localStart.map(Self.minutes), forKey: .localStart)
        try c.encodeNullable(talk.localEnd.map(Self.minutes), forKey: .localEnd)
        try c.encodeNullable(talk.track, forKey: .track)
        try c.encodeNullable(talk.language, forKey: .language)
        try c.encodeNullable(talk.subtitle, forKey: .subtitle)
        try c.encodeNullable(talk.url, forKey: .url)
        try c.encodeNullable(talk.sourceID, forKey: .sourceID)
        try c.encodeNullable(conference, forKey: .conference)
        try c.encodeNullable(talk.status == .cancelled ? TalkStatus.cancelled.rawValue : nil, forKey: .status)
    }
}

extension TalkRecord {
    /// "2024-02-03T10:30": the wall clock to the minute, as the contract writes local times.
    static func minutes(_ time: LocalDateTime) -> String {
        "\(time.date.iso)T\(time.clock)"
    }
}

extension KeyedEncodingContainer {
    /// Encodes `null` for nil, where `encodeIfPresent` would leave the key out.
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
