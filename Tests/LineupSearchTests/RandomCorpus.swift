import LineupTestSupport
import LineupModel
@testable import LineupSearch

/// Failures reproduce: every random corpus comes from a fixed seed.
typealias SeededRandom = SplitMix64

/// Random fake talks whose texts mix what the engine treats differently: accents and
/// decomposed marks, capitals, punctuation, double spaces and line breaks (folded columns),
/// plain ASCII (clean columns), very common words (dense lists) and rare ones (sparse lists).
enum RandomCorpus {
    static let common = ["the", "of", "learning", "model", "network", "sparse", "attention", "graph", "data"]
    static let rare = ["Müller", "Jérémie", "naïve", "Ångström", "東京", "Straße", "e\u{301}cole", "ZOË",
                       "co-training", "q&a", "13.1%", "OCMM", "gradient", "subgraph", "transformer",
                       "pointer", "retrieval", "dense", "energy", "spiking", "Łukasz", "façade"]
    static let separators = [" ", " ", " ", " ", ", ", ". ", "  ", "\n", " - ", "; "]

    static func words(_ count: Int, using random: inout SeededRandom) -> String {
        var text = ""
        for index in 0..<count {
            if index > 0 { text += separators.randomElement(using: &random)! }
            var word: String
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1: word = rare.randomElement(using: &random)!
            case 2: word = madeUp(using: &random)
            default: word = common.randomElement(using: &random)!
            }
            if Int.random(in: 0..<5, using: &random) == 0 { word = word.capitalized }
            if Int.random(in: 0..<20, using: &random) == 0 { word = word.uppercased() }
            text += word
        }
        return text
    }

    /// A word of the long tail: a few letters from a small alphabet, so needles still hit some.
    static func madeUp(using random: inout SeededRandom) -> String {
        let letters = Array("aeiklmnrstu")
        return String((0..<Int.random(in: 3...7, using: &random)).map { _ in letters.randomElement(using: &random)! })
    }

    static func talks(_ count: Int, seed: UInt64) -> [FakeTalk] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { index in
            let title = "\(index) " + words(Int.random(in: 2...6, using: &random), using: &random)
            let authors = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                words(2, using: &random)
            }
            let abstract = Int.random(in: 0..<4, using: &random) == 0
                ? "" : words(Int.random(in: 3...25, using: &random), using: &random)
            let kinds = ["oral", "spotlight", "qa", "paper", "Poster"]
            let hour = Int.random(in: 0..<24, using: &random), minute = Int.random(in: 0..<12, using: &random) * 5
            return FakeTalk(
                title, authors: authors, abstract: abstract,
                session: ["DL: Algorithms", "Applications 3", "Daily Papers"].randomElement(using: &random)!,
                room: ["Hall G", "Ballroom 1 & 2", nil].randomElement(using: &random)!,
                kind: kinds.randomElement(using: &random)!,
                award: Int.random(in: 0..<10, using: &random) == 0 ? "Outstanding Paper" : nil,
                day: ["2022-07-19", "2022-07-21", "2021-07-22", nil].randomElement(using: &random)!,
                start: Int.random(in: 0..<4, using: &random) == 0 ? nil : "\(hour):\(minute < 10 ? "0" : "")\(minute)",
                source: ["a.txt", "b.txt"].randomElement(using: &random)!,
                track: ["Rust", "Open Source Design", "Ethics, Society & Politics", nil].randomElement(using: &random)!,
                language: ["en", "English", "de", nil].randomElement(using: &random)!,
                sourceID: Int.random(in: 0..<3, using: &random) == 0 ? nil : String(index % 10))
        }
    }

    /// A random query over the corpus's words, fields and operators.
    static func query(using random: inout SeededRandom) -> String {
        let all = common + rare
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            var word = all.randomElement(using: &random)!
            if Int.random(in: 0..<3, using: &random) == 0, word.count > 2 {  // part of a word
                let characters = Array(word)
                let start = Int.random(in: 0..<characters.count - 1, using: &random)
                word = String(characters[start..<Int.random(in: start + 1...characters.count, using: &random)])
            }
            if word.contains(where: { $0 == ":" || $0 == "|" || $0 == "\"" || $0 == "-" && word.first == "-" }) {
                word = "\"\(word)\""
            }
            var part: String
            switch Int.random(in: 0..<14, using: &random) {
            case 0: part = "\"\(word) \(all.randomElement(using: &random)!)\""
            case 1: part = "title:\(word.contains(" ") ? "\"\(word)\"" : word)"
            case 2: part = "author:\(word)"
            case 3: part = "abstract:\(word)"
            case 4: part = "\(word) | \(all.randomElement(using: &random)!)"
            case 5: part = "kind:" + ["oral", "spotlight|qa", "paper", "poster"].randomElement(using: &random)!
            case 6: part = ["day:tue", "day:2022-07-21", "after:13:00", "before:9", "award:*", "source:a", "track:rust",
                            "track:\"source design\"", "lang:en", "lang:de|en", "id:7", "person:" + word,
                            "type:paper"].randomElement(using: &random)!
            case 7: part = "session:" + ["dl", "applications", "\"daily papers\""].randomElement(using: &random)!
            case 8: part = "is:bookmarked"
            default: part = word
            }
            if Int.random(in: 0..<5, using: &random) == 0 { part = "-" + part }
            parts.append(part)
        }
        return parts.joined(separator: " ")
    }
}

/// The reference answer: the query tree evaluated item by item on each field's folded text,
/// comparing bytes naively. It shares only the folding and the parser with the engine.
struct ReferenceMatcher {
    private struct Folded {
        let item: FakeTalk
        let fields: [(FieldSet, [[UInt8]])]
    }
    private let items: [Folded]

    init(_ items: [FakeTalk]) {
        self.items = items.map { item in
            let texts: [(FieldSet, [String])] = [
                (.title, [item.title]), (.authors, item.authors), (.abstract, [item.abstract]),
                (.session, [item.session]), (.room, item.room.map { [$0] } ?? []),
                (.award, item.award.map { [$0] } ?? []), (.source, [item.source]),
                (.track, item.track.map { [$0] } ?? []),
            ]
            return Folded(item: item, fields: texts.map { ($0.0, $0.1.map { TextFolding.fold($0) }) })
        }
    }

    func positions(_ query: Query, bookmarked: Set<TalkID>) -> [Int] {
        items.indices.filter { matches(query.root, items[$0], bookmarked) }
    }

    private func matches(_ node: QueryNode, _ item: Folded, _ bookmarked: Set<TalkID>) -> Bool {
        switch node {
        case .term(let term): return matches(term, item, bookmarked)
        case .not(let child): return !matches(child, item, bookmarked)
        case .allOf(let children): return children.allSatisfy { matches($0, item, bookmarked) }
        case .anyOf(let children): return children.contains { matches($0, item, bookmarked) }
        }
    }

    private func matches(_ term: QueryTerm, _ folded: Folded, _ bookmarked: Set<TalkID>) -> Bool {
        let item = folded.item
        switch term {
        case .text(let text):
            return folded.fields.contains { field, values in
                text.scope.contains(field) && values.contains { $0.containsSubsequence(text.needle.bytes) }
            }
        case .kind(let name): return String(decoding: TextFolding.fold(item.kind), as: UTF8.self) == name
        case .anyAward: return item.award != nil
        case .day(let date): return item.day == date
        case .weekday(let weekday): return item.day?.weekday == weekday
        case .startsAtOrAfter(let minute): return item.start.map { $0 >= minute } ?? false
        case .startsBefore(let minute): return item.start.map { $0 < minute } ?? false
        case .language(let prefix): return item.language.map { TextFolding.fold($0).starts(with: prefix) } ?? false
        case .sourceID(let id): return item.sourceID.map { TextFolding.fold($0) == id } ?? false
        case .bookmarked: return bookmarked.contains(item.id)
        case .daysFromToday, .startsAtOrAfterNow, .startsBeforeNow, .phase:
            return false  // the random queries use no clock (ClockWordTests covers those words)
        }
    }
}
