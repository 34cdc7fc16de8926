import LineupModel
@testable import LineupSearch
import Testing

/// A tiny item for engine tests: only what the filter reads.
struct FakeTalk: Searchable {
    var id: TalkID
    var title: String
    var authors: [String] = []
    var abstract = ""
    var session = "Session A"
    var room: String?
    var kind = "spotlight"
    var award: String?
    var day: LocalDate?
    var start: Int?
    var source = "fake.txt"
    var track: String?
    var language: String?
    var sourceID: String?
    /// The slot the clock words read (`is:now`, `after:now`, ...); set it after `init`.
    var slot: ClockSlot?

    init(_ title: String, authors: [String] = [], abstract: String = "", session: String = "Session A",
         room: String? = nil, kind: String = "spotlight", award: String? = nil, day: String? = nil,
         start: String? = nil, source: String = "fake.txt", track: String? = nil, language: String? = nil,
         sourceID: String? = nil) {
        self.id = TalkID(title)
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.session = session
        self.room = room
        self.kind = kind
        self.award = award
        self.day = day.flatMap { LocalDate(iso: $0) }
        self.start = start.flatMap { QueryField.minuteOfDay($0) }
        self.source = source
        self.track = track
        self.language = language
        self.sourceID = sourceID
    }

    func value(for field: SearchField) -> SearchValue? {
        switch field {
        case .title: return .text(title)
        case .authors: return authors.isEmpty ? nil : .list(authors)
        case .abstract: return .text(abstract)
        case .session: return .text(session)
        case .room: return room.map(SearchValue.text)
        case .kind: return .text(kind)
        case .award: return award.map(SearchValue.text)
        case .day: return day.map(SearchValue.date)
        case .startTime: return start.map(SearchValue.minuteOfDay)
        case .source: return .text(source)
        case .track: return track.map(SearchValue.text)
        case .language: return language.map(SearchValue.text)
        case .sourceID: return sourceID.map(SearchValue.text)
        case .slot: return slot.map(SearchValue.slot)
        }
    }
}

/// Runs `query` over `items` with both strategies and a search session, checks that all three
/// agree, and returns the titles kept, in order.
func titles(_ query: String, in items: [FakeTalk], bookmarked: Set<TalkID> = [], now: Now? = nil,
            sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    let parsed = try Query.parse(query, otherKinds: SearchIndex(items: items, strategy: .scan).otherKinds)
    let scanned = SearchIndex(items: items, strategy: .scan).search(parsed, bookmarked: bookmarked, now: now)
    let indexed = SearchIndex(items: items, strategy: .wordIndex).search(parsed, bookmarked: bookmarked, now: now)
    var session = SearchSession(index: SearchIndex(items: items))
    let incremental = try session.search(query, bookmarked: bookmarked, now: now).get()
    #expect(scanned.positions == indexed.positions, "scan and word index disagree on \(query)", sourceLocation: sourceLocation)
    #expect(incremental.positions == indexed.positions, "session and fresh search disagree on \(query)", sourceLocation: sourceLocation)
    return indexed.positions.map { items[$0].title }
}
