import LineupModel
import LineupSearch

/// What the browser needs from a search result: which talks match and where to highlight.
/// The engine's `SearchResult` is one; tests may use a small fake.
public protocol TalkMatches: Sendable {
    /// Number of matching talks.
    var count: Int { get }
    /// Positions in `schedule.talks` of the matching talks, ascending.
    var positions: [Int] { get }
    /// True when the talk at this position of `schedule.talks` matches; O(1).
    func contains(position: Int) -> Bool
    /// `positions` by relevance, best first (schedule order among equals). May scan every
    /// matching talk's text: called only while the browser ranks.
    func ranked() -> [Int]
    /// The ranges of `text` (the display form of `field`, already sanitised) to highlight.
    func highlights(in text: String, field: SearchField) -> [Range<String.Index>]
    /// Query words no talk holds, answered with the nearest words of the schedule.
    var corrections: [TypoCorrection] { get }
}

extension TalkMatches {
    public var corrections: [TypoCorrection] { [] }
}

/// The engine's answer to one query text: the matches, or why the query cannot be read.
public enum SearchOutcome: Sendable {
    case matches(any TalkMatches)
    case rejected(QueryError)
    /// The engine is still building its index; the loop asks again when it is ready.
    case pending
}

/// Runs queries for the browser. Stateful so an engine can narrow incrementally; the
/// driver calls it, never `update`.
public protocol TalkSearching {
    /// `picks` (folded friend's name -> ids) answer `picked:` and `is:picked`; `now` is what the
    /// clock words (`is:now`, `day:today`, ...) compare with.
    mutating func filter(_ text: String, bookmarked: Set<TalkID>, picks: [String: Set<TalkID>], now: Now?) -> SearchOutcome
    /// Positions of the talks most like the talk at `position`, best first (at most `limit`);
    /// nil while the engine cannot tell yet (its index is being built).
    mutating func related(to position: Int, limit: Int) -> [Int]?
    /// Starts costly set-up (an index) ahead of the first query; the loop calls it when idle.
    mutating func prepare()
    /// False while that set-up runs (queries answer `.pending` meanwhile).
    var isReady: Bool { get }
}

extension TalkSearching {
    public mutating func related(to position: Int, limit: Int) -> [Int]? { nil }
    public mutating func prepare() {}
    public var isReady: Bool { true }
}

extension SearchResult: TalkMatches {
    public func highlights(in text: String, field: SearchField) -> [Range<String.Index>] {
        query.highlightRanges(in: text, field: field)
    }
}

extension SearchSession: TalkSearching {
    public mutating func filter(_ text: String, bookmarked: Set<TalkID>, picks: [String: Set<TalkID>], now: Now?) -> SearchOutcome {
        switch search(text, bookmarked: bookmarked, picks: picks, now: now) {
        case .success(let result): return .matches(result)
        case .failure(let error): return .rejected(error)
        }
    }

    public mutating func related(to position: Int, limit: Int) -> [Int]? {
        index.related(to: position, limit: limit).map(\.position)
    }
}
