import Foundation
import LineupModel
@testable import LineupSearch
import Testing

@Suite struct HighlightTests {
    /// The highlighted parts of `text`, as strings.
    private func marked(_ query: String, _ text: String, _ field: SearchField = .title) throws -> [String] {
        try Query.parse(query).highlightRanges(in: text, field: field).map { String(text[$0]) }
    }

    @Test("Free words highlight every occurrence, in any case")
    func freeWords() throws {
        #expect(try marked("graph", "Graph Networks on Subgraphs") == ["Graph", "graph"])
        #expect(try marked("sparse attention", "Sparse Attention: attention is sparse") == ["Sparse", "Attention", "attention", "sparse"])
    }

    @Test("Accent-folded matches cover whole original characters")
    func accents() throws {
        #expect(try marked("jeremie", "Jérémie DONA", .authors) == ["Jérémie"])
        #expect(try marked("muller", "Ana Müller · Tri Dao", .authors) == ["Müller"])
        #expect(try marked("jeremie", "Je\u{301}re\u{301}mie", .authors) == ["Je\u{301}re\u{301}mie"])
        #expect(try marked("s", "Straße") == ["S", "ß"])
        #expect(try marked("東京", "in 東京 today") == ["東京"])
    }

    @Test("Overlapping and touching matches merge into one range")
    func merging() throws {
        #expect(try marked("spa arse", "sparse") == ["sparse"])
        #expect(try marked("ab bc", "abc abd") == ["abc", "ab"])
    }

    @Test("Phrases highlight as a whole, across collapsed spaces")
    func phrases() throws {
        #expect(try marked("\"sparse attention\"", "Sparse  attention and sparse models") == ["Sparse  attention"])
    }

    @Test("Field terms highlight their field only; excluded terms and filters highlight nothing")
    func fieldsAndExclusions() throws {
        #expect(try marked("title:graph", "graph", .title) == ["graph"])
        #expect(try marked("title:graph", "graph", .abstract) == [])
        #expect(try marked("author:dao", "Tri Dao", .authors) == ["Dao"])
        #expect(try marked("award:runner", "Outstanding Paper Runner Up", .award) == ["Runner"])
        #expect(try marked("award:runner", "Runner", .title) == [])
        #expect(try marked("-graph networks", "Graph Networks") == ["Networks"])
        #expect(try marked("kind:oral day:tue", "oral tue", .title) == [])
        #expect(try marked("graph", "graph", .kind) == [])
        #expect(try marked("graph | tree", "tree graph") == ["tree", "graph"])
    }
}

@Suite struct RankingTests {
    let items: [FakeTalk] = [
        FakeTalk("Dense models", abstract: "Subgraphs everywhere."),
        FakeTalk("Learning", authors: ["Graph Author"]),
        FakeTalk("Subgraph Counting"),
        FakeTalk("Other", abstract: "A graph model."),
        FakeTalk("Graph Networks"),
        FakeTalk("Graph Graph", abstract: "graph"),
        FakeTalk("Pointers", session: "Graph session"),
        FakeTalk("Unrelated"), FakeTalk("Unrelated too"),  // so "graph" is not in every item
    ]

    private func ranked(_ query: String, strategy: SearchIndex.Strategy = .wordIndex) throws -> [String] {
        let index = SearchIndex(items: items, strategy: strategy)
        return index.search(try Query.parse(query)).ranked().map { items[$0].title }
    }

    @Test("Title matches rank above author, session and abstract matches; whole words above parts of words")
    func fieldOrder() throws {
        let expected = [
            "Graph Graph",        // title twice (and abstract)
            "Graph Networks",     // title, the whole word (weight 8)
            "Learning",           // authors, the whole word (4)
            "Pointers",           // session (2)
            "Subgraph Counting",  // title, inside a word (8 * 0.25, and a title of 2 words)
            "Other",              // abstract, the whole word (1)
            "Dense models",       // abstract, inside a word (0.25)
        ]
        #expect(try ranked("graph") == expected)
        #expect(try ranked("graph", strategy: .scan) == expected)
    }

    @Test("Scores add up over the query's words; items matching more of them come first")
    func scoresAdd() throws {
        #expect(try ranked("graph | dense") == ["Dense models", "Graph Graph", "Graph Networks", "Learning",
                                                "Pointers", "Subgraph Counting", "Other"])
        #expect(try ranked("graph model") == ["Dense models", "Other"])
    }

    @Test("Without words the ranked order is the schedule order")
    func filtersOnly() throws {
        #expect(try ranked("kind:spotlight") == items.map(\.title))
        #expect(try ranked("-graph") == ["Unrelated", "Unrelated too"])
    }

    /// N = 4 items, 3 matching "graph" once each (df 3): idf = ln(1 + 1.5 / 3.5). Title
    /// lengths 2, 1, 2, 2 (mean 1.75, b = 0.3), abstract lengths 0, 3, 0, 0 (mean 0.75, taken
    /// as 1; b = 0.75), weights title 8, abstract 1, k1 = 1.2: saturation T * 2.2 / (1.2 + T).
    @Test("BM25F scores of a small example, computed by hand, with both strategies")
    func handComputed() throws {
        let talks = [
            FakeTalk("Graph Networks"),                            // title: the whole word once
            FakeTalk("Learning", abstract: "graph graph models"),  // abstract: the whole word twice
            FakeTalk("Subgraph Counting"),                         // title: inside a word (quality 0.25)
            FakeTalk("Learning Theory"),
        ]
        let idf = Float(log(1 + 1.5 / 3.5))
        func saturate(_ t: Float) -> Float { t * 2.2 / (1.2 + t) }
        let titleNorm: Float = 1 / (0.7 + 0.3 * 2 / 1.75)
        let expected: [Float] = [
            idf * saturate(8 * 1 * titleNorm),
            idf * saturate(1 * 2 * (1 / (0.25 + 0.75 * 3))),
            idf * saturate(8 * 0.25 * titleNorm),
            0,
        ]
        #expect(abs(expected[0] - 0.678540) < 1e-5 && abs(expected[1] - 0.313874) < 1e-5
                && abs(expected[2] - 0.482671) < 1e-5)
        for strategy in [SearchIndex.Strategy.wordIndex, .scan] {
            let result = SearchIndex(items: talks, strategy: strategy).search(try Query.parse("graph"))
            for position in 0..<4 {
                #expect(abs(result.relevance(at: position) - expected[position]) < 1e-5, "\(strategy) item \(position)")
            }
            #expect(result.ranked() == [0, 2, 1])
        }
    }

    @Test("Query words next to each other in a title rank that title higher")
    func adjacency() throws {
        let talks = [FakeTalk("Networks of Graph"), FakeTalk("Graph Networks"), FakeTalk("Other")]
        let result = SearchIndex(items: talks).search(try Query.parse("graph networks"))
        #expect(result.ranked() == [1, 0])
    }

    @Test("The relevance order equals a full comparison sort at every prefix a user can scroll to, for both strategies")
    func orderIsAFullSort() throws {
        let talks = RandomCorpus.talks(1500, seed: 77)
        for strategy in [SearchIndex.Strategy.wordIndex, .scan] {
            let index = SearchIndex(items: talks, strategy: strategy)
            for text in ["the", "learning model", "gra", "\"sparse attention\"", "müller | ocmm", "e", "data -the"] {
                let result = index.search(try Query.parse(text))
                let keys = result.rankKeys(statistics: index.rankingStatistics(for: result.query))
                let sorted = zip(result.positions, keys).sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
                let ranked = result.ranked()
                #expect(ranked.count == result.count)
                for length in 0...ranked.count where ranked[..<length] != sorted[..<length] {
                    Issue.record("\(strategy) '\(text)': the first \(length) ranked hits differ from a full sort")
                    break
                }
            }
        }
    }

    @Test("The word index and the scan score alike")
    func strategiesAgree() throws {
        let talks = RandomCorpus.talks(800, seed: 5)
        let indexed = SearchIndex(items: talks, strategy: .wordIndex), scanned = SearchIndex(items: talks, strategy: .scan)
        for text in ["the", "learning gra", "\"sparse attention\"", "ström", "co-training"] {
            let query = try Query.parse(text)
            let a = indexed.search(query), b = scanned.search(query)
            let keysA = a.rankKeys(statistics: indexed.rankingStatistics(for: query))
            let keysB = b.rankKeys(statistics: scanned.rankingStatistics(for: query))
            #expect(a.positions == b.positions)
            let scoresA = RelevanceScorer(index: indexed, terms: query.rankedTerms,
                                          statistics: indexed.rankingStatistics(for: query)).score(a.positions).scores
            let scoresB = RelevanceScorer(index: scanned, terms: query.rankedTerms,
                                          statistics: scanned.rankingStatistics(for: query)).score(b.positions).scores
            for (x, y) in zip(scoresA, scoresB) where abs(x - y) > 1e-4 * max(1, abs(x)) {
                Issue.record("'\(text)': scores differ, \(x) and \(y)")
                break
            }
            #expect(keysA.count == keysB.count)
        }
    }
}
