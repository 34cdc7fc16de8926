import LineupModel

/// A frab/Pentabarf schedule as its XML or JSON states it, before any time is resolved: the
/// readers fill it with the texts they find, `FrabScheduleBuilder` makes the items.
///
/// Texts are as given (trimmed); absent elements are nil or empty. Times stay text here so
/// that both readers share one interpretation of them.
struct FrabDocument: Sendable {
    var title: String?
    var acronym: String?
    /// `<time_zone_name>` as written ("Europe/Berlin", or an alias such as "US/Eastern").
    var timeZoneName: String?
    /// `<day_change>`: "HH:MM" or "HH:MM:SS", the hour a conference day ends.
    var dayChange: String?
    var days: [FrabDay] = []
    /// Events in file order, each naming its day by index into `days` (nil: none, as in the
    /// flat v2 JSON).
    var events: [FrabEvent] = []
}

/// One `<day index date start end>`: a conference day. `start`/`end` are instants with offsets.
struct FrabDay: Sendable {
    var line: Int
    var date: LocalDate?
    var start: String?
    var end: String?
    /// Room names in the order the day lists them (wrappers, or first use).
    var rooms: [String] = []
}

/// One `<event>` as written.
struct FrabEvent: Sendable {
    var line: Int
    var day: Int?
    /// The name of the `<room name>` wrapper (JSON: the `rooms` key) holding the event.
    var roomWrapper: String?
    var guid: String?
    var id: String?
    /// `<date>`: the start as an ISO 8601 date-time, normally with an offset.
    var date: String?
    /// `<start>`: "HH:MM" on the day's date (v2 JSON: an ISO date-time, put in `date`).
    var start: String?
    var duration: String?
    /// v2 JSON's ISO end.
    var end: String?
    var room: String?
    var slug: String?
    var url: String?
    var title: String = ""
    var subtitle: String?
    var track: String?
    var type: String?
    var language: String?
    var abstract: String = ""
    var description: String = ""
    var persons: [String] = []
    var resources: [TalkLink] = []
    var cancelled = false
}
