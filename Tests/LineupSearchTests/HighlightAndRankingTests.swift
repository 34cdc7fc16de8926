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
    ]

    private func ranked(_ query: String) throws -> [String] {
        let index = SearchIndex(items: items)
        return index.search(try Query.parse(query)).ranked().map { items[$0].title }
    }

    @Test("Title matches rank above author matches above abstract and session matches; word starts above inner matches")
    func fieldOrder() throws {
        #expect(try ranked("graph") == [
            "Graph Networks", "Graph Graph",  // title, word start (schedule order between them)
            "Subgraph Counting",              // title, inside a word
            "Learning",                       // authors
            "Other",                          // abstract, word start
            "Dense models",                   // abstract, inside a word
            "Pointers",                       // session
        ])
    }

    @Test("Scores add up over the query's words; schedule order breaks ties")
    func scoresAdd() throws {
        #expect(try ranked("graph | dense") == ["Dense models", "Graph Networks", "Graph Graph", "Subgraph Counting",
                                                "Learning", "Other", "Pointers"])
        let index = SearchIndex(items: items)
        let result = index.search(try Query.parse("graph model"))
        #expect(result.ranked().map { items[$0].title } == ["Dense models", "Other"])
        #expect(result.relevance(at: 0) == 12 + 2)  // "models" starts a title word, "Subgraphs" holds graph inside
        #expect(result.relevance(at: 3) == 4 + 4)
    }

    @Test("Without words the ranked order is the schedule order")
    func filtersOnly() throws {
        #expect(try ranked("kind:spotlight") == items.map(\.title))
        #expect(try ranked("-graph") == [])
    }
}
