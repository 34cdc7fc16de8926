import Foundation
import LineupImport
import LineupModel
@testable import LineupSearch
import Testing

/// Related talks (`SearchIndex.related`) on the shipped seeds and on small corpora.
@Suite struct RelatedTalksTests {
    static let schedule = SeedSearchTests.schedule
    static let index = SeedSearchTests.index

    private func related(_ title: String, occurrence: Int = 0) throws -> (talk: Talk, related: [(talk: Talk, item: RelatedItem)]) {
        let positions = Self.schedule.talks.indices.filter { Self.schedule.talks[$0].title == title }
        let position = try #require(positions.count > occurrence ? positions[occurrence] : nil, "no seed titled \(title)")
        let items = Self.index.related(to: position, limit: 5)
        return (Self.schedule.talks[position], items.map { (Self.schedule.talks[$0.position], $0) })
    }

    private func text(_ talk: Talk) -> String {
        (talk.title + " " + MarkupText.plain(talk.abstract)).lowercased()
    }

    @Test("The two Pointer Networks listings relate to each other first, as the same text")
    func pointerNetworksTwins() throws {
        let first = try related("Pointer Networks", occurrence: 0)
        let second = try related("Pointer Networks", occurrence: 1)
        #expect(first.talk.id != second.talk.id)
        #expect(first.talk.abstract == second.talk.abstract)
        #expect(first.related.first?.talk.id == second.talk.id)
        #expect(second.related.first?.talk.id == first.talk.id)
        // The same words give the same vector: a cosine of 1.
        #expect(abs((first.related.first?.item.score ?? 0) - 1) < 1e-9)
    }

    @Test("Pointer Networks (attention as a pointer) and the attention papers relate")
    func attentionPapers() throws {
        let pointer = try related("Pointer Networks")
        #expect(text(pointer.talk).contains("attention"))
        let others = pointer.related.dropFirst()
        #expect(others.count == 4)
        // Its neighbours besides its twin are about attention, transformers or sequence models.
        for neighbour in others {
            let words = text(neighbour.talk)
            #expect(["attention", "transformer", "sequence"].contains { words.contains($0) }, "\(neighbour.talk.title)")
        }
        #expect(others.contains { $0.talk.title.contains("Attention") })
        // And the attention paper lists both Pointer Networks entries.
        let attention = try related("What can a Single Attention Layer Learn? A Study Through the Random Features Lens")
        #expect(attention.related.filter { $0.talk.title == "Pointer Networks" }.count == 2)
    }

    @Test("Monarch's related talks are about structured or sparse matrices, or efficiency")
    func monarch() throws {
        let monarch = try related("Monarch: Expressive Structured Matrices for Efficient and Accurate Training")
        #expect(monarch.related.count == 5)
        for neighbour in monarch.related {
            let words = text(neighbour.talk)
            #expect(["efficien", "sparse", "matri", "compress", "quantiz", "memory"].contains { words.contains($0) },
                    "\(neighbour.talk.title)")
        }
    }

    @Test("Scores fall from the first to the last, the item itself is never listed, and -n limits")
    func orderAndLimit() throws {
        for position in stride(from: 0, to: Self.index.count, by: 7) {
            let items = Self.index.related(to: position, limit: 5)
            #expect(!items.contains { $0.position == position })
            #expect(zip(items, items.dropFirst()).allSatisfy { $0.score >= $1.score })
            #expect(items.allSatisfy { $0.score > 0 && $0.id == Self.schedule.talks[$0.position].id })
            #expect(Self.index.related(to: position, limit: 2) == Array(items.prefix(2)))
        }
        #expect(Self.index.related(to: Self.index.count, limit: 5).isEmpty)
        #expect(Self.index.related(to: 0, limit: 0).isEmpty)
    }

    @Test("A shared author adds to the score: the co-authored talk ranks above the same text without")
    func sharedAuthors() {
        let index = SearchIndex(items: [
            FakeTalk("Sparse attention kernels", authors: ["Ada Lovelace", "Wei Zhang"], abstract: "fast sparse kernels"),
            FakeTalk("Sparse attention on GPUs", authors: ["Bo Li"], abstract: "fast sparse kernels"),
            FakeTalk("Sparse attention on TPUs", authors: ["Wei Zhang"], abstract: "fast sparse kernels"),
            FakeTalk("Protein folding", authors: ["Ada Lovelace"], abstract: "proteins fold"),
            FakeTalk("Weather models", authors: ["Cy Twombly"], abstract: "rain and clouds"),
        ])
        let items = index.related(to: 0, limit: 5)
        #expect(items.map(\.position) == [2, 1, 3])
        #expect(items.map(\.sharedAuthors) == [1, 0, 1])
        // Talks 1 and 2 differ only in one title word, each held once: the bonus makes the difference.
        #expect(abs(items[0].score - items[1].score - RelatedModel.sharedAuthorBonus) < 1e-9)
        // Sharing an author and no word still relates, by the bonus alone.
        #expect(abs(items[2].score - RelatedModel.sharedAuthorBonus) < 1e-9)
    }

    @Test("Above the exhaustive size, the two passes find nearly all that scoring every item finds, with the same scores")
    func firstPassRecall() {
        // A corpus of few words, most of them in most items: the hardest case for the first
        // pass, which ranks by the words it reads over an estimated norm.
        let talks = RandomCorpus.talks(1_000, seed: 15)
        let index = SearchIndex(items: talks)
        #expect(index.count > RelatedModel.candidateCount)
        var wanted = 0, found = 0
        for position in stride(from: 0, to: talks.count, by: 41) {
            let fast = index.related(to: position, limit: 5)
            let exact = index.related(to: position, limit: 5, scoringEveryItem: true)
            let exactScores = Dictionary(uniqueKeysWithValues: index.related(to: position, limit: talks.count, scoringEveryItem: true)
                .map { ($0.position, $0.score) })
            for item in fast {
                #expect(abs((exactScores[item.position] ?? -1) - item.score) < 1e-9, "item \(position)")
            }
            wanted += exact.count
            found += exact.filter { item in fast.contains { $0.position == item.position } }.count
        }
        #expect(wanted > 100)
        #expect(Double(found) >= 0.9 * Double(wanted), "found \(found) of \(wanted)")
    }

    @Test("The scan strategy keeps no word lists, so it relates nothing")
    func scanStrategy() {
        #expect(SeedSearchTests.scanned.related(to: 0, limit: 5).isEmpty)
    }
}
