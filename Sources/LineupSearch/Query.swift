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
    case bookmarked
}

/// The text fields a text term may be restricted to.
struct FieldSet: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let title = FieldSet(rawValue: 1 << 0)
    static let authors = FieldSet(rawValue: 1 << 1)
    static let abstract = FieldSet(rawValue: 1 << 2)
    static let session = FieldSet(rawValue: 1 << 3)
    static let room = FieldSet(rawValue: 1 << 4)
    static let award = FieldSet(rawValue: 1 << 5)
    static let source = FieldSet(rawValue: 1 << 6)

    /// Where free words are looked for.
    static let freeText: FieldSet = [.title, .authors, .abstract, .session, .room]

    /// The set holding just `field`; empty for fields that are not text.
    init(_ field: SearchField) {
        switch field {
        case .title: self = .title
        case .authors: self = .authors
        case .abstract: self = .abstract
        case .session: self = .session
        case .room: self = .room
        case .award: self = .award
        case .source: self = .source
        case .kind, .day, .startTime: self = []
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// A folded text looked for as a substring of the fields in `scope`.
struct TextTerm: Hashable, Sendable {
    let scope: FieldSet
    let needle: ByteNeedle
    /// The maximal runs of word bytes in the needle (see `TextFolding.isWordByte`). When the
    /// needle is a single run it can only occur inside one word of the text, which lets the
    /// word index answer it exactly.
    let words: [ByteNeedle]

    init(scope: FieldSet, folded: [UInt8]) {
        self.scope = scope
        self.needle = ByteNeedle(folded)
        var words: [ByteNeedle] = []
        var current: [UInt8] = []
        for byte in folded {
            if TextFolding.isWordByte[Int(byte)] {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(ByteNeedle(current))
                current = []
            }
        }
        if !current.isEmpty { words.append(ByteNeedle(current)) }
        self.words = words
    }

    /// True when the needle has no separator bytes (and is not empty).
    var isSingleWord: Bool { words.count == 1 && words[0].count == needle.count }
}
