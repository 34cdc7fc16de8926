import Foundation
import LineupSources
import LineupTestSupport
import Testing

/// Every way a download fails leaves the kept copy as it was, and says what happened naming
/// the URL. Each test first keeps a copy for the URL, then refreshes it against a failing route.
@Suite struct FetchFailureTests {
    /// Refreshes `path` on a server with a kept copy of minicon v1 for that URL; returns the
    /// failure after checking the copy survived.
    private func failure(at path: String, limits: FetchLimits = FetchLimits(),
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> FetchError? {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let source = RemoteSource(name: "minicon", url: server.url(path))
        let kept = try MiniconFixture.bytes(MiniconFixture.v1)
        let before = try scratch.cache.store(kept, validators: HTTPValidators(etag: "\"old\""), for: source.url,
                                             at: Date(timeIntervalSince1970: 1_000)).entry
        let report = scratch.updater(limits).refresh(source, policy: .now)
        let after = try scratch.cache.entry(for: source.url)
        #expect(after == before, "the cache entry changed", sourceLocation: sourceLocation)
        #expect(report.entry == before, sourceLocation: sourceLocation)
        if let latest = after?.latest {
            #expect(try scratch.cache.body(of: latest, for: source.url) == kept, sourceLocation: sourceLocation)
        }
        #expect(report.failure?.description.hasPrefix(source.url + ": ") == true,
                "the message names the URL: \(String(describing: report.failure))", sourceLocation: sourceLocation)
        return report.failure
    }

    @Test func serverError() throws {
        let error = try failure(at: "/status/500")
        #expect(error?.reason == .status(500))
        #expect(error?.description.contains("500") == true)
    }

    @Test func notFound() throws {
        #expect(try failure(at: "/status/404")?.reason == .status(404))
    }

    @Test func slowServerTimesOut() throws {
        let started = Date()
        let error = try failure(at: "/slow?seconds=8", limits: FetchLimits(connectTimeout: 1, downloadTimeout: 2))
        guard case .timedOut = error?.reason else {
            Issue.record("expected a timeout, got \(String(describing: error))")
            return
        }
        #expect(Date().timeIntervalSince(started) < 7)
        #expect(error?.description.contains("timed out after") == true)
    }

    @Test func bodyOverTheLimitWithContentLength() throws {
        let error = try failure(at: "/big?bytes=200000", limits: FetchLimits(sizeLimit: 100_000))
        #expect(error?.reason == .tooLarge(limit: 100_000))
    }

    @Test func bodyOverTheLimitWithoutContentLength() throws {
        let error = try failure(at: "/big?bytes=200000&length=no", limits: FetchLimits(sizeLimit: 100_000))
        #expect(error?.reason == .tooLarge(limit: 100_000))
    }

    @Test func redirectToAFileIsRefused() throws {
        let error = try failure(at: "/redirect?to=file:///etc/passwd")
        #expect(error?.reason == .redirectRefused(to: "file:///etc/passwd"))
    }

    @Test func moreThanFiveRedirectsAreRefused() throws {
        var path = "/schedule"
        for _ in 0..<6 {
            path = "/redirect?to=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path)
        }
        let error = try failure(at: path)
        #expect(error?.reason == .tooManyRedirects(limit: 5))
    }

    @Test func fiveRedirectsAreFollowed() throws {
        let scratch = try SourceScratch()
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        var path = "/schedule"
        for _ in 0..<5 {
            path = "/redirect?to=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path)
        }
        let report = scratch.updater().refresh(RemoteSource(name: "minicon", url: server.url(path)), policy: .now)
        #expect(report.failure == nil)
        #expect(report.entry?.latest?.size == (try MiniconFixture.bytes(MiniconFixture.v1)).count)
    }

    @Test func bodyThatIsNoSchedule() throws {
        let error = try failure(at: "/garbage")
        guard case .notASchedule = error?.reason else {
            Issue.record("expected a parse failure, got \(String(describing: error))")
            return
        }
    }

    @Test func nothingListening() throws {
        // A port the server held a moment ago: nothing answers there now.
        let server = try ScheduleServer(serving: MiniconFixture.v1)
        let url = server.url()
        server.stop()
        let scratch = try SourceScratch()
        let report = scratch.updater().refresh(RemoteSource(name: "minicon", url: url), policy: .now)
        guard case .network = report.failure?.reason else {
            Issue.record("expected a network failure, got \(report.outcome)")
            return
        }
        #expect(report.entry == nil)
        #expect(report.failure?.description.hasPrefix(url) == true)
    }

    @Test func onlyHTTPIsFetched() throws {
        let scratch = try SourceScratch()
        let report = scratch.updater().refresh(RemoteSource(name: "x", url: "file:///etc/passwd"), policy: .now)
        #expect(report.failure?.reason == .unsupportedScheme)
    }
}
