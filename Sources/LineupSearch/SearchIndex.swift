import BitCollections
import LineupModel

/// Everything the filter needs about a schedule's items, folded and laid out once so each
/// search is cheap. Build it once per loaded schedule (it is a value; copies share storage).
///
/// Items are numbered by position: for `init(schedule:)` position i is `schedule.talks[i]`.
public struct SearchIndex: Sendable {
    /// How text terms are answered.
    public enum Strategy: Sendable {
        /// Also build word lists (`WordIndex`): the build costs more, every keystroke less.
        /// For the browser and anything that searches more than once.
        case wordIndex
        /// Only the folded text: the cheapest build; each search scans the text of the items
        /// still in play. For a one-shot search such as `lineup list`.
        case scan
    }

    public let strategy: Strategy
    /// The number of items.
    public let count: Int
    /// Kind names in the data beyond oral, spotlight, qa and paper (folded), which `kind:`
    /// accepts; pass them to `Query.parse(_:otherKinds:)`.
    public let otherKinds: Set<String>

    let ids: [TalkID]
    /// Id -> position: the schedule's own table for an index of a schedule with `.wordIndex`,
    /// else a table of its own for `.wordIndex`, else a scan (a one-shot search looks ids up
    /// at most once).
    private let positionByID: PositionLookup
    let title: TextColumn
    let authors: TextColumn
    let abstract: TextColumn
    let session: ValueColumn
    let room: ValueColumn
    let award: ValueColumn
    let source: ValueColumn
    let kind: ValueColumn
    let track: ValueColumn
    let language: ValueColumn
    let sourceID: ValueColumn
    /// Days since 1970-01-01 of each item's day, `Int32.min` when it has none.
    let days: [Int32]
    /// Minute of the day each item starts at, -1 when it has no start.
    let startMinutes: [Int16]
    /// Each item's slot against the clock (the clock words).
    let slots: SlotColumns
    let words: WordIndex?
    /// Words near mistyped needles, found once per needle (`nearWords`).
    let nearWordCache = NearWordCache()
    /// Document frequency estimates of recent terms (`termFrequencyEstimate`).
    let termFrequencyCache = TermFrequencyCache()

    /// Indexes the talks of `schedule` in schedule order; `source:` also matches the name of
    /// each talk's source ("ICML 2022"). With `cores` above 1, the word index of a large
    /// schedule is built on two threads (the call blocks until both are done); the index is
    /// the same as one built on one thread.
    public init(schedule: Schedule, strategy: Strategy = .wordIndex, cores: Int = 1) {
        self.init(schedule: schedule, talks: schedule.talks.indices, strategy: strategy, cores: cores)
    }

    /// Indexes `schedule.talks[talks]` only; position i of the index is talk
    /// `talks.lowerBound + i`. Lets a caller build and search parts of a schedule on several
    /// threads. The index starts a thread of its own only when `cores` is above 1 (see
    /// `init(schedule:strategy:cores:)`).
    public init(schedule: Schedule, talks range: Range<Int>, strategy: Strategy = .wordIndex, cores: Int = 1) {
        self.init(schedule: schedule, talks: range, strategy: strategy, cores: cores, minimumToShare: 8192)
    }

    /// `minimumToShare`: fewer talks than this are built on one thread (tests lower it).
    init(schedule: Schedule, talks range: Range<Int>, strategy: Strategy, cores: Int, minimumToShare: Int) {
        // One value per source, shared by its talks (the column then matches them by identity).
        var sourceValues: [String: SearchValue] = [:]
        for source in schedule.sources where sourceValues[source.fileName] == nil {
            sourceValues[source.fileName] = .list([source.fileName, source.name])
        }
        let talks = schedule.talks
        let range = range.clamped(to: talks.indices)
        let lookup: PositionLookup = strategy == .wordIndex ? .schedule(schedule, range) : .scan
        guard strategy == .wordIndex, cores > 1, range.count >= minimumToShare else {
            self.init(items: range.lazy.map {
                ScheduleEntry(talks: talks, position: $0, sourceValues: sourceValues)
            }, strategy: strategy, lookup: lookup, abstractSource: { $0.talks[$0.position].abstract })
            return
        }
        var (lead, abstract, words) = SharedBuild.run(talks: talks, range: range, sourceValues: sourceValues)
        self.init(lead: &lead, abstract: &abstract, words: words, strategy: strategy, lookup: lookup)
    }

    /// Indexes any items; positions follow the sequence's order. O(total text length).
    public init<Items: Sequence>(items: Items, strategy: Strategy = .wordIndex) where Items.Element: Searchable {
        self.init(items: items, strategy: strategy, lookup: nil, abstractSource: { _ in nil })
    }

    /// `abstractSource` gives the string an item's abstract value was derived from (the
    /// abstract as written, for its display form), which the column can refer to instead of
    /// keeping a copy. `lookup` finds positions from ids; nil: a table of its own is built
    /// for `.wordIndex`. One thread, one word builder for every field.
    init<Items: Sequence>(items: Items, strategy: Strategy, lookup: PositionLookup?,
                          abstractSource: (Items.Element) -> String?)
        where Items.Element: Searchable
    {
        let expected = items.underestimatedCount
        var lead = LeadColumns(expectedCount: expected)
        var abstract = TextColumn(expectedCount: expected)
        var builder = strategy == .wordIndex ? WordIndexBuilder(expectedItems: expected) : nil
        for item in items {
            let position = lead.count
            lead.append(item)
            // Recipes save memory for as long as an index is kept; a one-shot search is quicker
            // with the display forms made once.
            abstract.append(item.value(for: .abstract), derivedFrom: strategy == .wordIndex ? abstractSource(item) : nil)
            if builder != nil {
                lead.title.withText(of: position) { builder!.addWords(of: $0, field: 0, item: position) }
                lead.authors.withText(of: position) { builder!.addWords(of: $0, field: 1, item: position) }
                abstract.withText(of: position) { builder!.addWords(of: $0, field: 2, item: position) }
                builder!.endItem()
            }
        }
        lead.finish()
        abstract.finish()
        // Taken out of the optional, so the builder has one owner and frees its lists as
        // `finish` turns them into the index (`builder.map` would finish a copy).
        var words: WordIndex?
        if var building = builder.take() { words = building.finish(itemCount: lead.count) }
        self.init(lead: &lead, abstract: &abstract, words: words, strategy: strategy, lookup: lookup)
    }

    /// The index of finished columns and word lists (`lead` is left without its ids).
    private init(lead: inout LeadColumns, abstract: inout TextColumn, words: WordIndex?, strategy: Strategy,
                 lookup: PositionLookup?) {
        let ids = lead.ids
        lead.ids = []
        var positionByID = lookup ?? .scan
        if lookup == nil, strategy == .wordIndex {
            var table = [TalkID: Int](minimumCapacity: ids.count)
            for position in ids.indices.reversed() {
                table[ids[position]] = position
            }
            positionByID = .table(table)
        }
        let known = Set(TalkKind.known.map(\.name))
        self.otherKinds = Set(lead.kind.values.map { String(decoding: $0, as: UTF8.self) }).subtracting(known)
        self.strategy = strategy
        self.count = ids.count
        self.ids = ids
        self.positionByID = positionByID
        self.title = lead.title
        self.authors = lead.authors
        self.abstract = abstract
        self.session = lead.session
        self.room = lead.room
        self.award = lead.award
        self.source = lead.source
        self.kind = lead.kind
        self.track = lead.track
        self.language = lead.language
        self.sourceID = lead.sourceID
        self.days = lead.days
        self.startMinutes = lead.startMinutes
        self.slots = lead.slots
        self.words = words
    }

    /// The position of the item with `id`, if it is indexed (the first, if ids repeat).
    /// O(1) with the word index, O(n) with the scan strategy.
    public func position(of id: TalkID) -> Int? {
        if positionByID.isScan { return ids.firstIndex(of: id) }
        return positionByID.position(of: id)
    }

    /// The positions of `ids` that are indexed, as a set.
    func positions(of wanted: Set<TalkID>) -> BitSet {
        var set = BitSet()
        guard !wanted.isEmpty else { return set }
        if !positionByID.isScan {
            for id in wanted {
                if let position = positionByID.position(of: id) {
                    set.insert(position)
                }
            }
        } else {
            var seen: Set<TalkID> = []
            for (position, id) in ids.enumerated() where wanted.contains(id) && seen.insert(id).inserted {
                set.insert(position)
            }
        }
        return set
    }

    /// Every position.
    var all: BitSet { BitSet(0..<count) }

    /// Runs `query` from scratch. For search as you type use `SearchSession`, which reuses
    /// earlier results. A free word that no item holds is looked for with typo tolerance
    /// (`SearchResult.corrections` says so) unless `toleratingTypos` is false.
    /// `now` is what the clock words (`is:now`, `day:today`, ...) compare with; without it they
    /// match nothing. `picks` (folded friend name -> ids) is what `picked:` and `is:picked` match.
    public func search(_ query: Query, bookmarked: Set<TalkID> = [], picks: [String: Set<TalkID>] = [:], now: Now? = nil,
                       toleratingTypos: Bool = true) -> SearchResult {
        let (query, corrections) = toleratingTypos ? correctingTypos(query) : (query, [])
        var evaluator = Evaluator(index: self, bookmarked: positions(of: bookmarked),
                                  picked: PickedPositions(picks, in: self), now: now)
        let members = evaluator.evaluate(query.root, within: all)
        return SearchResult(query: query, index: self, members: members, corrections: corrections)
    }

    func textColumn(_ field: FieldSet) -> TextColumn? {
        switch field {
        case .title: return title
        case .authors: return authors
        case .abstract: return abstract
        default: return nil
        }
    }

    func valueColumn(_ field: FieldSet) -> ValueColumn? {
        switch field {
        case .session: return session
        case .room: return room
        case .award: return award
        case .source: return source
        case .track: return track
        default: return nil
        }
    }
}

extension SearchIndex {
    /// The number of distinct words in the long text fields (0 for the scan strategy).
    public var vocabularySize: Int { words?.vocabulary.count ?? 0 }

    /// Bytes held by the index itself, roughly (array payloads; strings shared with the
    /// schedule are not counted). For the benchmark's report.
    public var memoryFootprint: Int { memoryParts.reduce(0) { $0 + $1.bytes } }

    /// `memoryFootprint` part by part, for the benchmark's memory breakdown.
    public var memoryParts: [(name: String, bytes: Int)] {
        var parts: [(name: String, bytes: Int)] = [
            ("ids", ids.count * MemoryLayout<TalkID>.stride),
            ("positions by id", positionByID.memoryFootprint),
            ("title text", title.memoryFootprint), ("authors text", authors.memoryFootprint),
            ("abstract text", abstract.memoryFootprint),
            ("value columns", [session, room, award, source, kind, track, language, sourceID].reduce(0) { $0 + $1.memoryFootprint }),
            ("days, starts, slots", days.count * 4 + startMinutes.count * 2 + slots.memoryFootprint),
        ]
        if let words { parts += words.memoryParts }
        return parts
    }
}
