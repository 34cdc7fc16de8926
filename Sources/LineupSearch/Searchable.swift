import LineupModel

/// What the filter can look at in an item. The six text fields of `freeText` are where free
/// words are looked for; the others serve the `kind:`, `award:`, `day:`, `after:`/`before:`,
/// `source:`, `lang:` and `id:` filters.
public enum SearchField: String, CaseIterable, Hashable, Sendable {
    case title
    case authors
    /// The abstract in its display form (markup turned into plain text).
    case abstract
    case session
    case room
    /// The machine name of the kind: "oral", "spotlight", "qa", "paper", or the page's word.
    case kind
    /// The award lines, when there are any.
    case award
    /// The day in the page's zone (or the listing's day).
    case day
    /// The wall-clock start in the page's zone (a floating item's start as given).
    case startTime
    /// The source: its file name and the conference or listing it belongs to.
    case source
    /// The track the source files the item under ("Rust", "Security").
    case track
    /// The language the item is given in, as the source writes it ("en", "German").
    case language
    /// The source's own id of the item (a frab guid or event id, an iCalendar UID, ...).
    case sourceID
    /// The slot on the scale now is compared on (`is:now`, `after:now`, ...); nil when untimed.
    case slot

    /// The fields free words are looked for in.
    public static let freeText: [SearchField] = [.title, .authors, .abstract, .session, .room, .track]
}

/// One field's value as the filter reads it.
public enum SearchValue: Hashable, Sendable {
    case text(String)
    /// Several texts, e.g. author names; a phrase never spans two of them.
    case list([String])
    case date(LocalDate)
    /// Minutes after midnight, 0..<1440, on the wall clock of the page's zone.
    case minuteOfDay(Int)
    case slot(ClockSlot)
}

/// The narrow view the filter has of an item, so the engine can be tested with tiny fakes and
/// knows nothing else about talks.
public protocol Searchable {
    /// The identity `is:bookmarked` checks against the caller's set.
    var id: TalkID { get }
    /// The item's value for `field`, or nil when it has none (a paper has no room or start).
    func value(for field: SearchField) -> SearchValue?
}

/// A talk seen by the filter, with its source's name (which the talk itself does not carry).
/// It refers to the talk inside the schedule's array rather than holding a copy, so indexing
/// 100,000 talks does not copy (retain and release) every field of every talk.
struct ScheduleEntry: Searchable {
    let talks: [Talk]
    let position: Int
    /// File name -> `.list([file name, source name])`; a talk from a source not listed gets
    /// its file name alone.
    let sourceValues: [String: SearchValue]

    var id: TalkID { talks[position].id }

    // Each case reads one property through the array, which copies only that property. The
    // abstract is converted here rather than through `Talk.displayAbstract`, whose call copied
    // the whole talk first (a tenth of the index build at 100,000 talks).
    func value(for field: SearchField) -> SearchValue? {
        switch field {
        case .title: return .text(talks[position].title)
        case .authors: return talks[position].authors.isEmpty ? nil : .list(talks[position].authors)
        case .abstract: return .text(MarkupText.plain(talks[position].abstract))
        case .session: return .text(talks[position].session)
        case .room: return talks[position].room.map(SearchValue.text)
        case .kind: return .text(talks[position].kind.name)
        case .award: return talks[position].award.map(SearchValue.text)
        case .day: return talks[position].day.map(SearchValue.date)
        case .startTime:
            if let floating = talks[position].floatingStart { return .minuteOfDay(floating.hour * 60 + floating.minute) }
            guard let start = talks[position].start, let offset = talks[position].utcOffset else { return nil }
            let clock = ISOInstant.wallClock(start, utcOffset: offset)
            return .minuteOfDay(clock.hour * 60 + clock.minute)
        case .source:
            let file = talks[position].source
            return sourceValues[file] ?? .text(file)
        case .track: return talks[position].track.map(SearchValue.text)
        case .language: return talks[position].language.map(SearchValue.text)
        case .sourceID: return talks[position].sourceID.map(SearchValue.text)
        case .slot:
            // Property by property: `Talk.clockSlot` would copy the whole talk.
            return ClockSlot(start: talks[position].start, end: talks[position].end,
                             floatingStart: talks[position].floatingStart, floatingEnd: talks[position].floatingEnd,
                             timeZoneID: talks[position].timeZoneID, utcOffset: talks[position].utcOffset)
                .map(SearchValue.slot)
        }
    }
}
