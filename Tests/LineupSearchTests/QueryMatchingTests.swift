import LineupModel
@testable import LineupSearch
import Testing

/// Every operator and field of the query language, on small fakes.
@Suite struct QueryMatchingTests {
    let items: [FakeTalk] = [
        FakeTalk("Sparse Attention for Long Documents", authors: ["Jérémie Dona", "Ana Müller"],
                 abstract: "We study sparse attention patterns in transformers.",
                 session: "DL: Algorithms", room: "Ballroom 1 & 2", kind: "oral",
                 award: "Outstanding Paper Runner Up", day: "2022-07-19", start: "10:30",
                 source: "icml2022-dl.txt"),
        FakeTalk("Dense Retrieval at Scale", authors: ["Tri Dao"],
                 abstract: "Attention is not all you need for retrieval; we use \\textit{dense} vectors.",
                 session: "Applications", room: "Hall G", kind: "spotlight", day: "2022-07-21",
                 start: "13:00", source: "icml2022-apps.txt"),
        FakeTalk("Graph Networks", authors: ["Wei Zhang"], abstract: "Subgraphs and message passing.",
                 session: "Applications", room: "Hall G", kind: "spotlight", day: "2022-07-21",
                 start: "15:45", source: "icml2022-apps.txt"),
        FakeTalk("Q&A", session: "Applications", kind: "qa", day: "2022-07-21", start: "16:00",
                 source: "icml2022-apps.txt"),
        FakeTalk("Pointer Networks", abstract: "Sequence to sequence with sparse pointers.",
                 session: "Daily Papers Dec 8", kind: "paper", day: "2025-12-08", source: "daily.txt"),
        FakeTalk("Poster Talk", session: "Posters", kind: "Poster", day: "2022-07-19", start: "9:00",
                 source: "icml2022-dl.txt"),
    ]

    @Test("An empty query keeps every item in order")
    func emptyQuery() throws {
        #expect(try titles("", in: items) == items.map(\.title))
        #expect(try titles("   ", in: items) == items.map(\.title))
    }

    @Test("Every free word must occur somewhere in title, authors, abstract, session or room")
    func freeWordsAreAnded() throws {
        #expect(try titles("sparse attention", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("attention", in: items) == ["Sparse Attention for Long Documents", "Dense Retrieval at Scale"])
        #expect(try titles("sparse", in: items) == ["Sparse Attention for Long Documents", "Pointer Networks"])
        #expect(try titles("ballroom", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("hall dense", in: items) == ["Dense Retrieval at Scale"])
        #expect(try titles("algorithms sparse", in: items) == ["Sparse Attention for Long Documents"])
    }

    @Test("Words match inside other words, in any case")
    func substringsAndCase() throws {
        #expect(try titles("GRAPH", in: items) == ["Graph Networks"])
        #expect(try titles("networks", in: items) == ["Graph Networks", "Pointer Networks"])
        #expect(try titles("etwork", in: items) == ["Graph Networks", "Pointer Networks"])
    }

    @Test("Accents and case fold both ways: jeremie finds Jérémie and MÜLLER finds Müller")
    func accentFolding() throws {
        #expect(try titles("jeremie", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("muller", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("MÜLLER", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("Jérémie", in: items) == ["Sparse Attention for Long Documents"])
    }

    @Test("A quoted phrase needs its words together and in order")
    func phrases() throws {
        #expect(try titles("\"sparse attention\"", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("\"attention sparse\"", in: items).isEmpty)
        #expect(try titles("\"all you need\"", in: items) == ["Dense Retrieval at Scale"])
        #expect(try titles("\"sparse pointers\"", in: items) == ["Pointer Networks"])
        #expect(try titles("\"to sequence with\"", in: items) == ["Pointer Networks"])
    }

    @Test("A phrase still open at the end of the query runs to the end")
    func unterminatedPhrase() throws {
        #expect(try titles("\"sparse att", in: items) == ["Sparse Attention for Long Documents"])
    }

    @Test("A phrase never spans two author names")
    func displayFormAndLists() throws {
        #expect(try titles("\"dona ana\"", in: items).isEmpty)
        #expect(try titles("\"ana muller\"", in: items) == ["Sparse Attention for Long Documents"])
    }

    @Test("A minus excludes words, phrases and fields")
    func negation() throws {
        #expect(try titles("attention -sparse", in: items) == ["Dense Retrieval at Scale"])
        #expect(try titles("networks -\"graph networks\"", in: items) == ["Pointer Networks"])
        #expect(try titles("-kind:spotlight -kind:paper -kind:poster", in: items) == ["Sparse Attention for Long Documents", "Q&A"])
        #expect(try titles("-applications", in: items) == ["Sparse Attention for Long Documents", "Pointer Networks", "Poster Talk"])
    }

    @Test("A bar keeps items matching either side, and binds tighter than the space")
    func alternatives() throws {
        #expect(try titles("graph | pointer", in: items) == ["Graph Networks", "Pointer Networks"])
        #expect(try titles("graph|pointer", in: items) == ["Graph Networks", "Pointer Networks"])
        #expect(try titles("sparse | dense attention", in: items) == ["Sparse Attention for Long Documents", "Dense Retrieval at Scale"])
        #expect(try titles("networks -graph | sequence", in: items) == ["Pointer Networks"])
    }

    @Test("Text fields look in their own field only")
    func textFields() throws {
        #expect(try titles("title:networks", in: items) == ["Graph Networks", "Pointer Networks"])
        #expect(try titles("title:attention", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("abstract:attention", in: items) == ["Sparse Attention for Long Documents", "Dense Retrieval at Scale"])
        #expect(try titles("author:dao", in: items) == ["Dense Retrieval at Scale"])
        #expect(try titles("authors:muller", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("author:sparse", in: items).isEmpty)
        #expect(try titles("session:applications", in: items) == ["Dense Retrieval at Scale", "Graph Networks", "Q&A"])
        #expect(try titles("room:\"hall g\"", in: items) == ["Dense Retrieval at Scale", "Graph Networks"])
        #expect(try titles("TITLE:graph", in: items) == ["Graph Networks"])
    }

    @Test("kind: accepts the four kinds, q&a, kinds the data names, and value alternatives")
    func kinds() throws {
        #expect(try titles("kind:oral", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("kind:qa", in: items) == ["Q&A"])
        #expect(try titles("kind:q&a", in: items) == ["Q&A"])
        #expect(try titles("kind:paper", in: items) == ["Pointer Networks"])
        #expect(try titles("kind:poster", in: items) == ["Poster Talk"])
        #expect(try titles("kind:oral|paper", in: items) == ["Sparse Attention for Long Documents", "Pointer Networks"])
        #expect(try titles("-kind:spotlight|qa|paper|poster", in: items) == ["Sparse Attention for Long Documents"])
    }

    @Test("award: matches award text, and award:* any award")
    func awards() throws {
        #expect(try titles("award:*", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("award:runner", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("award:\"best paper\"", in: items).isEmpty)
        #expect(try titles("-award:*", in: items).count == items.count - 1)
    }

    @Test("day: takes a date or a weekday")
    func days() throws {
        #expect(try titles("day:2022-07-19", in: items) == ["Sparse Attention for Long Documents", "Poster Talk"])
        #expect(try titles("day:thu", in: items) == ["Dense Retrieval at Scale", "Graph Networks", "Q&A"])
        #expect(try titles("day:Tuesday", in: items) == ["Sparse Attention for Long Documents", "Poster Talk"])
        #expect(try titles("day:mon", in: items) == ["Pointer Networks"])
    }

    @Test("after: and before: compare the wall-clock start; untimed items match neither")
    func times() throws {
        #expect(try titles("after:13:00", in: items) == ["Dense Retrieval at Scale", "Graph Networks", "Q&A"])
        #expect(try titles("before:13:00", in: items) == ["Sparse Attention for Long Documents", "Poster Talk"])
        #expect(try titles("after:10 before:1pm", in: items) == ["Sparse Attention for Long Documents"])
        #expect(try titles("after:3:45pm", in: items) == ["Graph Networks", "Q&A"])
        #expect(try titles("before:9", in: items).isEmpty)
        #expect(try titles("-after:0:00", in: items) == ["Pointer Networks"])
    }

    @Test("source: matches the file name")
    func sources() throws {
        #expect(try titles("source:daily", in: items) == ["Pointer Networks"])
        #expect(try titles("source:icml2022-dl", in: items) == ["Sparse Attention for Long Documents", "Poster Talk"])
    }

    @Test("is:bookmarked keeps the caller's bookmarks")
    func bookmarks() throws {
        let marked: Set<TalkID> = [TalkID("Graph Networks"), TalkID("Pointer Networks"), TalkID("not indexed")]
        #expect(try titles("is:bookmarked", in: items, bookmarked: marked) == ["Graph Networks", "Pointer Networks"])
        #expect(try titles("is:bookmarked graph", in: items, bookmarked: marked) == ["Graph Networks"])
        #expect(try titles("-is:bookmarked", in: items, bookmarked: marked).count == items.count - 2)
        #expect(try titles("is:bookmarked", in: items).isEmpty)
    }

    @Test("Fields combine with words, phrases and each other")
    func combinations() throws {
        #expect(try titles("kind:spotlight day:thu -title:graph attention", in: items) == ["Dense Retrieval at Scale"])
        #expect(try titles("title:graph | author:dao", in: items) == ["Dense Retrieval at Scale", "Graph Networks"])
    }
}
