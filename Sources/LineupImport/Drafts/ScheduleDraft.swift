/// What a reader of a schedule format (iCalendar, Sessionize, MiniConf) makes of a file before
/// it becomes a `ScheduleFragment`: the items with everything the format says about them, in
/// the file's order. One builder turns every format's draft into a fragment.
struct ScheduleDraft: Sendable {
    /// The conference's title, when the file gives one.
    var name: String?
    var acronym: String?
    /// Room names in the order the source lists them (rooms of items not named here follow in
    /// order of first use).
    var rooms: [String] = []
    var items: [ItemDraft] = []
    /// Sessions the format has (MiniConf's conference.json); empty when items are grouped by
    /// day and room instead.
    var sessions: [SessionDraft] = []
}

/// One item as a format reader found it.
struct ItemDraft: Sendable {
    /// 1-based line where the item starts in the file.
    var line: Int
    /// The source's own id (UID, Sessionize id, MiniConf id), as given.
    var sourceID: String?
    /// What the item's id is derived from when it differs from `sourceID` (a paper presented
    /// in two sessions: the paper's id, made distinct by the event's).
    var idKey: String?
    var title: String
    var subtitle: String?
    /// Speakers, attendees or authors, in source order.
    var people: [String] = []
    /// The event type in the source's words ("talk", "workshop", "paper"); nil when unknown.
    var kind: String?
    var abstract = ""
    var description = ""
    var room: String?
    var track: String?
    var tags: [String] = []
    var language: String?
    var url: String?
    /// Links and attachments the source lists: (url, title).
    var resources: [(url: String, title: String?)] = []
    var cancelled = false
    var timing: ItemTiming
}

/// A session a format defines, holding items by their index in `ScheduleDraft.items`.
struct SessionDraft: Sendable {
    var line: Int
    var sourceID: String?
    var title: String
    var room: String?
    var timing: ItemTiming
    var itemIndices: [Int]
}
