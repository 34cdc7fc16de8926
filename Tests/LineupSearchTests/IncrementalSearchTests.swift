import LineupModel
@testable import LineupSearch
import Testing

/// The search session reuses earlier results; these tests hold it to the same answers as a
/// fresh search and as a naive reference, over random corpora and queries.
@Suite struct IncrementalSearchTests {
    static let corpus = RandomCorpus.talks(800, seed: 42)
    static let reference = ReferenceMatcher(corpus)
    static let indexed = SearchIndex(items: corpus, strategy: .wordIndex)
    static let scanned = SearchIndex(items: corpus, strategy: .scan)
    static let bookmarked: Set<TalkID> = Set(corpus.enumerated().filter { $0.offset % 7 == 3 }.map(\.element.id))

    /// The positions a fresh search and the reference give, checking they agree. The
    /// reference knows no typos, so words no item holds are not tolerated here; with them
    /// tolerated, the two strategies must still agree.
    private func fresh(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Int]? {
        guard let query = try? Query.parse(text, otherKinds: Self.indexed.otherKinds) else { return nil }
        let expected = Self.reference.positions(query, bookmarked: Self.bookmarked)
        let viaIndex = Self.indexed.search(query, bookmarked: Self.bookmarked, toleratingTypos: false).positions
        let viaScan = Self.scanned.search(query, bookmarked: Self.bookmarked, toleratingTypos: false).positions
        #expect(viaIndex == expected, "word index differs from the reference for \(text)", sourceLocation: sourceLocation)
        #expect(viaScan == expected, "scan differs from the reference for \(text)", sourceLocation: sourceLocation)
        let tolerant = Self.indexed.search(query, bookmarked: Self.bookmarked)
        let tolerantScan = Self.scanned.search(query, bookmarked: Self.bookmarked)
        #expect(tolerant.positions == tolerantScan.positions && tolerant.corrections == tolerantScan.corrections,
                "strategies tolerate typos differently for \(text)", sourceLocation: sourceLocation)
        return expected
    }

    private func check(_ session: inout SearchSession, _ text: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let result = session.search(text, bookmarked: Self.bookmarked)
        switch (result, fresh(text, sourceLocation: sourceLocation)) {
        case (.success(let found), let expected?):
            #expect(found.positions == expected, "session differs for \(text)", sourceLocation: sourceLocation)
            #expect(found.count == expected.count, sourceLocation: sourceLocation)
            #expect(expected.allSatisfy(found.contains(position:)), sourceLocation: sourceLocation)
        case (.failure, nil):
            break
        default:
            Issue.record("session and parser disagree on whether \(text) parses", sourceLocation: sourceLocation)
        }
    }

    @Test("The corpus exercises dense and sparse word lists, folded and clean text")
    func corpusCoversBothRepresentations() throws {
        let words = try #require(Self.indexed.words)
        #expect(words.denseWords.count >= 5)
        #expect(words.postings[2].sparse.count > 100)
        #expect(Self.corpus.contains { TextColumn.isSearchableAsWritten($0.abstract) && !$0.abstract.isEmpty })
        #expect(Self.corpus.contains { !TextColumn.isSearchableAsWritten($0.abstract) })
    }

    @Test("Typing a query letter by letter and deleting it gives the fresh result at every step")
    func typingAndDeleting() {
        var random = SeededRandom(seed: 7)
        let queries = ["sparse atten", "\"sparse attention\"", "jeremie muller", "-the graph",
                       "title:net | author:zoe", "kind:oral|spotlight after:13:00 learn",
                       "is:bookmarked data -model", "co-training 13.1%", "東京 straße"]
            + (0..<25).map { _ in RandomCorpus.query(using: &random) }
        for query in queries {
            var session = SearchSession(index: Self.indexed).exact
            let characters = Array(query)
            for length in 0...characters.count { check(&session, String(characters[..<length])) }
            for length in (0..<characters.count).reversed() { check(&session, String(characters[..<length])) }
        }
    }

    @Test("Random edits anywhere in the query give the fresh result")
    func randomEdits() {
        var random = SeededRandom(seed: 99)
        var session = SearchSession(index: Self.indexed, cacheLimit: 8).exact
        var text = ""
        let alphabet = Array("aeiorstnlgdpm \"-|:ü")
        for _ in 0..<400 {
            var characters = Array(text)
            if characters.isEmpty || Int.random(in: 0..<3, using: &random) > 0 {
                let at = Int.random(in: 0...characters.count, using: &random)
                characters.insert(alphabet.randomElement(using: &random)!, at: at)
            } else {
                characters.remove(at: Int.random(in: 0..<characters.count, using: &random))
            }
            if characters.count > 24 { characters.removeFirst(characters.count - 24) }
            text = String(characters)
            check(&session, text)
        }
    }

    @Test("A changed bookmark set is honoured by a session that saw the old one")
    func bookmarksChange() throws {
        var session = SearchSession(index: Self.indexed).exact
        let first = try session.search("is:bookmarked", bookmarked: [Self.corpus[0].id]).get()
        #expect(first.positions == [0])
        let second = try session.search("is:bookmarked", bookmarked: [Self.corpus[5].id, Self.corpus[9].id]).get()
        #expect(second.positions == [5, 9])
        let narrower = try session.search("is:bookmarked -zzz", bookmarked: [Self.corpus[5].id]).get()
        #expect(narrower.positions == [5])
    }

    @Test("Narrowing is recognised: a longer word, an added term, a later time imply the shorter query")
    func implication() throws {
        func implies(_ a: String, _ b: String) throws -> Bool {
            try Query.parse(a).root.implies(Query.parse(b).root)
        }
        #expect(try implies("sparse att", "sparse at"))
        #expect(try implies("sparse at", "sparse"))
        #expect(try implies("sparse", ""))
        #expect(try implies("-sparse", "-sparsely"))
        #expect(try implies("-sparsely", "-sparse") == false)
        #expect(try implies("-spars", "-sparse"))
        #expect(try implies("title:graph", "graph"))
        #expect(try implies("graph", "title:graph") == false)
        #expect(try implies("after:14:00", "after:13:00"))
        #expect(try implies("before:9", "before:10"))
        #expect(try implies("day:2022-07-19", "day:tue"))
        #expect(try implies("a b", "a | c"))
        #expect(try implies("a | b", "a") == false)
        #expect(try implies("\"sparse attention\"", "attention"))
    }
}

extension SearchSession {
    /// The session with typo tolerance off (the reference knows no typos).
    var exact: SearchSession {
        var copy = self
        copy.toleratesTypos = false
        return copy
    }
}
