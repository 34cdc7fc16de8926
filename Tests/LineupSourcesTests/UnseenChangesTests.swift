import Foundation
import LineupImport
import LineupModel
import LineupSources
import Testing

/// The changes a browser marks at launch: those of the versions fetched since the last
/// browser session, whoever fetched them.
@Suite struct UnseenChangesTests {
    let source = RemoteSource(name: "minicon", url: "http://127.0.0.1:9/minicon.xml")
    let context = ImportContext(fileName: "minicon", referenceYear: 2026)

    private func store(_ path: String, in scratch: SourceScratch) throws {
        try scratch.cache.store(MiniconFixture.bytes(path), validators: HTTPValidators(), for: source.url, at: Date())
    }

    private func kinds(_ changes: ScheduleChanges) -> [String: ItemChange.Kind] {
        Dictionary(uniqueKeysWithValues: changes.items.compactMap { change in
            (change.after ?? change.before).map { ($0.title, change.kind) }
        })
    }

    @Test func theFirstBrowseMarksNothingAndRecordsTheNewestVersion() throws {
        let scratch = try SourceScratch()
        try store(MiniconFixture.v1, in: scratch)
        #expect(scratch.cache.browsedVersion(for: source.url) == nil)
        let unseen = UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context)
        #expect(unseen.changes.isEmpty)
        #expect(unseen.problems.isEmpty)
        #expect(scratch.cache.browsedVersion(for: source.url) == 1)
    }

    @Test func aVersionFetchedBetweenTwoBrowsesIsMarkedOnceThenSeen() throws {
        let scratch = try SourceScratch()
        try store(MiniconFixture.v1, in: scratch)
        _ = UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context)
        try store(MiniconFixture.v2, in: scratch)  // as `lineup update` would, from the shell

        let unseen = UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context)
        #expect(kinds(unseen.changes) == ["Rust in Space": .moved, "Fading Formats": .removed, "Late Addition": .added])
        #expect(scratch.cache.browsedVersion(for: source.url) == 2)
        #expect(UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context).changes.isEmpty,
                "a third browse has nothing new to mark")
    }

    @Test func aBrowsedVersionNoLongerKeptCountsFromTheOldestKept() throws {
        let scratch = try SourceScratch()
        try store(MiniconFixture.v1, in: scratch)
        try store(MiniconFixture.v2, in: scratch)
        try scratch.cache.markBrowsed(source.url, version: 0)  // older than anything kept
        let unseen = UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context)
        #expect(unseen.changes.count == 3)
    }

    @Test func anUnreadableRecordReadsAsNeverBrowsedAndIsReplaced() throws {
        let scratch = try SourceScratch()
        try store(MiniconFixture.v1, in: scratch)
        try store(MiniconFixture.v2, in: scratch)
        let record = scratch.cache.directory(for: source.url) + "/browsed.json"
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: record))
        let unseen = UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context)
        #expect(unseen.changes.isEmpty)
        #expect(scratch.cache.browsedVersion(for: source.url) == 2)
    }

    @Test func aSourceNeverFetchedIsSkipped() throws {
        let scratch = try SourceScratch()
        let unseen = UnseenChanges.since(lastBrowse: [source], cache: scratch.cache, context: context)
        #expect(unseen.changes.isEmpty && unseen.problems.isEmpty)
        #expect(scratch.cache.browsedVersion(for: source.url) == nil)
    }
}
