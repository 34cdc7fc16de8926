import LineupModel
@testable import LineupSearch
import Testing

/// The word index's build when the item count it is told up front is wrong: its dense lists
/// are made for the promised count and must grow, not lose or misplace items.
@Suite struct WordIndexBuildTests {
    /// Items that report fewer than they hold (`underestimatedCount` may be anything up to
    /// the real count), as a lazily filtered sequence can.
    struct Understated: Sequence {
        let items: [FakeTalk]
        let claimed: Int
        var underestimatedCount: Int { claimed }
        func makeIterator() -> IndexingIterator<[FakeTalk]> { items.makeIterator() }
    }

    static let corpus = RandomCorpus.talks(9_000, seed: 14)

    @Test("An index told of 5,000 items but given 9,000 answers like one told the truth", arguments: [
        "the", "sparse atten", "\"graph data", "learning -model", "Müller", "grad", "a",
    ])
    func understatedCount(query text: String) throws {
        let told = SearchIndex(items: Understated(items: Self.corpus, claimed: 5_000), strategy: .wordIndex)
        let exact = SearchIndex(items: Self.corpus, strategy: .wordIndex)
        let scanned = SearchIndex(items: Self.corpus, strategy: .scan)
        let query = try Query.parse(text)
        let expected = scanned.search(query, toleratingTypos: false).positions
        #expect(!expected.isEmpty)
        #expect(told.search(query, toleratingTypos: false).positions == expected)
        #expect(exact.search(query, toleratingTypos: false).positions == expected)
        #expect(told.search(query).ranked() == exact.search(query).ranked())
    }

    @Test("A word in every item past the promised count is listed for each of them")
    func denseListGrows() throws {
        let told = SearchIndex(items: Understated(items: Self.corpus, claimed: 4_096), strategy: .wordIndex)
        let every = try Query.parse("0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9")
        #expect(told.search(every, toleratingTypos: false).count == Self.corpus.count)
        let last = try Query.parse("\"8999 \"")
        #expect(told.search(last, toleratingTypos: false).positions == [8_999])
    }
}
