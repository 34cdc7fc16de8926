import BitCollections
import LineupModel

/// Search as you type: remembers recent results so that each keystroke costs little.
///
/// Typing one more character usually makes the query narrower (`spars` -> `sparse`), so the
/// new query is evaluated only on the items of the narrowest remembered result it implies
/// (`QueryNode.implies`); deleting a character finds the earlier result in the cache. Results
/// are always the same as `SearchIndex.search` from scratch.
///
/// Memory: one bit set (count/8 bytes) per remembered query, at most `cacheLimit` of them.
public struct SearchSession: Sendable {
    public let index: SearchIndex
    private let cacheLimit: Int
    /// Most recently used last.
    private var cache: [Entry] = []
    private var bookmarkedIDs: Set<TalkID> = []
    private var bookmarked = BitSet()
    /// The clock reading the remembered results that use the clock were found with.
    private var cachedNow: Now?
    private var wordMatches = WordMatchCache()

    private struct Entry: Sendable {
        let query: Query
        let members: BitSet
        let count: Int
    }

    /// Whether a free word that no item holds is looked for with typo tolerance.
    public var toleratesTypos = true

    public init(index: SearchIndex, cacheLimit: Int = 64) {
        self.index = index
        self.cacheLimit = max(cacheLimit, 1)
    }

    /// Parses `text` (see `Query.parse`) and runs it. `bookmarked` is the caller's current set
    /// for `is:bookmarked`; when it changes, remembered results that depend on it are dropped.
    /// `now` is what the clock words compare with (without it they match nothing); when it
    /// changes, remembered results that depend on it are dropped.
    public mutating func search(_ text: String, bookmarked: Set<TalkID> = [], now: Now? = nil) -> Result<SearchResult, QueryError> {
        do {
            let query = try Query.parse(text, otherKinds: index.otherKinds)
            return .success(search(query, bookmarked: bookmarked, now: now))
        } catch {
            return .failure(error)
        }
    }

    /// Runs a parsed query.
    public mutating func search(_ query: Query, bookmarked ids: Set<TalkID> = [], now: Now? = nil) -> SearchResult {
        let (query, corrections) = toleratesTypos ? index.correctingTypos(query) : (query, [])
        if ids != bookmarkedIDs {
            bookmarkedIDs = ids
            bookmarked = index.positions(of: ids)
            cache.removeAll { $0.query.usesBookmarks }
        }
        if now != cachedNow {
            cachedNow = now
            cache.removeAll { $0.query.usesClock }
        }
        if let hit = cache.lastIndex(where: { $0.query == query }) {
            let entry = cache.remove(at: hit)
            cache.append(entry)
            return SearchResult(query: query, index: index, members: entry.members, corrections: corrections)
        }
        var start: BitSet?
        var startCount = index.count
        for entry in cache where entry.count < startCount && query.root.implies(entry.query.root) {
            start = entry.members
            startCount = entry.count
        }
        var evaluator = Evaluator(index: index, bookmarked: bookmarked, now: now, wordMatches: wordMatches)
        let members = evaluator.evaluate(query.root, within: start ?? index.all)
        if let cacheAfter = evaluator.wordMatches { wordMatches = cacheAfter }
        cache.append(Entry(query: query, members: members, count: members.count))
        if cache.count > cacheLimit { cache.removeFirst() }
        return SearchResult(query: query, index: index, members: members, corrections: corrections)
    }
}
