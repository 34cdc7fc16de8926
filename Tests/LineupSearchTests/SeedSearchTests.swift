import Foundation
import LineupImport
import LineupModel
@testable import LineupSearch
import Testing

/// The engine on the shipped seeds (Data/ at the repository root), loaded by LineupImport.
@Suite struct SeedSearchTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path
    static let schedule = ScheduleLoader(referenceYear: 2026).load([dataDirectory]).schedule
    static let index = SearchIndex(schedule: schedule)
    static let scanned = SearchIndex(schedule: schedule, strategy: .scan)

    private func titles(_ query: String) throws -> [String] {
        let parsed = try Query.parse(query, otherKinds: Self.index.otherKinds)
        let positions = Self.index.search(parsed).positions
        #expect(Self.scanned.search(parsed).positions == positions, "strategies differ on \(query)")
        return positions.map { Self.schedule.talks[$0].title }
    }

    @Test("All 115 seed items are indexed, in schedule order")
    func everything() throws {
        #expect(Self.index.count == 115)
        #expect(try titles("").count == 115)
        #expect(try titles("").first?.hasPrefix("Straight to the Gradient") == true)
    }

    @Test("jeremie finds Jérémie DONA's talk, and only it")
    func accentFoldingOnSeeds() throws {
        let found = try titles("jeremie")
        #expect(found == ["Generalizing to New Physical Systems via Context-Informed Dynamics Model"])
        let talk = try #require(Self.schedule.talks.first { $0.title == found.first })
        #expect(talk.authors.contains("Jérémie DONA"))
    }

    @Test("The abstract is searched in its display form, without its LaTeX")
    func displayAbstract() throws {
        // OCMM's abstract says "\textit{mutual information} (MI) \textit{maximization}".
        let ocmm = "Online Continual Learning through Mutual Information Maximization"
        #expect(try titles("\"mutual information (MI) maximization\"") == [ocmm])
        #expect(try titles("abstract:textit").isEmpty)
        #expect(try titles("abstract:\"{\\color\"").isEmpty)
    }

    @Test("Monarch is the one oral with an award, at 11:00 on the page's clock")
    func monarch() throws {
        let monarch = "Monarch: Expressive Structured Matrices for Efficient and Accurate Training"
        #expect(try titles("award:*") == [monarch])
        #expect(try titles("kind:oral after:11:00 before:11:01") == [monarch])
        #expect(try titles("author:\"tri dao\" room:ballroom day:2022-07-19") == [monarch])
    }

    @Test("Pointer Networks is found in both listings")
    func pointerNetworks() throws {
        #expect(try titles("title:\"pointer networks\"") == ["Pointer Networks", "Pointer Networks"])
        #expect(try titles("title:\"pointer networks\" source:dec-8").count == 1)
    }

    @Test("Typing and deleting queries over the seeds gives the fresh result at every step")
    func incrementalOnSeeds() throws {
        var session = SearchSession(index: Self.index)
        for query in ["sparse attention", "\"neural networks\" -kind:paper", "graph | spiking", "jérémie dona",
                      "learning day:thu after:13:00", "title:transformer|language kind:spotlight"] {
            let characters = Array(query)
            let prefixes = (0...characters.count).map { String(characters[..<$0]) }
            for text in prefixes + prefixes.reversed() {
                guard let fresh = try? Query.parse(text, otherKinds: Self.index.otherKinds) else {
                    #expect(throws: QueryError.self) { try session.search(text).get() }
                    continue
                }
                #expect(try session.search(text).get().positions == Self.index.search(fresh).positions, "\(text)")
            }
        }
    }

    @Test("Highlights on a seed title and author line cover the matched words")
    func highlightsOnSeeds() throws {
        let query = try Query.parse("monarch matrices dao")
        let title = "Monarch: Expressive Structured Matrices for Efficient and Accurate Training"
        #expect(query.highlightRanges(in: title, field: .title).map { String(title[$0]) } == ["Monarch", "Matrices"])
        let authors = TerminalText.sanitize("Tri Dao · Beidi Chen · Jérémie DONA")
        #expect(query.highlightRanges(in: authors, field: .authors).map { String(authors[$0]) } == ["Dao"])
    }
}
