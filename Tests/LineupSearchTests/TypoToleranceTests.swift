import Foundation
import LineupImport
import LineupModel
@testable import LineupSearch
import Testing

/// Forgiving typos: near words for words no talk holds, `~word`, and their ranking.
@Suite struct TypoToleranceTests {
    static let schedule = ScheduleLoader(referenceYear: 2026).load([SeedSearchTests.dataDirectory]).schedule
    static let index = SearchIndex(schedule: schedule)
    static let scanned = SearchIndex(schedule: schedule, strategy: .scan)

    /// The result on the seeds with both strategies, which must agree; and what a session says.
    private func search(_ text: String) throws -> SearchResult {
        let query = try Query.parse(text, otherKinds: Self.index.otherKinds)
        let result = Self.index.search(query)
        let scan = Self.scanned.search(query)
        #expect(scan.positions == result.positions, "strategies differ on \(text)")
        #expect(scan.corrections == result.corrections, "strategies correct \(text) differently")
        var session = SearchSession(index: Self.index)
        let typed = try session.search(text).get()
        #expect(typed.positions == result.positions && typed.corrections == result.corrections)
        return result
    }

    private func titles(_ result: SearchResult) -> [String] { result.positions.map { Self.schedule.talks[$0].title } }

    @Test("Distances: one edit for 4 to 7 letters, two for longer words, none below 4; a beginning of a word counts")
    func distances() {
        func distance(_ a: String, _ b: String) -> Int? {
            let needle = Array(a.utf8), word = Array(b.utf8)
            return needle.withUnsafeBufferPointer { n in
                word.withUnsafeBufferPointer { TypoTolerance.prefixDistance(n, $0, limit: TypoTolerance.allowedDistance(forLength: a.count)) }
            }
        }
        #expect(TypoTolerance.allowedDistance(forLength: 3) == 0)
        #expect(TypoTolerance.allowedDistance(forLength: 4) == 1)
        #expect(TypoTolerance.allowedDistance(forLength: 7) == 1)
        #expect(TypoTolerance.allowedDistance(forLength: 8) == 2)
        #expect(distance("monach", "monarch") == 1)       // a letter left out
        #expect(distance("dnoa", "dona") == 1)            // two letters swapped
        #expect(distance("trasformer", "transformer") == 1)
        #expect(distance("tarnsfomer", "transformer") == 2)  // a swap and a letter left out
        #expect(distance("transfom", "transformers") == 1)   // the beginning "transform"
        #expect(distance("monach", "mondays") == nil)
        #expect(distance("abcd", "xycd") == nil)
    }

    @Test("monach finds Monarch and says so")
    func monarch() throws {
        let result = try search("monach")
        #expect(result.corrections.map(\.typed) == ["monach"])
        #expect(result.corrections.first?.shown.first == "monarch")
        #expect(TypoCorrection(typed: "monach", shown: ["monarch"]).description == "no talk has 'monach'; showing 'monarch'")
        #expect(titles(result).contains { $0.hasPrefix("Monarch: Expressive Structured Matrices") })
    }

    @Test("trasformer finds the transformer talks")
    func transformer() throws {
        let result = try search("trasformer")
        #expect(result.corrections.first?.typed == "trasformer")
        #expect(result.corrections.first?.shown.first == "transformer")
        let exact = try search("transformer")
        #expect(exact.corrections.isEmpty)
        // Every talk holding "transformer" is found, and the near "transformers"/"transformed" too.
        #expect(Set(exact.positions).isSubset(of: Set(result.positions)))
        #expect(!exact.positions.isEmpty)
    }

    @Test("jeremie dnoa finds Jérémie DONA's talk")
    func jeremieDona() throws {
        let result = try search("jeremie dnoa")
        #expect(result.corrections.map(\.typed) == ["dnoa"])
        #expect(result.corrections.first?.shown.first == "dona")
        #expect(titles(result) == ["Generalizing to New Physical Systems via Context-Informed Dynamics Model"])
    }

    @Test("Words held somewhere are never corrected, and short words never")
    func noCorrection() throws {
        #expect(try search("monarch").corrections.isEmpty)
        #expect(try search("xqz").corrections.isEmpty)
        #expect(try search("xqz").count == 0)
        #expect(try search("zzzzzzzz").corrections.isEmpty)  // nothing near either: no hits, no message
        #expect(try search("zzzzzzzz").count == 0)
        var session = SearchSession(index: Self.index)
        session.toleratesTypos = false
        #expect(try session.search("monach").get().count == 0)
        #expect(Self.index.search(try Query.parse("monach"), toleratingTypos: false).count == 0)
    }

    @Test("~word matches the word and near words anywhere in a query; exact hits rank above tolerant ones")
    func explicitTilde() throws {
        let talks = [
            FakeTalk("Graph Transformers", abstract: "We study transformers."),   // exact, in title and abstract
            FakeTalk("Transfomers Everywhere"),                                   // a typo in the data itself
            FakeTalk("Trnasformer Networks", abstract: "transformer"),            // exact in the abstract
            FakeTalk("Kernels"),
        ]
        for strategy in [SearchIndex.Strategy.wordIndex, .scan] {
            let index = SearchIndex(items: talks, strategy: strategy)
            let exact = index.search(try Query.parse("transformer"))
            #expect(exact.positions == [0, 2])
            let tolerant = index.search(try Query.parse("~transformer"))
            #expect(tolerant.positions == [0, 1, 2], "\(strategy)")
            #expect(tolerant.corrections.isEmpty)  // asked for: nothing to say
            // Both exact hits come first, the near-only one last.
            #expect(tolerant.ranked().last == 1, "\(strategy)")
            #expect(index.search(try Query.parse("graph ~transformer")).positions == [0])
            #expect(index.search(try Query.parse("-~transformer")).positions == [3])
        }
    }

    @Test("~ in the query language: its errors point at the tilde")
    func tildeErrors() {
        func error(_ text: String) -> QueryError? {
            do { _ = try Query.parse(text); return nil } catch { return error }
        }
        #expect(error("sparse ~") == QueryError("'~' must be followed by a word", position: 7, length: 1))
        #expect(error("~ sparse")?.position == 0)
        #expect(error("~\"sparse attention\"") == QueryError("'~' applies to a single word, not to a \"phrase\"", position: 0, length: 2))
        #expect(error("a ~title:graph") == QueryError("'~' applies to a free word, not to a field", position: 2, length: 7))
        #expect(error("~gnn") == QueryError("'~' needs a word of at least 4 letters or digits, not 'gnn'", position: 0, length: 4))
        #expect(error("~co-training")?.message == "'~' needs a word of at least 4 letters or digits, not 'co-training'")
        #expect(error("~graph|~tree") == nil)
        #expect(error("~graph | kernel") == nil)
        #expect(error("-~graph") == nil)
    }
}
