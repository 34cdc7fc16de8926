import Foundation
import LineupSources
import Testing

@Suite struct SourceListTests {
    @Test func subscriptionsAreKeptInOrderAndSurviveANewReader() throws {
        let scratch = try SourceScratch()
        let path = scratch.path + "/config/lineup/sources.json"
        let list = SourceList(path: path)
        #expect(try list.load().isEmpty)
        try list.add(Subscription(name: "31c3", url: "https://example.org/31c3.xml"))
        try list.add(Subscription(name: "fosdem", url: "https://example.org/fosdem.xml"))
        #expect(try SourceList(path: path).load().map(\.name) == ["31c3", "fosdem"])
        #expect(try list.remove("31c3")?.url == "https://example.org/31c3.xml")
        #expect(try list.remove("31c3") == nil)
        #expect(try SourceList(path: path).load() == [Subscription(name: "fosdem", url: "https://example.org/fosdem.xml")])
    }

    @Test func aNameOrURLIsSubscribedOnce() throws {
        let scratch = try SourceScratch()
        let list = SourceList(path: scratch.path + "/sources.json")
        try list.add(Subscription(name: "a", url: "https://example.org/a"))
        #expect(throws: SourceStoreError.self) { try list.add(Subscription(name: "a", url: "https://example.org/b")) }
        #expect(throws: SourceStoreError.self) { try list.add(Subscription(name: "b", url: "https://example.org/a")) }
        #expect(try list.load().count == 1)
    }

    @Test func anUnreadableListIsNeverOverwritten() throws {
        let scratch = try SourceScratch()
        let path = scratch.path + "/sources.json"
        try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
        let list = SourceList(path: path)
        #expect(throws: SourceStoreError.self) { try list.add(Subscription(name: "a", url: "https://example.org/a")) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ not json")
    }

    @Test func locationsFollowXDG() {
        let home = "/home/ada"
        #expect(SourceLocations.cacheDirectory(environment: [:], home: home) == "/home/ada/.cache/lineup")
        #expect(SourceLocations.cacheDirectory(environment: ["XDG_CACHE_HOME": "/c"], home: home) == "/c/lineup")
        #expect(SourceLocations.cacheDirectory(environment: ["XDG_CACHE_HOME": "rel"], home: home) == "/home/ada/.cache/lineup")
        #expect(SourceLocations.sourceListPath(environment: ["XDG_CONFIG_HOME": "/k"], home: home) == "/k/lineup/sources.json")
        #expect(SourceLocations.sourceListPath(environment: [:], home: home) == "/home/ada/.config/lineup/sources.json")
    }

    @Test func agesInWords() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(DataAge.text(since: now - 30, now: now) == "just now")
        #expect(DataAge.text(since: now - 12 * 60 - 5, now: now) == "12 min ago")
        #expect(DataAge.text(since: now - 3 * 3600, now: now) == "3 h ago")
        #expect(DataAge.text(since: now - 3 * 86400, now: now) == "3 days ago")
        #expect(DataAge.text(since: now + 100, now: now) == "just now")
    }

    @Test func dataURLsAreNamedAfterTheirFile() {
        #expect(RemoteSource(url: "https://fahrplan.events.ccc.de/congress/2014/Fahrplan/schedule.xml").name == "schedule.xml")
        #expect(RemoteSource(url: "https://example.org").name == "example.org")
        #expect(RemoteSource.isURL("HTTPS://x") && !RemoteSource.isURL("file:///x") && !RemoteSource.isURL("talks.json"))
    }
}
