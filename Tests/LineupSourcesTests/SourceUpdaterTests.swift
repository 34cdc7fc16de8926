import Foundation
import LineupSources
import LineupTestSupport
import Testing

/// Refreshing a source from the tests' server on 127.0.0.1: what is stored, what is sent, and
/// that no failure ever touches the copy kept before.
@Suite struct SourceUpdaterTests {
    @Test func firstDownloadKeepsTheBodyWithItsETagAndLastModified() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url())
        let report = scratch.updater().refresh(source, policy: .ifOlderThan(3600))
        guard case .newVersion(let version) = report.outcome else {
            Issue.record("expected a new version, got \(report.outcome)")
            return
        }
        #expect(version.number == 1)
        let entry = try #require(try scratch.cache.entry(for: source.url))
        #expect(entry.validators.etag?.hasPrefix("\"") == true)
        #expect(entry.validators.lastModified?.hasSuffix("GMT") == true)
        #expect(try scratch.cache.body(of: version, for: source.url) == MiniconFixture.bytes(MiniconFixture.v1))
        #expect(server.requests().count == 1)
        #expect(server.requests().first?.hasSuffix("Lineup/test") == true)  // the user agent
    }

    @Test func unchangedBodyAnswers304ToIfNoneMatch() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url())
        let updater = scratch.updater()
        let first = updater.refresh(source, policy: .now, now: Date(timeIntervalSince1970: 1_000))
        let etag = try #require(first.entry?.validators.etag)
        let second = updater.refresh(source, policy: .now, now: Date(timeIntervalSince1970: 2_000))
        #expect(second.outcome == .unchanged)
        #expect(second.entry?.versions.count == 1)
        #expect(second.entry?.checkedAt == Date(timeIntervalSince1970: 2_000))
        let fields = try #require(server.requests().last).split(separator: " ")
        #expect(fields[2] == etag)
    }

    @Test func unchangedBodyAnswers304ToIfModifiedSince() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url())
        let lastModified = try #require(scratch.updater().refresh(source, policy: .now).entry?.validators.lastModified)
        // A copy kept with only a Last-Modified (some servers send no ETag).
        try scratch.cache.store(MiniconFixture.bytes(MiniconFixture.v1),
                                validators: HTTPValidators(lastModified: lastModified), for: source.url, at: Date())
        let report = scratch.updater().refresh(source, policy: .now)
        #expect(report.outcome == .unchanged)
        let fields = try #require(server.requests().last).split(separator: " ")
        #expect(fields[2] == "-")
        #expect(fields[3] == lastModified.replacingOccurrences(of: " ", with: "_"))
    }

    @Test func aNewVersionIsKeptBesideTheOldOne() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url())
        let updater = scratch.updater()
        _ = updater.refresh(source, policy: .now)
        try server.serve(MiniconFixture.v2)
        let report = updater.refresh(source, policy: .now)
        guard case .newVersion(let version) = report.outcome else {
            Issue.record("expected a new version, got \(report.outcome)")
            return
        }
        #expect(version.number == 2)
        let entry = try #require(report.entry)
        #expect(entry.versions.map(\.number) == [1, 2])
        #expect(try scratch.cache.body(of: entry.versions[0], for: source.url) == MiniconFixture.bytes(MiniconFixture.v1))
        #expect(try scratch.cache.body(of: entry.versions[1], for: source.url) == MiniconFixture.bytes(MiniconFixture.v2))
    }

    @Test func gzipBodiesArriveUncompressed() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url("/gzip"))
        let report = scratch.updater().refresh(source, policy: .now)
        let version = try #require(report.entry?.latest)
        #expect(report.failure == nil)
        #expect(try scratch.cache.body(of: version, for: source.url) == MiniconFixture.bytes(MiniconFixture.v1))
    }

    @Test func aRecentCopyIsNotCheckedAndOfflineNeverAsks() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url())
        let updater = scratch.updater()
        let start = Date(timeIntervalSince1970: 10_000)
        _ = updater.refresh(source, policy: .ifOlderThan(3600), now: start)
        #expect(updater.refresh(source, policy: .ifOlderThan(3600), now: start + 3599).outcome == .notChecked)
        #expect(updater.refresh(source, policy: .offline, now: start + 99_999).outcome == .notChecked)
        #expect(server.requests().count == 1)
        #expect(updater.refresh(source, policy: .ifOlderThan(3600), now: start + 3600).outcome == .unchanged)
        #expect(server.requests().count == 2)
    }

    @Test func theLastTwentyVersionsAreKept() throws {
        let scratch = try SourceScratch()
        let url = "http://127.0.0.1:1/schedule"
        for number in 1...22 {
            try scratch.cache.store(Array("body \(number)".utf8), validators: HTTPValidators(), for: url,
                                    at: Date(timeIntervalSince1970: Double(number)))
        }
        let entry = try #require(try scratch.cache.entry(for: url))
        #expect(entry.versions.map(\.number) == Array(3...22))
        #expect(try scratch.cache.body(of: entry.versions[0], for: url) == Array("body 3".utf8))
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.cache.directory(for: url))
        #expect(!files.contains("v1.body") && !files.contains("v2.body") && files.contains("v22.body"))
        #expect(entry.version(currentAt: Date(timeIntervalSince1970: 5.5))?.number == 5)
    }
}
