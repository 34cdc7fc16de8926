import Foundation
import Testing

/// `lineup related` through the binary, on the seeds.
@Suite struct RelatedCommandTests {
    @Test("lineup related lists the twin Pointer Networks first, in a table and as JSON with scores")
    func pointerNetworks() throws {
        let items = try seedItems()
        let pointers = items.filter { $0.title == "Pointer Networks" }
        #expect(pointers.count == 2)
        let first = try #require(pointers.first), second = try #require(pointers.last)

        let table = try lineup(["related", first.id])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 6, "a header and five rows")
        #expect(lines.first?.hasPrefix("SCORE") == true)
        #expect(lines.dropFirst().first?.contains("\(second.id)") == true)
        #expect(lines.dropFirst().first?.hasPrefix("1.000") == true)

        let json = try lineup(["related", String(first.id.prefix(8)), "--json", "-n", "3"])
        #expect(json.status == 0, "\(json.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 3)
        #expect(records.first?["id"] as? String == second.id)
        let scores = records.compactMap { $0["score"] as? Double }
        #expect(scores.count == 3 && scores == scores.sorted(by: >))
        #expect(records.allSatisfy { $0["sharedAuthors"] as? Int == 0 }, "Daily Papers name no authors")
        #expect(!records.contains { $0["id"] as? String == first.id })
    }

    @Test("An unknown id and -n 0 are errors")
    func errors() throws {
        let unknown = try lineup(["related", "tzzzz"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no item has the id"))
        let zero = try lineup(["related", "t2ed1263104477a47", "-n", "0"])
        #expect(zero.status == 64)
    }
}
