import Foundation
import LineupModel

/// One entry of the Sessions pane: a session of the schedule (a session page, a listing, a
/// room of a frab day), or, when a day of rooms is shown by track (`v`), the day's items of
/// one track. A view of the data made by `ScheduleOutline`; nothing here is stored.
public struct SessionGroup: Hashable, Sendable {
    /// The schedule's session, or nil for a track group.
    public var session: Session?
    /// The session's title, or the track's name ("No track" for items without one).
    public var title: String
    /// The room: the session's, or for a track group the room its items share, if they do.
    public var room: String?
    /// For a room, the track its items share, if they do; for a track group, the track.
    public var track: String?
    /// The span of its items: instants at `utcOffset`, or floating wall clocks.
    public var start: Date?
    public var end: Date?
    public var utcOffset: Int?
    public var floatingStart: LocalDateTime?
    public var floatingEnd: LocalDateTime?

    /// True for the items of one track regrouped from a day's rooms.
    public var isTrack: Bool { session == nil }
    /// True for a paper listing (its items are papers, not talks).
    public var isListing: Bool { session?.kind == .listing }

    /// The entry for a schedule session; `track` is the track all its items share, if any.
    init(session: Session, track: String?) {
        self.session = session
        self.title = session.title
        self.room = session.room
        self.track = track
        self.start = session.start
        self.end = session.end
        self.utcOffset = session.utcOffset
        self.floatingStart = session.floatingStart
        self.floatingEnd = session.floatingEnd
    }

    /// The entry for the items of one track (`talks`, in time order).
    init(track: String?, talks: [Talk]) {
        self.session = nil
        self.title = track ?? "No track"
        self.track = track
        self.room = Self.shared(talks.map(\.room))
        span(of: talks)
    }

    /// The earliest start and latest end among `talks`, floating when they are.
    private mutating func span(of talks: [Talk]) {
        let floating = talks.filter(\.isFloating)
        if !floating.isEmpty {
            floatingStart = floating.compactMap(\.floatingStart).min()
            floatingEnd = floating.compactMap { $0.floatingEnd ?? $0.floatingStart }.max()
            return
        }
        let timed = talks.filter { $0.start != nil }
        start = timed.compactMap(\.start).min()
        end = timed.compactMap { $0.end ?? $0.start }.max()
        utcOffset = timed.first?.utcOffset
    }

    /// The one value every element holds, nil when they differ, are nil, or there are none.
    static func shared(_ values: [String?]) -> String? {
        guard let first = values.first, let value = first, !value.isEmpty else { return nil }
        return values.allSatisfy { $0 == value } ? value : nil
    }
}
