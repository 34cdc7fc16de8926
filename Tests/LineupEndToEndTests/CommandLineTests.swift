import Foundation
import Testing

/// The command-line contract of issue 2, checked by running the built binary.
@Suite("The lineup command line")
struct CommandLineTests {
    static let recordKeys: Set<String> = [
        "id", "title", "authors", "kind", "award", "start", "end", "timezone", "day", "session", "room", "moderator",
        "abstract", "links", "source", "published", "upvotes", "authorCount", "alsoListedIn",
        "localStart", "localEnd", "track", "language", "subtitle", "url", "sourceID", "conference", "status",
    ]

    func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test("--version prints the version and the commit the Makefile wrote, or says the commit is unknown")
    func version() throws {
        let result = try LineupBinary.run(["--version"])
        #expect(result.status == 0)
        let header = URL(fileURLWithPath: LineupBinary.dataDirectory).deletingLastPathComponent()
            .appendingPathComponent("Sources/LineupBuildInfo/commit.generated.h")
        if let line = try? String(contentsOf: header, encoding: .utf8),
           let commit = line.split(separator: "\"").dropFirst().first, !commit.isEmpty {
            #expect(result.stdout == "lineup 0.1.0 (commit \(commit))\n")
        } else {
            #expect(result.stdout == "lineup 0.1.0 (commit unknown)\n")
        }
    }

    @Test("--help names every subcommand, and each subcommand documents --data")
    func help() throws {
        let root = try LineupBinary.run(["--help"])
        #expect(root.status == 0)
        for name in ["browse", "list", "show", "import"] { #expect(root.stdout.contains(name)) }
        for name in ["browse", "list", "show", "import"] {
            let sub = try LineupBinary.run([name, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("--data <path>"))
        }
    }

    @Test("list --count counts the 115 shipped items")
    func count() throws {
        let result = try LineupBinary.runOnSeeds(["list", "--count"])
        #expect(result.status == 0)
        #expect(result.stdout == "115\n")
        #expect(result.stderr == "")
    }

    @Test("Without --data the shipped data is found through LINEUP_DATA")
    func defaultData() throws {
        let result = try LineupBinary.run(["list", "--count"], environment: ["LINEUP_DATA": LineupBinary.dataDirectory])
        #expect(result.status == 0)
        #expect(result.stdout == "115\n")
    }

    @Test("list --json prints every item with exactly the contract's keys; Monarch's values are exact")
    func json() throws {
        let result = try LineupBinary.runOnSeeds(["list", "--json"])
        #expect(result.status == 0)
        let items = try jsonArray(result.stdout)
        #expect(items.count == 115)
        #expect(items.allSatisfy { Set($0.keys) == Self.recordKeys })
        let monarch = try #require(items.first { ($0["title"] as? String)?.hasPrefix("Monarch") == true })
        #expect(monarch["kind"] as? String == "oral")
        #expect(monarch["award"] as? String == "Outstanding Paper Runner Up")
        #expect(monarch["start"] as? String == "2022-07-19T18:00:00Z")
        #expect(monarch["end"] as? String == "2022-07-19T18:20:00Z")
        #expect(monarch["timezone"] as? String == "America/Los_Angeles")
        #expect(monarch["localStart"] as? String == "2022-07-19T11:00")
        #expect(monarch["localEnd"] as? String == "2022-07-19T11:20")
        #expect(monarch["conference"] as? String == "ICML 2022")
        #expect(monarch["status"] is NSNull && monarch["track"] is NSNull && monarch["sourceID"] is NSNull)
        #expect(monarch["day"] as? String == "2022-07-19")
        #expect(monarch["room"] as? String == "Ballroom 1 & 2")
        #expect(monarch["moderator"] as? String == "Daniel Y Fu")
        #expect((monarch["authors"] as? [String])?.first == "Tri Dao")
        #expect(monarch["authorCount"] as? Int == 10)
        #expect(monarch["published"] is NSNull)
        #expect(monarch["upvotes"] is NSNull)
        #expect(monarch["source"] as? String == "icml2022-dl-algorithms.txt")
        let batchFormer = try #require(items.first { ($0["title"] as? String)?.hasPrefix("BatchFormer") == true })
        #expect(batchFormer["published"] as? String == "2022-03-03")
        #expect(batchFormer["start"] is NSNull && batchFormer["timezone"] is NSNull && batchFormer["room"] is NSNull)
        #expect(batchFormer["authorCount"] as? Int == 3)
    }

    @Test("Words match case- and accent-insensitively anywhere, and all of them must match")
    func words() throws {
        let jeremie = try jsonArray(try LineupBinary.runOnSeeds(["list", "--json", "jeremie"]).stdout)
        #expect(jeremie.count == 1)
        #expect((jeremie.first?["authors"] as? [String])?.contains("Jérémie DONA") == true)
        #expect(try LineupBinary.runOnSeeds(["list", "--count", "JÉRÉMIE", "dona"]).stdout == "1\n")
        #expect(try LineupBinary.runOnSeeds(["list", "--count", "jeremie", "monarch"]).stdout == "0\n")
        let pointer = try jsonArray(try LineupBinary.runOnSeeds(["list", "--json", "Pointer", "networks"]).stdout)
        #expect(pointer.filter { $0["title"] as? String == "Pointer Networks" }.count == 2)
        let ids = pointer.compactMap { $0["id"] as? String }
        let linked = pointer.filter { $0["title"] as? String == "Pointer Networks" }.compactMap { $0["alsoListedIn"] as? [String] }
        #expect(linked.allSatisfy { $0.count == 1 && ids.contains($0[0]) })
    }

    @Test("The plain list is a table in schedule order with a header")
    func table() throws {
        let result = try LineupBinary.runOnSeeds(["list"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 116)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines[1].contains("2021-07-22  17:00-17:20  Oral       Straight to the Gradient"))
        #expect(lines.contains { $0.contains("11:00-11:20  Oral       Monarch: Expressive Structured Matrices") })
        #expect(try LineupBinary.runOnSeeds(["list", "no-such-word-anywhere"]).stdout == "No item matches.\n")
    }

    @Test("show prints one item in full, as text or JSON; an unknown id fails with a message")
    func show() throws {
        let items = try jsonArray(try LineupBinary.runOnSeeds(["list", "--json", "monarch"]).stdout)
        let id = try #require(items.first?["id"] as? String)
        let text = try LineupBinary.runOnSeeds(["show", id])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Monarch: Expressive Structured Matrices for Efficient and Accurate Training\n"))
        #expect(text.stdout.contains("Oral · Outstanding Paper Runner Up"))
        #expect(text.stdout.contains("Moderator: Daniel Y Fu"))
        let json = try LineupBinary.runOnSeeds(["show", id, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Self.recordKeys)
        #expect(object["id"] as? String == id)
        let prefix = try LineupBinary.runOnSeeds(["show", String(id.prefix(12))])
        #expect(prefix.stdout == text.stdout)
        let missing = try LineupBinary.runOnSeeds(["show", "tnothing"])
        #expect(missing.status == 1)
        #expect(missing.stdout == "")
        #expect(missing.stderr.contains("no item has the id \"tnothing\""))
    }

    @Test("import writes a JSON schedule that reads back to the same items")
    func importRoundTrip() throws {
        let scratch = try Scratch()
        let output = scratch.path + "/schedule.json"
        let imported = try LineupBinary.run(["import", LineupBinary.dataDirectory, "--output", output, "--reference-year", "2026"])
        #expect(imported.status == 0)
        #expect(imported.stdout == "")
        #expect(imported.stderr.contains("Imported 115 items (3 oral, 33 spotlight, 1 qa, 78 paper)"))
        let fromPages = try LineupBinary.runOnSeeds(["list", "--json"])
        let fromJSON = try LineupBinary.run(["list", "--json", "--data", output])
        #expect(fromJSON.status == 0)
        #expect(fromJSON.stdout == fromPages.stdout)
        let again = try LineupBinary.run(["import", "--data", output, "--output", output])
        #expect(again.status == 0)
    }

    @Test("import refuses to replace a file that is not a Lineup schedule")
    func importProtectsOtherFiles() throws {
        let scratch = try Scratch()
        let precious = try scratch.write("bookmarks.json", Array(#"{"bookmarks": ["t1"]}"#.utf8))
        let result = try LineupBinary.run(["import", LineupBinary.dataDirectory, "--output", precious])
        #expect(result.status == 1)
        #expect(result.stderr.contains("exists and is not a Lineup schedule"))
        #expect(try String(contentsOfFile: precious, encoding: .utf8) == #"{"bookmarks": ["t1"]}"#)
    }

    @Test("Unreadable data fails with exit status 1 and a message naming the file")
    func unreadableData() throws {
        let scratch = try Scratch()
        let binary = try scratch.write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])
        let invalid = try scratch.write("latin1.txt", Array("Caf".utf8) + [0xE9, 0x0A])
        for (path, message) in [(binary, "\(binary): error: the file is binary"),
                                (invalid, "\(invalid):1: error: the file is not valid UTF-8"),
                                (scratch.path + "/missing.txt", "missing.txt: error: cannot read the file")] {
            let result = try LineupBinary.run(["list", "--count", "--data", path])
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr.contains(message))
        }
    }

    @Test("A partly broken page lists what it can, reports the line, and exits 1 on an error")
    func partlyBrokenPage() throws {
        let page = """
            Session

            Broken Session

            Moderator: Somebody

            Tue 19 July 10:00 - 10:20 XYZT

            Oral
            Unknown zone talk

            A Author · B Author

            Tue 19 July 10:20 - 10:30 PDT

            Poster
            Unknown kind talk

            C Author

            """
        let scratch = try Scratch()
        let path = try scratch.write("broken.txt", Array(page.utf8))
        let result = try LineupBinary.run(["list", "--count", "--data", path, "--reference-year", "2026"])
        #expect(result.stdout == "2\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):7: error: unknown time zone \"XYZT\""))
        #expect(result.stderr.contains("\(path):16: warning: unknown kind \"Poster\" kept as written"))
    }

    @Test("Escape sequences in a page never reach the terminal, in the table or in JSON")
    func terminalSafety() throws {
        let page = "Session\n\nEvil\n\nTue 19 July 10:00 - 10:20 PDT\n\nOral\nTitle \u{1B}]0;pwned\u{07}with \u{1B}[31mred\u{9B}2J\n\nA · B\n\nAbstract \u{202E}reversed.\n"
        let scratch = try Scratch()
        let path = try scratch.write("evil.txt", Array(page.utf8))
        for arguments in [["list"], ["list", "--json"]] {
            let result = try LineupBinary.run(arguments + ["--data", path, "--reference-year", "2026"])
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{07}" })
            #expect(result.stdout.contains("Title"))
        }
    }

    @Test("Contradictory flags are a usage error with a message")
    func usageError() throws {
        let result = try LineupBinary.runOnSeeds(["list", "--json", "--count"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--json and --count cannot be used together"))
    }
}
