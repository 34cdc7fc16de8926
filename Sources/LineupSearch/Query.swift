import LineupModel

/// A parsed search query. Build one with `Query.parse(_:)`; the query language is described
/// there and in the README.
///
/// Two queries are equal when they mean the same (the same tree), whatever their spacing.
public struct Query: Hashable, Sendable {
    /// The text the query was parsed from.
    public let text: String
    /// Always `.allOf`: the query's top-level terms, every one of which must hold.
    let root: QueryNode

    init(text: String, root: QueryNode) {
        self.text = text
        self.root = root
    }

    /// True when the query has no terms and so keeps every item.
    public var isEmpty: Bool {
        if case .allOf(let children) = root { return children.isEmpty }
        return false
    }

    /// True when the query uses `is:bookmarked`, whose answer depends on the caller's set.
    public var usesBookmarks: Bool { root.contains { $0 == .bookmarked } }

    /// True when the query uses a word relative to the clock (`day:today`, `after:now`,
    /// `is:now`, ...), whose answer changes as time passes.
    public var usesClock: Bool { root.contains(where: \.isRelativeToNow) }

    public static func == (lhs: Query, rhs: Query) -> Bool { lhs.root == rhs.root }
    public func hash(into hasher: inout Hasher) { hasher.combine(root) }
}

/// A query as a tree. `not` and `anyOf` come from `-` and `|`; juxtaposition is `allOf`.
indirect enum QueryNode: Hashable, Sendable {
    case term(QueryTerm)
    case not(QueryNode)
    case anyOf([QueryNode])
    case allOf([QueryNode])

    /// True when some term of the tree satisfies `predicate`.
    func contains(where predicate: (QueryTerm) -> Bool) -> Bool {
        switch self {
        case .term(let term): return predicate(term)
        case .not(let child): return child.contains(where: predicate)
        case .anyOf(let children), .allOf(let children):
            return children.contains { $0.contains(where: predicate) }
        }
    }

    /// The text terms that must be present for a match, i.e. those not under a `not`: what
    /// ranking scores and highlights show.
    var positiveTextTerms: [TextTerm] {
        switch self {
        case .term(.text(let term)): return [term]
        case .term: return []
        case .not: return []
        case .anyOf(let children), .allOf(let children): return children.flatMap(\.positiveTextTerms)
        }
    }
}

/// One condition on an item.
enum QueryTerm: Hashable, Sendable {
    case text(TextTerm)
    /// A kind's folded machine name ("oral", "qa", or another kind's word).
    case kind(String)
    /// `award:*`: any award at all.
    case anyAward
    case day(LocalDate)
    case weekday(Weekday)
    /// Starts at or after this minute of the day (wall clock in the page's zone).
    case startsAtOrAfter(Int)
    /// Starts before this minute of the day.
    case startsBefore(Int)
    /// A language whose folded name starts with these folded bytes (`lang:en` keeps "en" and
    /// "English").
    case language([UInt8])
    /// The source's own id, folded, compared whole.
    case sourceID([UInt8])
    case bookmarked
    /// `day:today` (0) and `day:tomorrow` (1): the item's day is that many days after the
    /// date now has in the item's zone.
    case daysFromToday(Int)
    /// `after:now`: starts at or after now.
    case startsAtOrAfterNow
    /// `before:now`: starts before now.
    case startsBeforeNow
    /// `is:past`, `is:now`, `is:upcoming` (see `Now.phase`).
    case phase(TalkPhase)

    /// True for the terms whose answer depends on the clock.
    var isRelativeToNow: Bool {
        switch self {
        case .daysFromToday, .startsAtOrAfterNow, .startsBeforeNow, .phase: return true
        default: return false
        }
    }
}
