import Foundation
import LineupModel

/// The native JSON schedule, version 1: every field of every source, session and item, so
/// that writing a schedule and reading it back loses nothing.
///
/// Instants are ISO 8601 UTC strings with second precision (pages give minutes); dates are
/// "YYYY-MM-DD"; floating wall clocks "YYYY-MM-DDTHH:MM[:SS]". Absent optional values (and
/// empty descriptions and resources, and the default status) are left out, so version 2 adds
/// keys to version 1 and reads both. Readers reject a `format` other than "lineup-schedule"
/// and a `version` newer than theirs.
struct NativeScheduleDocument: Codable {
    var format: String
    var version: Int
    var sources: [SourceRecord]
    var sessions: [SessionRecord]
    var talks: [TalkRecordV1]

    struct SourceRecord: Codable {
        var fileName: String
        var name: String
        var format: Source.Format
        var year: Int?
        var acronym: String?
    }

    struct SessionRecord: Codable {
        var id: SessionID
        var kind: Session.Kind
        var title: String
        var room: String?
        var moderator: String?
        var source: String
        var conference: String
        var day: LocalDate?
        var timeZoneID: String?
        var utcOffset: Int?
        var start: String?
        var end: String?
        var talkIDs: [TalkID]
        var floatingStart: LocalDateTime?
        var floatingEnd: LocalDateTime?
    }

    struct TalkRecordV1: Codable {
        var id: TalkID
        var title: String
        var authors: [String]
        var authorCount: Int
        var kind: TalkKind
        var awards: [String]
        var start: String?
        var end: String?
        var timeZoneID: String?
        var utcOffset: Int?
        var day: LocalDate?
        var sessionID: SessionID
        var session: String
        var room: String?
        var moderator: String?
        var abstract: String
        var links: [String]
        var source: String
        var line: Int
        var published: LocalDate?
        var upvotes: Int?
        var alsoListedIn: [TalkID]
        var floatingStart: LocalDateTime?
        var floatingEnd: LocalDateTime?
        var subtitle: String?
        var track: String?
        var language: String?
        var description: String?
        var url: String?
        var resources: [TalkLink]?
        var sourceID: String?
        var status: TalkStatus?
    }
}

extension NativeScheduleDocument.SourceRecord {
    init(_ source: Source) {
        self.init(fileName: source.fileName, name: source.name, format: source.format, year: source.year,
                  acronym: source.acronym)
    }

    var source: Source { Source(fileName: fileName, name: name, format: format, year: year, acronym: acronym) }
}

extension NativeScheduleDocument.SessionRecord {
    init(_ session: Session) {
        self.init(id: session.id, kind: session.kind, title: session.title, room: session.room,
                  moderator: session.moderator, source: session.source, conference: session.conference,
                  day: session.day, timeZoneID: session.timeZoneID, utcOffset: session.utcOffset,
                  start: session.start.map(ISOInstant.format), end: session.end.map(ISOInstant.format),
                  talkIDs: session.talkIDs, floatingStart: session.floatingStart, floatingEnd: session.floatingEnd)
    }

    /// Nil when `start` or `end` is not an ISO 8601 instant or the offset is not a real one;
    /// `problem` says which.
    func session(problem: inout String?) -> Session? {
        guard NativeScheduleDocument.validOffset(utcOffset, "session \(id)", &problem),
              let start = NativeScheduleDocument.instant(start, "session \(id) start", &problem),
              let end = NativeScheduleDocument.instant(end, "session \(id) end", &problem),
              NativeScheduleDocument.inOrder(start, end, "session \(id)", &problem),
              NativeScheduleDocument.floatingInOrder(floatingStart, floatingEnd, "session \(id)", &problem)
        else { return nil }
        return Session(id: id, kind: kind, title: title, room: room, moderator: moderator, source: source,
                       conference: conference, day: day, timeZoneID: timeZoneID, utcOffset: utcOffset,
                       start: start, end: end, talkIDs: talkIDs, floatingStart: floatingStart, floatingEnd: floatingEnd)
    }
}

extension NativeScheduleDocument.TalkRecordV1 {
    init(_ talk: Talk) {
        self.init(id: talk.id, title: talk.title, authors: talk.authors, authorCount: talk.authorCount,
                  kind: talk.kind, awards: talk.awards, start: talk.start.map(ISOInstant.format),
                  end: talk.end.map(ISOInstant.format), timeZoneID: talk.timeZoneID, utcOffset: talk.utcOffset,
                  day: talk.day, sessionID: talk.sessionID, session: talk.session, room: talk.room,
                  moderator: talk.moderator, abstract: talk.abstract, links: talk.links, source: talk.source,
                  line: talk.line, published: talk.published, upvotes: talk.upvotes, alsoListedIn: talk.alsoListedIn,
                  floatingStart: talk.floatingStart, floatingEnd: talk.floatingEnd, subtitle: talk.subtitle,
                  track: talk.track, language: talk.language,
                  description: talk.description.isEmpty ? nil : talk.description, url: talk.url,
                  resources: talk.resources.isEmpty ? nil : talk.resources, sourceID: talk.sourceID,
                  status: talk.status == .scheduled ? nil : talk.status)
    }

    func talk(problem: inout String?) -> Talk? {
        guard NativeScheduleDocument.validOffset(utcOffset, "item \(id)", &problem),
              let start = NativeScheduleDocument.instant(start, "item \(id) start", &problem),
              let end = NativeScheduleDocument.instant(end, "item \(id) end", &problem),
              NativeScheduleDocument.inOrder(start, end, "item \(id)", &problem),
              NativeScheduleDocument.floatingInOrder(floatingStart, floatingEnd, "item \(id)", &problem)
        else { return nil }
        return Talk(id: id, title: title, authors: authors, authorCount: authorCount, kind: kind, awards: awards,
                    start: start, end: end, timeZoneID: timeZoneID, utcOffset: utcOffset, day: day,
                    sessionID: sessionID, session: session, room: room, moderator: moderator, abstract: abstract,
                    links: links, source: source, line: line, published: published, upvotes: upvotes,
                    alsoListedIn: alsoListedIn, floatingStart: floatingStart, floatingEnd: floatingEnd,
                    subtitle: subtitle, track: track, language: language, description: description ?? "", url: url,
                    resources: resources ?? [], sourceID: sourceID, status: status ?? .scheduled)
    }
}

extension NativeScheduleDocument {
    /// UTC offsets run from -12:00 to +14:00 in practice; ±18 hours is ISO 8601's limit, and
    /// anything beyond would overflow clock arithmetic later.
    static func validOffset(_ offset: Int?, _ what: String, _ problem: inout String?) -> Bool {
        guard let offset, offset < -18 * 3600 || offset > 18 * 3600 else { return true }
        problem = "\(what) has a UTC offset of \(offset) seconds, beyond 18 hours"
        return false
    }

    /// False (with `problem` set) when both instants are given and the end comes first: every
    /// consumer (clashes, calendars, the timeline) relies on `end >= start`. Found by fuzzing.
    static func inOrder(_ start: Date?, _ end: Date?, _ what: String, _ problem: inout String?) -> Bool {
        guard let start, let end, end < start else { return true }
        problem = "\(what) ends (\(ISOInstant.format(end))) before it starts (\(ISOInstant.format(start)))"
        return false
    }

    /// As `inOrder`, for wall clocks; an end without a start is refused too.
    static func floatingInOrder(_ start: LocalDateTime?, _ end: LocalDateTime?, _ what: String,
                                _ problem: inout String?) -> Bool {
        if start == nil, let end {
            problem = "\(what) has a floating end (\(end.iso)) but no floating start"
            return false
        }
        guard let start, let end, end < start else { return true }
        problem = "\(what) ends (\(end.iso)) before it starts (\(start.iso))"
        return false
    }

    /// `.some(nil)` for an absent instant, `.some(date)` for a valid one, nil (with `problem`
    /// set) for text that is not an instant.
    static func instant(_ text: String?, _ what: String, _ problem: inout String?) -> Date?? {
        guard let text else { return .some(nil) }
        guard let date = ISOInstant.parse(text) else {
            problem = "\(what) \"\(text)\" is not an ISO 8601 instant"
            return nil
        }
        return .some(date)
    }
}
