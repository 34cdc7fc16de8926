import Foundation
import LineupTestSupport
import Testing

/// `lineup sources`, `update`, `changes`, `--data URL` and `--offline` run as people run them,
/// against the tests' schedule server on 127.0.0.1, with the config, cache and bookmark files
/// in a scratch directory.
@Suite struct SourcesEndToEndTests {
    static let fixtures = BuiltProducts.packageRoot.appendingPathComponent("Tests/Support/fixtures")
    static let v1 = fixtures.appendingPathComponent("minicon-v1.xml").path
    static let v2 = fixtures.appendingPathComponent("minicon-v2.xml").path

    /// A scratch home for one test: XDG config and cache, bookmarks, no LINEUP_DATA.
    final class Home {
        let scratch: Scratch
        let environment: [String: String]

        init() throws {
            scratch = try Scratch()
            environment = ["XDG_CONFIG_HOME": scratch.path + "/config", "XDG_CACHE_HOME": scratch.path + "/cache",
                           "LINEUP_BOOKMARKS": scratch.path + "/bookmarks.json", "HOME": scratch.path]
        }

        func run(_ arguments: String...) throws -> LineupBinary.Result {
            try LineupBinary.run(arguments, environment: environment)
        }

        func run(_ arguments: [String], extra: [String: String] = [:]) throws -> LineupBinary.Result {
            try LineupBinary.run(arguments, environment: environment.merging(extra) { $1 })
        }
    }

    @Test func subscribedSourcesSurviveARestartAndListTheirAge() throws {
        let home = try Home()
        let server = try ScheduleServer(serving: Self.v1)
        let added = try home.run("sources", "add", server.url(), "--name", "minicon")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Subscribed to minicon (\(server.url()))"))
        #expect(added.stdout.contains("Fetched version 1"))
        let listed = try home.run("sources", "list")
        #expect(listed.stdout == "minicon  \(server.url())  updated just now, version 1 of 1 kept\n")
        // Plain lineup (here `list`) opens the subscribed source, from the cache: it is fresh.
        let count = try home.run("list", "--count")
        #expect(count.stdout == "3\n", "\(count.stderr)")
        #expect(server.requests().count == 1)
        #expect(try home.run("sources", "remove", "minicon").status == 0)
        #expect(try home.run("sources", "list").stdout.hasPrefix("No sources"))
    }

    @Test func offlineMakesNoRequest() throws {
        let home = try Home()
        let server = try ScheduleServer(serving: Self.v1)
        #expect(try home.run("sources", "add", server.url(), "--name", "minicon", "--offline").status == 0)
        let none = try home.run("list", "--count", "--offline")
        #expect(none.status == 1)
        #expect(none.stderr.contains("\(server.url()): error: no copy is kept (--offline fetches nothing)"))
        #expect(server.requests().isEmpty)
        #expect(try home.run("update").status == 0)
        #expect(server.requests().count == 1)
        let offline = try home.run("list", "--count", "--offline", "--refresh-after", "0s")
        #expect(offline.stdout == "3\n")
        #expect(server.requests().count == 1)
        // Without --offline a stale copy is checked: a conditional GET answered 304.
        let checked = try home.run("list", "--count", "--refresh-after", "0s")
        #expect(checked.stdout == "3\n")
        #expect(server.requests().count == 2)
        #expect(server.requests().last?.split(separator: " ")[2].hasPrefix("\"") == true)
    }

    @Test func dataURLWorksWhereAPathDoes() throws {
        let home = try Home()
        let server = try ScheduleServer(serving: Self.v1)
        let shown = try home.run("list", "--data", server.url(), "Rust")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Rust in Space"))
        #expect(!shown.stdout.contains("Opening"))
    }

    @Test func updateThenChangesOnOurOwnPair() throws {
        let home = try Home()
        let server = try ScheduleServer(serving: Self.v1)
        #expect(try home.run("sources", "add", server.url(), "--name", "minicon").status == 0)
        try server.serve(Self.v2)
        let update = try home.run("update")
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.hasPrefix("minicon: version 2, 3 changes: 1 added, 1 removed, 1 moved"))
        let again = try home.run("update")
        #expect(again.stdout == "minicon: unchanged (version 2)\n")

        let json = try home.run("changes", "--json")
        #expect(json.status == 0, "\(json.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let byTitle = Dictionary(uniqueKeysWithValues: records.compactMap { record in
            (record["title"] as? String).map { ($0, record) }
        })
        #expect(byTitle["Late Addition"]?["change"] as? String == "added")
        #expect(byTitle["Fading Formats"]?["change"] as? String == "removed")
        let moved = try #require(byTitle["Rust in Space"])
        #expect(moved["change"] as? String == "moved")
        #expect((moved["before"] as? [String: Any])?["room"] as? String == "Hall A")
        #expect((moved["after"] as? [String: Any])?["room"] as? String == "Hall B")
        #expect(records.count == 3)

        // The removed talk is kept, cancelled; the text form names the versions.
        let listed = try home.run("list")
        #expect(listed.stdout.contains("Fading Formats"))
        let text = try home.run("changes", "minicon", "--since", "1")
        #expect(text.stdout.hasPrefix("minicon: version 1 -> 2"))
    }

    @Test func failedUpdatesKeepTheCopyAndNameTheURL() throws {
        let home = try Home()
        let server = try ScheduleServer(serving: Self.v1)
        #expect(try home.run("sources", "add", server.url(), "--name", "minicon").status == 0)
        let garbage = home.scratch.path + "/garbage.xml"
        try "<schedule><day".write(toFile: garbage, atomically: true, encoding: .utf8)
        try server.serve(garbage)
        let update = try home.run("update")
        #expect(update.status == 1)
        #expect(update.stderr.contains("Error: \(server.url()): not a schedule Lineup can read"))
        #expect(update.stderr.contains("is kept"))
        let listed = try home.run("list", "--count", "--refresh-after", "0s")
        #expect(listed.stdout == "3\n")
        #expect(listed.stderr.contains("\(server.url()): warning:"))

        // Past the size limit (set small through the environment): refused, the copy kept.
        try server.serve(Self.v2)
        let large = try home.run(["update"], extra: ["LINEUP_SIZE_LIMIT": "100"])
        #expect(large.status == 1)
        #expect(large.stderr.contains("\(server.url()): the download is larger than the limit of 100 bytes"))
        #expect(try home.run("list", "--count", "--offline").stdout == "3\n")
    }

    /// The real 31C3 update pair, served one after the other.
    @Test(.enabled(if: BuiltProducts.sharedFixture("frab-xml/31c3-v1.3.xml") != nil,
                   "no ../shared/fixtures/frab-xml (the shared fixtures are not in this checkout)"))
    func realUpdateOf31C3() throws {
        let old = try #require(BuiltProducts.sharedFixture("frab-xml/31c3-v1.3.xml"))
        let new = try #require(BuiltProducts.sharedFixture("frab-xml/31c3-v1.4.xml"))
        let home = try Home()
        let server = try ScheduleServer(serving: old.path)
        #expect(try home.run("sources", "add", server.url("/schedule.xml"), "--name", "31c3").status == 0)
        try server.serve(new.path)
        let update = try home.run("update", "31c3")
        #expect(update.stdout.hasPrefix("31c3: version 2, 11 changes: 3 added, 1 removed, 1 moved, 4 speakers, 2 other"),
                "\(update.stdout)\(update.stderr)")
        let json = try home.run("changes", "--json")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let numbers = try Self.eventNumbersByTitle([old, new])
        var byKind: [String: [String]] = [:]
        for record in records {
            let title = record["title"] as? String ?? ""
            byKind[record["change"] as? String ?? "", default: []].append(numbers[title] ?? "no id for \(title)")
        }
        #expect(byKind.mapValues { $0.sorted() } == [
            "added": ["6602", "6606", "6607"], "removed": ["6365"], "moved": ["6397"],
            "speakers": ["6180", "6226", "6291", "6597"], "other": ["5960", "6148"],
        ])
        let moved = try #require(records.first { $0["change"] as? String == "moved" })
        #expect((moved["before"] as? [String: Any])?["room"] as? String == "Saal 6")
        #expect((moved["after"] as? [String: Any])?["room"] as? String == "Saal 2")
    }

    /// Title -> frab event id, from the files' `<event … id='N'>` and `<title>` lines.
    static func eventNumbersByTitle(_ files: [URL]) throws -> [String: String] {
        var numbers: [String: String] = [:]
        for file in files {
            var current: String?
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                if line.hasPrefix("<event guid='") {
                    let parts = line.split(separator: "'")
                    current = parts.count >= 4 ? String(parts[3]) : nil
                } else if line.hasPrefix("<title>"), let id = current {
                    let title = line.dropFirst("<title>".count).replacingOccurrences(of: "</title>", with: "")
                        .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                        .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&#39;", with: "'")
                    numbers[title] = id
                    current = nil
                }
            }
        }
        return numbers
    }
}
