/// How one item differs between two versions of a schedule.
///
/// `before` is the item in the older version (nil when added), `after` the item in the newer
/// one (nil when it is gone from it). `id` is the item's id in the newer version, else in the
/// older; `previousID` is its id in the older version, which differs from `id` only when the
/// item was matched by its source id or its title rather than its id (a bookmark keyed by
/// `previousID` belongs to `id` now).
public struct ItemChange: Hashable, Sendable, Identifiable {
    /// The one word a change is filed under, in order of precedence: an item both moved and
    /// given a new speaker is `moved`, with both in `fields`.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// New in the newer version (or reinstated after a cancellation).
        case added
        /// Gone from the newer version, cancelled by its source, or given a cancelled marker in
        /// its title. Kept in the schedule as cancelled, never dropped.
        case removed
        /// Another day, start or room.
        case moved
        /// The same start, another duration.
        case retimed
        case renamed
        /// The list of speakers changed.
        case speakers
        /// Anything else compared: subtitle, abstract, description, track, language, type, page.
        case other
    }

    /// What is compared. `start` and `duration` use the instant, else the floating wall clock.
    public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
        case status, day, start, room, duration, title, speakers
        case subtitle, abstract, description, track, language, type, url
    }

    public var kind: Kind
    public var id: TalkID
    public var previousID: TalkID?
    /// The fields that differ, in `Field` order; empty for added and vanished items.
    public var fields: [Field]
    public var before: Talk?
    public var after: Talk?

    public init(kind: Kind, id: TalkID, previousID: TalkID? = nil, fields: [Field] = [],
                before: Talk? = nil, after: Talk? = nil) {
        self.kind = kind
        self.id = id
        self.previousID = previousID
        self.fields = fields
        self.before = before
        self.after = after
    }

    /// The item's title in the newer version, else in the older.
    public var title: String { after?.title ?? before?.title ?? "" }

    /// The changed fields of an item matched in both versions, in `Field` order.
    public static func fields(from old: Talk, to new: Talk) -> [Field] {
        Field.allCases.filter { field in
            switch field {
            case .status: old.isCancelled != new.isCancelled
            case .day: old.day != new.day
            case .start: old.start != new.start || old.floatingStart != new.floatingStart
            case .room: old.room != new.room
            case .duration: old.durationSeconds != new.durationSeconds
            case .title: old.title != new.title
            case .speakers: old.authors != new.authors
            case .subtitle: (old.subtitle ?? "") != (new.subtitle ?? "")
            case .abstract: old.abstract != new.abstract
            case .description: old.description != new.description
            case .track: old.track != new.track
            case .language: old.language != new.language
            case .type: old.kind != new.kind
            case .url: old.url != new.url
            }
        }
    }

    /// The kind of a matched item's change from its changed fields; nil when none changed.
    public static func kind(of fields: [Field], wasCancelled: Bool) -> Kind? {
        let changed = Set(fields)
        if changed.isEmpty { return nil }
        if changed.contains(.status) { return wasCancelled ? .added : .removed }
        if !changed.isDisjoint(with: [.day, .start, .room]) { return .moved }
        if changed.contains(.duration) { return .retimed }
        if changed.contains(.title) { return .renamed }
        if changed.contains(.speakers) { return .speakers }
        return .other
    }
}

extension Talk {
    /// Cancelled by its source (`status`) or by a marker in its title ("CANCELLED: ...").
    public var isCancelled: Bool { status == .cancelled || CancellationMarker.isMarked(title) }

    /// The slot's length in seconds, from the instants or else the wall clocks; nil without an end.
    public var durationSeconds: Int? {
        if let start, let end { return Int((end.timeIntervalSince(start)).rounded()) }
        if let floatingStart, let floatingEnd {
            return floatingEnd.wallSecondsSinceEpoch - floatingStart.wallSecondsSinceEpoch
        }
        return nil
    }
}
