import Foundation

/// The whole benchmark: data sets, per-size measurements in child processes, the side-by-side
/// run against fzf and grep, and the report with targets.
struct BenchRun {
    struct Options {
        let lineup: String
        let work: String
        let sizes: [Int]
        let rounds: Int
        let runs: Int
        /// The shared fixtures (real conference files), for the known-item benchmark.
        let fixtures: String
    }

    let options: Options

    /// The issue's targets.
    enum Target {
        static let parseSeconds100k = 1.0
        static let keystrokeP99At10k = 0.0005
        static let keystrokeP99At100k = 0.005
        static let indexSeconds100k = 1.0
        static let peakRSSKB100k = 300 * 1024
        static let listSeconds100k = 1.0
        static let listOverFzf = 0.5
        static let firstFrameSeconds = 0.1
        static let toggleSeconds100k = 0.016
        static let broadShare = 0.8
        static let relatedSeconds100k = 0.020
        static let nextSeconds = 0.05
    }

    /// Returns false when a correctness check failed (lineup's count differs from fzf's).
    func run() throws -> Bool {
        print("lineup-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, data under \(options.work)")
        var reports: [SizeReport] = []
        for size in options.sizes {
            let root = options.work + "/talks-\(size)"
            let generation = try ChildProcess(executable: "/proc/self/exe", arguments: ["generate", root, String(size)]).run()
            guard generation.status == 0 else {
                throw BenchError("generating \(size) talks failed: \(generation.errorOutput)")
            }
            print("data set of \(size) talks ready in \(format(generation.seconds, "s"))")
            reports.append(try measure(root: root))
        }
        printSizes(reports)
        let formatsOK = try FormatBench.run(work: options.work, runs: options.runs)
        try KnownItemBench.run(fixtures: options.fixtures)
        try printFirstFrame()
        try printNext()
        guard let largest = options.sizes.max() else { return formatsOK }
        return try sideBySide(root: options.work + "/talks-\(largest)", talks: largest) && formatsOK
    }

    private func measure(root: String) throws -> SizeReport {
        let child = ChildProcess(executable: "/proc/self/exe", arguments: ["measure", root, String(options.rounds)])
        let outcome = try child.run()
        guard outcome.status == 0 else {
            throw BenchError("measurement of \(root) failed (\(outcome.status)): \(outcome.errorOutput)")
        }
        return try JSONDecoder().decode(SizeReport.self, from: Data(outcome.output.utf8))
    }

    /// Launch to first frame on the shipped Data/ (run from the checkout, as `make bench` is).
    private func printFirstFrame() throws {
        let samples = try FirstFrameBench.run(lineup: options.lineup, runs: 15)
        let median = Measure.percentile(50, of: samples)
        print("")
        print("== first frame on the shipped Data/ (launch to its last byte, pty 160x45, \(samples.count) launches)")
        print("  lineup                          median \(format(median * 1000, "ms")), min \(format((samples.min() ?? .nan) * 1000, "ms")), max \(format((samples.max() ?? .nan) * 1000, "ms"))  \(verdictLine(median < Target.firstFrameSeconds, "< 100 ms"))")
    }

    /// `lineup next` on the shipped Data/, as a status bar runs it (`NextBench`).
    func printNext() throws {
        let samples = try NextBench.run(lineup: options.lineup, work: options.work, runs: 20)
        let median = Measure.percentile(50, of: samples)
        print("")
        print("== lineup next on the shipped Data/ (whole process, LINEUP_NOW=\(NextBench.now), \(samples.count) runs)")
        print("  lineup next --format '{minutes} {title}'  median \(format(median * 1000, "ms")), max \(format((samples.max() ?? .nan) * 1000, "ms"))  \(verdictLine(median < Target.nextSeconds, "< 50 ms"))")
        let floor = try NextBench.floor(lineup: options.lineup, runs: samples.count)
        print("  lineup --version (starting a process)      median \(format(Measure.percentile(50, of: floor) * 1000, "ms")), max \(format((floor.max() ?? .nan) * 1000, "ms"))")
    }

    // MARK: Report

    private func printSizes(_ reports: [SizeReport]) {
        print("")
        for report in reports {
            let label = "\(report.talks / 1000)k talks"
            print("== \(label): \(report.pages) pages, \(format(Double(report.pageBytes) / 1e6, "MB"))")
            let parse = report.parseSeconds
            let rate = Double(report.pageBytes) / 1e6 / parse
            let parseVerdict = report.talks >= 100_000 ? verdictLine(parse <= Target.parseSeconds100k, "< 1 s at 100k") : ""
            print("  page parsing (ScheduleLoader)   \(format(parse, "s")), \(format(rate, "MB/s"))  \(parseVerdict)")
            let indexVerdict = report.talks >= 100_000 ? verdictLine(report.wordIndexSeconds <= Target.indexSeconds100k, "<= 1 s at 100k") : ""
            print("  index build (word index)        \(format(report.wordIndexSeconds, "s")) (CPU of all threads \(format(report.wordIndexCPUSeconds, "s")))  \(indexVerdict)")
            print("  index build (scan, for list)    \(format(report.scanIndexSeconds, "s"))")
            for latency in report.keystrokes {
                let limit = report.talks >= 100_000 ? latency.target100k : Target.keystrokeP99At10k
                let name = "keystroke \(latency.query)".padding(toLength: 44, withPad: " ", startingAt: 0)
                let share = Double(latency.finalCount) / Double(max(report.talks, 1))
                let figures = "p50 \(format(latency.p50 * 1000, "ms")), p99 \(format(latency.p99 * 1000, "ms")) (CPU \(format(latency.cpuP99 * 1000, "ms"))), max \(format(latency.max * 1000, "ms")) (\(latency.samples) keystrokes, \(latency.finalCount) hits, \(Int(share * 100))%)"
                var verdict = verdictLine(latency.p99 <= limit, "p99 <= \(format(limit * 1000, "ms"))")
                if latency.query.hasSuffix("broad)") {
                    verdict += "; broad (>= 80% match): \(share >= Target.broadShare ? "yes" : "NO")"
                }
                print("  \(name)\(figures)  \(verdict)")
            }
            if !report.toggleSamples.isEmpty {
                let median = Measure.median(report.toggleSamples)
                let verdict = report.talks >= 100_000 ? verdictLine(median <= Target.toggleSeconds100k, "<= 16 ms at 100k") : ""
                print("  s with every talk shown (rank \(report.toggleHits) hits, whole order)  median \(format(median * 1000, "ms")), max \(format((report.toggleSamples.max() ?? .nan) * 1000, "ms")) (\(report.toggleSamples.count) tries)  \(verdict)")
            }
            if !report.relatedSamples.isEmpty {
                let samples = report.relatedSamples
                let p99 = Measure.percentile(99, of: samples)
                let verdict = report.talks >= 100_000 ? verdictLine(p99 <= Target.relatedSeconds100k, "p99 <= 20 ms at 100k") : ""
                print("  related talks (5 best, \(samples.count) items)    p50 \(format(Measure.median(samples) * 1000, "ms")), p99 \(format(p99 * 1000, "ms")), max \(format((samples.max() ?? .nan) * 1000, "ms")), CPU \(format(report.relatedCPUSeconds * 1000, "ms")) a call (\(report.relatedFound) found)  \(verdict)")
            }
            func megabytes(_ kilobytes: Int?) -> String { format(kilobytes.map { Double($0) / 1024 } ?? .nan, "MB") }
            let rssVerdict = report.talks >= 100_000 ? verdictLine((report.peakRSSKB ?? .max) <= Target.peakRSSKB100k, "<= 300 MB at 100k") : ""
            print("  index size                      \(format(Double(report.indexBytes) / 1e6, "MB")), \(report.vocabularyWords) distinct words")
            print("    " + report.indexParts.filter { $0.bytes >= 500_000 }
                .map { "\($0.name) \(format(Double($0.bytes) / 1e6, "MB"))" }.joined(separator: ", "))
            print("  peak RSS (VmHWM)                \(megabytes(report.peakRSSKB))  \(rssVerdict)")
            print("    peak while loading \(megabytes(report.peakDuringLoadKB)), RSS once loaded \(megabytes(report.rssAfterLoadKB)), after the index build \(megabytes(report.rssAfterIndexKB)), peak while indexing and typing \(megabytes(report.peakDuringSearchKB))")
        }
    }

    private func verdictLine(_ pass: Bool, _ target: String) -> String {
        "target \(target): \(pass ? "PASS" : "MISS")"
    }

    func format(_ value: Double, _ unit: String) -> String {
        guard value.isFinite else { return "n/a" }
        let digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3
        return String(format: "%.\(digits)f %@", value, unit)
    }

    // MARK: Side by side

    /// `lineup list sparse attention --count` against `fzf -e --filter` and `grep` on the same
    /// talks; the best of `runs` wall times (median also shown) and peak RSS of each.
    private func sideBySide(root: String, talks: Int) throws -> Bool {
        let paths = GeneratedData.Paths(root: root)
        print("\n== one-shot search over \(talks / 1000)k talks (whole process, median of \(options.runs) runs)")
        let lineup = ChildProcess(executable: options.lineup,
                                  arguments: ["list", "sparse", "attention", "--count", "--data", paths.pages])
        let fzf = ChildProcess(executable: "fzf", arguments: ["-e", "--filter", "sparse attention"],
                               standardInput: paths.lines)
        let grep = ChildProcess(executable: "grep",
                                arguments: ["-ciE", "sparse.*attention|attention.*sparse", paths.lines])
        let lineupRuns = try (0..<options.runs).map { _ in try lineup.run() }
        let fzfRuns = try (0..<options.runs).map { _ in try fzf.run() }
        let grepRuns = try (0..<options.runs).map { _ in try grep.run() }
        for (name, runs) in [("lineup", lineupRuns), ("fzf", fzfRuns), ("grep", grepRuns)] where runs.contains(where: { $0.status != 0 && !(name == "grep" && $0.status == 1) }) {
            print("  \(name) failed: \(runs.first { $0.status != 0 }!.errorOutput)")
            print("FAIL: the side-by-side comparison could not run")
            return false
        }
        let lineupCount = Int(lineupRuns[0].output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        let fzfCount = fzfRuns[0].output.split(separator: "\n", omittingEmptySubsequences: true).count
        let grepCount = Int(grepRuns[0].output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        let lineupSeconds = Measure.median(lineupRuns.map(\.seconds))
        let fzfSeconds = Measure.median(fzfRuns.map(\.seconds))
        let grepSeconds = Measure.median(grepRuns.map(\.seconds))
        func row(_ name: String, _ runs: [ChildProcess.Outcome], _ count: Int, _ what: String) {
            let seconds = Measure.median(runs.map(\.seconds))
            let peak = Double(runs.map(\.peakRSSKB).max() ?? 0) / 1024
            print("  \(name.padding(toLength: 52, withPad: " ", startingAt: 0))\(format(seconds, "s")), \(format(peak, "MB")) peak RSS, \(what) \(count)")
        }
        row("lineup list sparse attention --count --data DIR", lineupRuns, lineupCount, "count")
        row("fzf -e --filter \"sparse attention\" < talks.txt", fzfRuns, fzfCount, "lines")
        row("grep -ciE 'sparse.*attention|attention.*sparse'", grepRuns, grepCount, "lines")
        let ratio = lineupSeconds / fzfSeconds
        print("  ratio lineup/fzf \(String(format: "%.2f", ratio))  \(verdictLine(ratio <= Target.listOverFzf, "<= 0.5x fzf"))")
        print("  lineup one-shot \(format(lineupSeconds, "s"))  \(verdictLine(lineupSeconds <= Target.listSeconds100k, "<= 1 s at 100k"))")
        print("  grep as the floor: lineup is \(String(format: "%.1f", lineupSeconds / grepSeconds))x grep")
        guard lineupCount == fzfCount, lineupCount >= 0 else {
            print("FAIL: lineup counted \(lineupCount) talks but fzf kept \(fzfCount) lines")
            return false
        }
        print("  check: lineup's count \(lineupCount) equals fzf's line count \(fzfCount): OK")
        return true
    }
}
