import Foundation
import LineupModel
import LineupSearch

/// What one child process measures for one data size.
struct SizeReport: Codable {
    struct Latency: Codable {
        let query: String
        /// p99 target at 100,000 talks, seconds.
        let target100k: Double
        let samples: Int
        let p50: Double
        let p99: Double
        /// p99 of the CPU seconds of each keystroke (this thread's), which load inflates less.
        let cpuP99: Double
        let max: Double
        let finalCount: Int
    }

    let talks: Int
    let pages: Int
    let pageBytes: Int
    /// Seconds to read and parse the pages into a schedule (LineupImport's loader).
    let parseSeconds: Double
    let wordIndexSeconds: Double
    /// CPU seconds of the word index build (all its threads), which load inflates less than
    /// wall time.
    let wordIndexCPUSeconds: Double
    let scanIndexSeconds: Double
    let keystrokes: [Latency]
    /// Seconds to rank a result holding every talk (the `s` toggle), per try.
    let toggleSamples: [Double]
    let toggleHits: Int
    /// Seconds per related-talks call (five best) for items spread over the index.
    let relatedSamples: [Double]
    /// CPU seconds of the measuring thread per related-talks call.
    let relatedCPUSeconds: Double
    /// Related items found over all those calls (up to 5 each).
    let relatedFound: Int
    /// Peak RSS while loading (reading and parsing the pages, assembling the schedule).
    let peakDuringLoadKB: Int?
    /// RSS once loaded: the schedule itself plus allocator slack.
    let rssAfterLoadKB: Int?
    /// Peak RSS while building the indexes and typing (after the load's peak was reset).
    let peakDuringSearchKB: Int?
    /// Peak RSS of the whole process.
    let peakRSSKB: Int?
    let rssAfterIndexKB: Int?
    let indexBytes: Int
    /// `indexBytes` part by part.
    let indexParts: [IndexPart]
    let vocabularyWords: Int

    struct IndexPart: Codable {
        let name: String
        let bytes: Int
    }
}

/// Runs in a child process per size, so each peak RSS belongs to that size alone.
enum SizeMeasurement {
    static func run(pagesDirectory: String, rounds: Int) throws -> SizeReport {
        let loaded = try GeneratedData.loadSchedule(directory: pagesDirectory)
        let rssAfterLoad = Measure.procStatus("VmRSS")
        let peakDuringLoad = Measure.procStatus("VmHWM")
        let canReset = Measure.resetPeakRSS()
        let schedule = loaded.schedule
        // The browser's index and its keystrokes, measured while nothing else has been built.
        var indexSeconds = 0.0, indexCPUSeconds = 0.0, rssAfterIndex: Int?
        var indexBytes = 0, vocabulary = 0, indexParts: [SizeReport.IndexPart] = []
        var latencies: [SizeReport.Latency] = []
        var toggle: (samples: [Double], hits: Int) = ([], 0)
        var related: (samples: [Double], cpuPerCall: Double, found: Int) = ([], .nan, 0)
        do {
            // As the browser builds it: on every core (`DeferredSearch`).
            let (index, seconds, cpu) = Measure.timeWithProcessCPU {
                SearchIndex(schedule: schedule, strategy: .wordIndex, cores: ProcessInfo.processInfo.activeProcessorCount)
            }
            indexSeconds = seconds
            indexCPUSeconds = cpu
            rssAfterIndex = Measure.procStatus("VmRSS")
            indexBytes = index.memoryFootprint
            indexParts = index.memoryParts.map { SizeReport.IndexPart(name: $0.name, bytes: $0.bytes) }
            vocabulary = index.vocabularySize
            latencies = KeystrokeBench.run(index: index, rounds: rounds).map { run in
                SizeReport.Latency(query: run.run.label, target100k: run.run.target100k, samples: run.samples.count,
                                   p50: Measure.percentile(50, of: run.samples), p99: Measure.percentile(99, of: run.samples),
                                   cpuP99: Measure.percentile(99, of: run.cpuSamples),
                                   max: run.samples.max() ?? .nan, finalCount: run.finalCount)
            }
            toggle = KeystrokeBench.toggle(index: index, tries: max(rounds, 5))
            related = RelatedBench.run(index: index)
        }
        let peakDuringSearch = canReset ? Measure.procStatus("VmHWM") : nil
        let peak = [peakDuringLoad, Measure.procStatus("VmHWM")].compactMap { $0 }.max()
        // What one-shot `lineup list` builds instead, timed last so it cannot swell the peaks above.
        let scanSeconds = Measure.time { SearchIndex(schedule: schedule, strategy: .scan) }.1
        return SizeReport(
            talks: schedule.talks.count, pages: loaded.pages, pageBytes: loaded.bytes,
            parseSeconds: loaded.parseSeconds, wordIndexSeconds: indexSeconds, wordIndexCPUSeconds: indexCPUSeconds,
            scanIndexSeconds: scanSeconds,
            keystrokes: latencies, toggleSamples: toggle.samples, toggleHits: toggle.hits,
            relatedSamples: related.samples, relatedCPUSeconds: related.cpuPerCall, relatedFound: related.found, peakDuringLoadKB: peakDuringLoad, rssAfterLoadKB: rssAfterLoad,
            peakDuringSearchKB: peakDuringSearch, peakRSSKB: peak,
            rssAfterIndexKB: rssAfterIndex,
            indexBytes: indexBytes, indexParts: indexParts, vocabularyWords: vocabulary)
    }
}
