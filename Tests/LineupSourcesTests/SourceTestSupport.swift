import Foundation
import LineupImport
import LineupSources
import LineupTestSupport

/// A scratch cache and updater for one test, removed afterwards.
final class SourceScratch {
    let path: String
    let cache: SourceCache

    init() throws {
        path = NSTemporaryDirectory() + "lineup-sources-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        cache = SourceCache(directory: path + "/cache")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func updater(_ limits: FetchLimits = FetchLimits()) -> SourceUpdater {
        SourceUpdater(cache: cache, fetcher: HTTPFetcher(limits: limits, userAgent: "Lineup/test"),
                      context: ImportContext(fileName: "minicon", referenceYear: 2026))
    }
}

/// Our own small update pair (Tests/Support/fixtures): v1 -> v2 moves "Rust in Space" from
/// Hall A 11:00 to Hall B 14:00, drops "Fading Formats" and adds "Late Addition".
enum MiniconFixture {
    static let folder = ScheduleServer.packageRoot.appendingPathComponent("Tests/Support/fixtures")
    static let v1 = folder.appendingPathComponent("minicon-v1.xml").path
    static let v2 = folder.appendingPathComponent("minicon-v2.xml").path

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
