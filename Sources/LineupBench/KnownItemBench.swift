import LineupTestSupport
import Foundation
import LineupImport
import LineupModel
import LineupSearch

/// Known-item search on real data: for each paper, a query of 2–3 words drawn from its title
/// (and, separately, from its abstract) as someone remembering it would type them; where does
/// the paper land in the ranking? Reported as mean reciprocal rank (MRR) and recall@10 for
/// three orders: the schedule's, the old score (field order, `rankedByFieldOrder`) and BM25F.
///
/// The data are files under ../shared/fixtures (not part of the project; a clone has none):
/// the ICLR 2020 papers, read here straight from their JSON, and FOSDEM 2024's talks, loaded
/// with the frab XML importer and indexed as the browser indexes a schedule. Each is skipped
/// with a line when its file is absent.
enum KnownItemBench {
    struct Figures {
        var reciprocalRanks = 0.0
        var inTopTen = 0
        var queries = 0

        var meanReciprocalRank: Double { queries == 0 ? .nan : reciprocalRanks / Double(queries) }
        var recallAtTen: Double { queries == 0 ? .nan : Double(inTopTen) / Double(queries) }

        mutating func add(rank: Int) {
            reciprocalRanks += 1 / Double(rank)
            if rank <= 10 { inTopTen += 1 }
            queries += 1
        }
    }

    enum Order: CaseIterable {
        case schedule, fieldOrder, bm25f

        var name: String {
            switch self {
            case .schedule: return "schedule order"
            case .fieldOrder: return "old score (field order)"
            case .bm25f: return "BM25F"
            }
        }
    }

    enum Source: String, CaseIterable {
        case title, abstract
    }

    static let targetTitleMRR = 0.8
    static let targetAbstractRecall = 0.6

    /// Prints the table; one line instead when the fixtures are absent.
    static func run(fixtures: String) throws {
        print("")
        let path = fixtures + "/miniconf/iclr2020-papers.json"
        if FileManager.default.fileExists(atPath: path) {
            let papers = try loadPapers(path)
            print("== known-item search, ICLR 2020 (\(papers.count) papers, queries of 2-3 words drawn from each paper)")
            report(index: SearchIndex(items: papers), texts: papers.map { ($0.title, $0.abstract) })
        } else {
            print("== known-item search, ICLR 2020: skipped, \(path) is absent (the shared fixtures are not part of a clone)")
        }
        let fosdem = fixtures + "/frab-xml/fosdem2024.xml"
        if FileManager.default.fileExists(atPath: fosdem) {
            let (schedule, _) = ScheduleLoader(referenceYear: 2024).load([fosdem])
            print("== known-item search, FOSDEM 2024 (\(schedule.talks.count) talks from its frab XML, queries of 2-3 words drawn from each talk)")
            report(index: SearchIndex(schedule: schedule),
                   texts: schedule.talks.map { ($0.title, $0.displayAbstract) })
        } else {
            print("== known-item search, FOSDEM 2024: skipped, \(fosdem) is absent")
        }
    }

    /// The table for the items of `index`, whose title and abstract (as plain text) at each
    /// position are `texts`; items with fewer than two content words in a field ask no query
    /// from it.
    static func report(index: SearchIndex, texts: [(title: String, abstract: String)]) {
        print("  \("queries from".padding(toLength: 16, withPad: " ", startingAt: 0))\("order".padding(toLength: 26, withPad: " ", startingAt: 0))  MRR    recall@10")
        for source in Source.allCases {
            var figures = Dictionary(uniqueKeysWithValues: Order.allCases.map { ($0, Figures()) })
            var random = SplitMix64(seed: source == .title ? 2020 : 4040)
            for (position, item) in texts.enumerated() {
                let text = source == .title ? item.title : item.abstract
                guard let words = sample(from: text, using: &random),
                      let query = try? Query.parse(words.joined(separator: " ")) else { continue }
                let result = index.search(query)
                for order in Order.allCases {
                    let ranked: [Int]
                    switch order {
                    case .schedule: ranked = result.positions
                    case .fieldOrder: ranked = result.rankedByFieldOrder()
                    case .bm25f: ranked = result.ranked()
                    }
                    if let rank = ranked.firstIndex(of: position) { figures[order, default: Figures()].add(rank: rank + 1) }
                }
            }
            for order in Order.allCases {
                let f = figures[order] ?? Figures()
                var verdict = ""
                if order == .bm25f {
                    verdict = source == .title
                        ? "  target MRR >= 0.8: \(f.meanReciprocalRank >= targetTitleMRR ? "PASS" : "MISS")"
                        : "  target recall@10 >= 0.6: \(f.recallAtTen >= targetAbstractRecall ? "PASS" : "MISS")"
                }
                let label = "\(source.rawValue) words".padding(toLength: 16, withPad: " ", startingAt: 0)
                print("  \(label)\(order.name.padding(toLength: 26, withPad: " ", startingAt: 0))  \(String(format: "%.3f", f.meanReciprocalRank))  \(String(format: "%.3f", f.recallAtTen))   (\(f.queries) queries)\(verdict)")
            }
        }
    }

    /// 2 or 3 distinct content words of `text` (letters and digits, at least 3 of them, not a
    /// stop word), kept in their order in the text; nil when it has fewer than 2.
    static func sample(from text: String, using random: inout SplitMix64) -> [String]? {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let word = String(word)
            if word.count >= 3, !stopWords.contains(word), !words.contains(word) { words.append(word) }
        }
        guard words.count >= 2 else { return nil }
        let wanted = min(words.count, 2 + Int(random.next(below: 2)))
        var chosen = Set<Int>()
        while chosen.count < wanted { chosen.insert(Int(random.next(below: UInt64(words.count)))) }
        return chosen.sorted().map { words[$0] }
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "via", "from", "into", "over", "under", "towards", "toward", "using",
        "are", "its", "our", "can", "not", "that", "this", "these", "those", "which", "their", "than",
        "when", "where", "how", "what", "why", "who", "has", "have", "been", "was", "were", "also", "such",
        "both", "more", "most", "other", "they", "them", "there", "then", "but", "all", "any", "each",
        "between", "while", "only", "does", "may", "use", "used", "one", "two", "new", "show", "paper",
    ]

    /// A paper as the search engine sees it.
    struct Paper: Searchable {
        let id: TalkID
        let title: String
        let authors: [String]
        let abstract: String

        func value(for field: SearchField) -> SearchValue? {
            switch field {
            case .title: return .text(title)
            case .authors: return authors.isEmpty ? nil : .list(authors)
            case .abstract: return .text(abstract)
            case .source: return .text("iclr2020-papers.json")
            default: return nil
            }
        }
    }

    /// The papers of a Mini-Conf papers.json (an object of OpenReview records keyed by id),
    /// sorted by id so the order does not depend on the JSON reader.
    static func loadPapers(_ path: String) throws -> [Paper] {
        struct Record: Decodable {
            struct Content: Decodable {
                let title: String
                let authors: [String]?
                let abstract: String?
            }
            let content: Content
        }
        let records = try JSONDecoder().decode([String: Record].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        return records.sorted { $0.key < $1.key }.map { key, record in
            Paper(id: TalkID(key), title: record.content.title, authors: record.content.authors ?? [],
                  abstract: record.content.abstract ?? "")
        }
    }
}
