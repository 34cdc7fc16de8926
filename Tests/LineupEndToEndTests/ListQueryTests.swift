import Foundation
import Testing

/// `lineup list QUERY`: the search engine's query language through the real binary, on the
/// shipped seeds (3 orals, 33 spotlights, 1 Q&A, 78 listed papers).
@Suite("lineup list with a query")
struct ListQueryTests {
    private func count(_ query: [String]) throws -> String {
        let result = try LineupBinary.runOnSeeds(["list", "--count"] + query)
        #expect(result.status == 0, "\(query): \(result.stderr)")
        return result.stdout
    }

    private func titles(_ arguments: [String]) throws -> [String] {
        let result = try LineupBinary.runOnSeeds(["list", "--json"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return items.compactMap { $0["title"] as? String }
    }

    @Test("Kinds, awards and sources filter the seeds to their known counts")
    func filters() throws {
        #expect(try count(["kind:oral"]) == "3\n")
        #expect(try count(["kind:spotlight"]) == "33\n")
        #expect(try count(["kind:q&a"]) == "1\n")
        #expect(try count(["kind:paper"]) == "78\n")
        #expect(try count(["kind:oral|spotlight"]) == "36\n")
        #expect(try count(["award:*"]) == "1\n")
        #expect(try titles(["award:runner"]).first?.hasPrefix("Monarch") == true)
        #expect(try count(["source:\"icml 2021\""]) == "8\n")
        #expect(try count(["source:hugging"]) == "78\n")
    }

    @Test("Exclusions work without '--' before them, and with it")
    func exclusions() throws {
        #expect(try count(["-kind:paper"]) == "37\n")
        let afterDashes = try LineupBinary.run(["list", "--count", "--data", LineupBinary.dataDirectory, "--", "-kind:paper"])
        #expect(afterDashes.stdout == "37\n")
        #expect(try count(["spiking", "-kind:spotlight"]) == (try count(["spiking", "kind:paper"])))
    }

    @Test("Days and times are read in the page's zone")
    func daysAndTimes() throws {
        #expect(try count(["day:2022-07-19"]) == "14\n")  // DL: Algorithms, Tue 19 July
        #expect(try count(["day:thu"]) == "23\n")  // Thu 22 July 2021 (8) and Thu 21 July 2022 (15)
        #expect(try count(["after:13:00"]) == "17\n")  // 17:00-17:50 PDT (8) and 13:00-13:55 PDT (9)
        #expect(try count(["before:13:00"]) == "20\n")  // the other 20 timed items; papers have no time
        #expect(try count(["after:11:00", "before:11:30", "day:tue"]) == "3\n")  // 11:00, 11:20, 11:25
    }

    @Test("Phrases, alternatives and accents follow the query language")
    func text() throws {
        #expect(try count(["title:\"pointer networks\""]) == "2\n")  // in both listings
        #expect(try count(["\"pointer networks\""]) == "3\n")  // and in one abstract
        #expect(try count(["jeremie", "|", "monarch"]) == "2\n")
        #expect(try count(["author:dona"]) == "2\n")  // Jérémie DONA and Jan Macdonald
        #expect(try count(["author:\"jeremie dona\""]) == "1\n")
        #expect(try count(["JÉRÉMIE"]) == (try count(["jeremie"])))
    }

    @Test("--sort relevance puts titles with the word first and keeps the same items")
    func relevance() throws {
        let ranked = try titles(["graph", "--sort", "relevance"])
        let scheduled = try titles(["graph"])
        #expect(Set(ranked) == Set(scheduled))
        #expect(ranked != scheduled)
        // Titles with a word starting "graph" before all others (a title holding it inside a
        // word, "Holographic", may follow abstracts full of graphs).
        let inTitle = ranked.map { title in
            title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix("graph") }
        }
        #expect(inTitle.first == true)
        #expect(inTitle == inTitle.sorted { $0 && !$1 })
        #expect(try titles(["graph", "--sort", "schedule"]) == scheduled)
    }

    @Test("A word no talk holds is answered with the nearest words, said on stderr; --exact and ~word")
    func typos() throws {
        let corrected = try LineupBinary.runOnSeeds(["list", "--json", "monach"])
        #expect(corrected.status == 0)
        #expect(corrected.stderr == "no talk has 'monach'; showing 'monarch'\n")
        #expect(corrected.stdout.contains("Monarch: Expressive Structured Matrices"))
        let exact = try LineupBinary.runOnSeeds(["list", "--exact", "monach"])
        #expect(exact.stdout == "No item matches.\n" && exact.stderr.isEmpty)
        let both = try LineupBinary.runOnSeeds(["list", "--count", "jeremie", "dnoa"])
        #expect(both.stdout == "1\n" && both.stderr == "no talk has 'dnoa'; showing 'dona'\n")
        // ~ asks for near words too, and says nothing.
        let tilde = try LineupBinary.runOnSeeds(["list", "--count", "~monarch"])
        #expect(tilde.stderr.isEmpty && Int(tilde.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 1)
        #expect(try count(["~trasformer"]) == (try count(["trasformer"])))
    }

    @Test("Relevance order holds across the parts a large schedule is searched in")
    func relevanceAcrossParts() throws {
        // 12,000 talks: enough for `lineup list` to index and search two parts at once.
        var page = "Session\n\nLarge Session\n\nModerator: Somebody\n\n"
        for i in 0..<12_000 {
            let minute = i * 5 % 1435
            let title = ["Graph Study", "Subgraph Study", "Other Study"][i % 3] + " \(i)"
            let abstract = i % 3 == 2 ? "About graph things." : "Nothing here."
            page += "Tue 19 July \(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60) - \((minute + 5) / 60):\((minute + 5) % 60 < 10 ? "0" : "")\((minute + 5) % 60) PDT\n\n"
            page += "Spotlight\n\(title)\n\nA Author\n\n\(abstract)\n\n"
        }
        let scratch = try Scratch()
        let path = try scratch.write("large.txt", Array(page.utf8))
        let run = try LineupBinary.run(["list", "--json", "graph", "--sort", "relevance", "--data", path, "--reference-year", "2026"])
        #expect(run.status == 0, "\(run.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let titles = items.compactMap { $0["title"] as? String }
        let expected = ["Graph Study", "Subgraph Study", "Other Study"].flatMap { kind in
            (0..<12_000).filter { ["Graph Study", "Subgraph Study", "Other Study"][$0 % 3] == kind }.map { "\(kind) \($0)" }
        }
        #expect(titles == expected)
        let counted = try LineupBinary.run(["list", "--count", "graph", "--data", path, "--reference-year", "2026"])
        #expect(counted.stdout == "12000\n")
    }

    @Test("A malformed query fails with status 64, its column and a caret under the fault")
    func queryErrors() throws {
        let unknown = try LineupBinary.runOnSeeds(["list", "sparse", "foo:bar"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout == "")
        #expect(unknown.stderr.contains("column 8: unknown field 'foo'"))
        #expect(unknown.stderr.contains("  sparse foo:bar\n         ^^^\n"))
        let badDay = try LineupBinary.runOnSeeds(["list", "day:2022-13-01"])
        #expect(badDay.status == 64)
        #expect(badDay.stderr.contains("day: expects a date like 2022-07-19"))
        let badKind = try LineupBinary.runOnSeeds(["list", "kind:poster"])
        #expect(badKind.status == 64)
        #expect(badKind.stderr.contains("unknown kind 'poster'; kinds are oral, spotlight, qa, paper"))
    }

    @Test("A mistyped option is an error, not a query word")
    func mistypedOption() throws {
        let result = try LineupBinary.runOnSeeds(["list", "--jsno"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("unknown option '--jsno'"))
    }
}
