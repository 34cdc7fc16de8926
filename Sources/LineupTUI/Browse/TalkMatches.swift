import LineupModel

/// A talk field whose text the browser highlights hits in.
public enum HighlightField: Hashable, Sendable {
    case title, authors, abstract, session, room
}

/// What the browser needs from a search result: which talks match and where to highlight.
/// The search engine's result is adapted to it, and tests can use a small fake.
public protocol TalkMatches: Sendable {
    /// Number of matching talks.
    var count: Int { get }
    /// Positions in `schedule.talks` of the matching talks, ascending.
    var positions: [Int] { get }
    /// True when the talk at this position of `schedule.talks` matches; O(1).
    func contains(position: Int) -> Bool
    /// The ranges of `text` (the display form of `field`, already sanitised) to highlight.
    func highlights(in text: String, field: HighlightField) -> [Range<String.Index>]
}

/// A query the engine rejected: its message and where in the query text (in characters).
public struct QueryProblem: Hashable, Sendable {
    public var message: String
    public var position: Int
    public var length: Int

    public init(message: String, position: Int, length: Int = 1) {
        self.message = message
        self.position = position
        self.length = length
    }
}

/// The engine's answer to one query text.
public enum SearchOutcome: Sendable {
    case matches(any TalkMatches)
    case rejected(QueryProblem)
}

/// Runs queries for the browser. Stateful so an engine can narrow incrementally; the
/// driver calls it, never `update`.
public protocol TalkSearching {
    mutating func search(_ text: String, bookmarked: Set<TalkID>) -> SearchOutcome
}
