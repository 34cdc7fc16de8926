import Foundation
import LineupModel
import LineupSearch

/// What one child process measures for one data size.
struct SizeReport: Codable {
    struct Latency: Codable {
        let query: String
        let samples: Int
        let p50: Double
        let p99: Double
        let max: Double
        let finalCount: Int
    }

    let talks: Int
    let pages: Int
    let pageBytes: Int
    /// Seconds to read and parse the pages into a schedule; nil when not measured.
    let parseSeconds: Double?
    let wordIndexSeconds: Double
    let scanIndexSeconds: Double
    let keystrokes: [Latency]
    let rssAfterLoadKB: Int?
    let peakRSSKB: Int?
}

/// Runs in a child process per size, so each peak RSS belongs to that size alone.
enum SizeMeasurement {
    static func run(pagesDirectory: String, rounds: Int) throws -> SizeReport {
        let loaded = try GeneratedData.loadSchedule(directory: pagesDirectory)
        let rssAfterLoad = Measure.procStatus("VmRSS")
        let schedule = loaded.schedule
        // The scan index is what one-shot `lineup list` builds; measured first and dropped.
        let scanSeconds = Measure.time { SearchIndex(schedule: schedule, strategy: .scan) }.1
        let (index, indexSeconds) = Measure.time { SearchIndex(schedule: schedule, strategy: .wordIndex) }
        let latencies = KeystrokeBench.run(index: index, rounds: rounds).map { run in
            SizeReport.Latency(query: run.query, samples: run.samples.count,
                               p50: Measure.percentile(50, of: run.samples), p99: Measure.percentile(99, of: run.samples),
                               max: run.samples.max() ?? .nan, finalCount: run.finalCount)
        }
        return SizeReport(
            talks: schedule.talks.count, pages: loaded.pages, pageBytes: loaded.bytes,
            parseSeconds: loaded.parseSeconds, wordIndexSeconds: indexSeconds, scanIndexSeconds: scanSeconds,
            keystrokes: latencies, rssAfterLoadKB: rssAfterLoad, peakRSSKB: Measure.procStatus("VmHWM"))
    }
}
