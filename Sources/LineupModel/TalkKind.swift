/// What a schedule item is. Pages name kinds in words ("Oral", "Spotlight", "Q&A"); a word this
/// enum does not know is kept verbatim in `.other` so nothing the page said is lost.
public enum TalkKind: Hashable, Sendable {
    case oral
    case spotlight
    case qa
    /// A paper from a listing, with no slot in a schedule.
    case paper
    case other(String)

    /// The known kinds, in the order help texts list them.
    public static let known: [TalkKind] = [.oral, .spotlight, .qa, .paper]

    /// Parses a kind name as it appears in JSON and queries ("oral", "qa") or on a page
    /// ("Oral", "Q&A"). Anything else becomes `.other(text)`.
    public init(name: String) {
        let known = ASCIIWord.withLowercased(name) { word -> TalkKind? in
            if ASCIIWord.matches(word, "oral", minimumPrefix: Int.max) { return .oral }
            if ASCIIWord.matches(word, "spotlight", minimumPrefix: Int.max) { return .spotlight }
            if ASCIIWord.matches(word, "qa", minimumPrefix: Int.max) || ASCIIWord.matches(word, "q&a", minimumPrefix: Int.max) {
                return .qa
            }
            if ASCIIWord.matches(word, "paper", minimumPrefix: Int.max) { return .paper }
            return nil
        }
        if case .some(let kind?) = known {
            self = kind
            return
        }
        if known != nil {
            self = .other(name)
            return
        }
        switch name.lowercased() {
        case "oral": self = .oral
        case "spotlight": self = .spotlight
        case "qa", "q&a": self = .qa
        case "paper": self = .paper
        default: self = .other(name)
        }
    }

    /// The machine name used in JSON, CSV and `kind:` queries: "oral", "spotlight", "qa",
    /// "paper", or the page's own word for other kinds.
    public var name: String {
        switch self {
        case .oral: return "oral"
        case .spotlight: return "spotlight"
        case .qa: return "qa"
        case .paper: return "paper"
        case .other(let text): return text
        }
    }

    /// The word shown to people: "Oral", "Spotlight", "Q&A", "Paper", or the page's word.
    public var label: String {
        switch self {
        case .oral: return "Oral"
        case .spotlight: return "Spotlight"
        case .qa: return "Q&A"
        case .paper: return "Paper"
        case .other(let text): return text
        }
    }
}

extension TalkKind: Codable {
    public init(from decoder: Decoder) throws {
        self.init(name: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
