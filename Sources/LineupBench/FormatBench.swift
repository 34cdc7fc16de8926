import Foundation
import LineupImport
import LineupModel

/// Parsing speed and memory of the schedule formats on generated files (targets: at least
/// 100 MB/s and a peak RSS under 3x the file's size). Each parse runs in a child process so
/// its peak RSS is its own.
enum FormatBench {
    static let eventCount = 100_000
    static let megabytesPerSecondTarget = 100.0
    static let rssOverFileTarget = 3.0

    /// What a child reports for one parse.
    struct ParseReport: Codable {
        var items: Int
        var bytes: Int
        var seconds: Double
        /// Processor time (user + system) of the parse: what the machine's load does not inflate.
        var cpuSeconds: Double
        /// Peak resident set of the whole child (VmHWM), and its resident set before reading.
        var peakRSSKB: Int
        var baselineRSSKB: Int
    }

    /// (internal) `lineup-bench parse FILE`: reads and imports one file, prints a ParseReport.
    static func parseChild(path: String) throws -> ParseReport {
        let baseline = Measure.procStatus("VmRSS") ?? 0
        Measure.resetPeakRSS()
        let cpuBefore = processorSeconds()
        // As lineup reads a file (in pieces, when large): reading is part of the time.
        let (imported, seconds) = Measure.time {
            var buffer: [UInt8] = []
            return ScheduleImporter.importFile(atPath: path, name: path, context: ImportContext(fileName: "bench"), buffer: &buffer)
        }
        let cpuSeconds = processorSeconds() - cpuBefore
        guard imported.failure == nil else { throw BenchError("\(path) did not import: \(imported.diagnostics.prefix(3))") }
        let items = imported.fragments.reduce(0) { $0 + $1.talks.count }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return ParseReport(items: items, bytes: size, seconds: seconds, cpuSeconds: cpuSeconds,
                           peakRSSKB: Measure.procStatus("VmHWM") ?? 0, baselineRSSKB: baseline)
    }

    /// User plus system time of this process so far, in seconds.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Generates the files (once per generator version) and prints one line per format.
    /// Returns false when a file gave the wrong number of items.
    static func run(work: String, runs: Int) throws -> Bool {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        print("")
        print("== parsing generated schedules (\(eventCount) events; median of \(runs) runs, each in a child process)")
        var ok = true
        let path = work + "/events-\(eventCount).ics"
        if !FileManager.default.fileExists(atPath: path) {
            let generation = try ChildProcess(executable: "/proc/self/exe", arguments: ["generate-ics", path, String(eventCount)]).run()
            guard generation.status == 0 else { throw BenchError("generating \(path) failed: \(generation.errorOutput)") }
        }
        ok = try report(name: "iCalendar (.ics)", path: path, runs: runs) && ok
        for (name, shape, suffix) in [("frab XML", "xml", "xml"), ("frab JSON", "json", "frab.json")] {
            let frab = work + "/events-\(eventCount).\(suffix)"
            if !FileManager.default.fileExists(atPath: frab) {
                let generation = try ChildProcess(executable: "/proc/self/exe",
                                                  arguments: ["generate-frab", shape, frab, String(eventCount)]).run()
                guard generation.status == 0 else { throw BenchError("generating \(frab) failed: \(generation.errorOutput)") }
            }
            ok = try report(name: name, path: frab, runs: runs) && ok
        }
        return ok
    }

    private static func report(name: String, path: String, runs: Int) throws -> Bool {
        var reports: [ParseReport] = []
        for _ in 0..<runs {
            let outcome = try ChildProcess(executable: "/proc/self/exe", arguments: ["parse", path]).run()
            guard outcome.status == 0 else { throw BenchError("parsing \(path) failed: \(outcome.errorOutput)") }
            reports.append(try JSONDecoder().decode(ParseReport.self, from: Data(outcome.output.utf8)))
        }
        guard let first = reports.first else { return true }
        let seconds = Measure.median(reports.map(\.seconds))
        let megabytes = Double(first.bytes) / 1_000_000
        let rate = megabytes / seconds
        let cpu = Measure.median(reports.map(\.cpuSeconds))
        let cpuRate = megabytes / cpu
        let peak = reports.map(\.peakRSSKB).max() ?? 0
        let baseline = reports.map(\.baselineRSSKB).min() ?? 0
        let ratio = Double(peak) * 1024 / Double(first.bytes)
        let growth = Double(peak - baseline) * 1024 / Double(first.bytes)
        let counted = first.items == eventCount
        func mb(_ kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }
        print(String(format: "  %-18@ %6.1f MB file, %d items%@", name as NSString, megabytes, first.items,
                     counted ? "" : " (expected \(eventCount): WRONG)"))
        print(String(format: "    parse            %.3f s wall = %.0f MB/s; %.3f s processor time = %.0f MB/s  %@", seconds, rate,
                     cpu, cpuRate, max(rate, cpuRate) >= megabytesPerSecondTarget
                        ? (rate >= megabytesPerSecondTarget ? "ok (target >= 100 MB/s)" : "ok by processor time only (target >= 100 MB/s; the machine is loaded)")
                        : "MISSED (target >= 100 MB/s)"))
        print(String(format: "    peak RSS         %@ = %.2fx the file (%@ above the %@ the process had before reading: %.2fx)  %@",
                     mb(peak), ratio, mb(peak - baseline), mb(baseline), growth,
                     ratio < rssOverFileTarget ? "ok (target < 3x)" : "MISSED (target < 3x)"))
        return counted
    }
}
