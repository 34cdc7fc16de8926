import Foundation
import LineupModel
import LineupSearch

/// Per-keystroke latency: a query typed letter by letter into a `SearchSession`, then deleted
/// letter by letter, the way the browser's search box drives the engine. Each sample is one
/// `search` call including the result's position list (and, for a ranked run, its relevance
/// order, as the browser computes it while its `s` toggle is on).
enum KeystrokeBench {
    struct Run {
        /// The 12-character query typed.
        let text: String
        /// Whether each keystroke also ranks the hits.
        let ranked: Bool
        /// What the line is called in the report.
        let label: String
        /// The p99 target in seconds at 100,000 talks.
        let target100k: Double
    }

    /// The runs: the issue's selective query, unranked and ranked; an open phrase (which must
    /// read candidates' text); a broad ranked query, whose words each match most talks (a
    /// common word, then two letters); a misspelt word, answered with the nearest words from
    /// its eighth letter on; and a common-word extra. LINEUP_BENCH_QUERIES="a|b"
    /// types other queries instead (ranked when LINEUP_BENCH_RANKED=1).
    static let runs: [Run] = ProcessInfo.processInfo.environment["LINEUP_BENCH_QUERIES"]
        .map { $0.split(separator: "|").map { Run(text: String($0), ranked: rankedExtras, label: String($0), target100k: 0.005) } }
        ?? [
            Run(text: "sparse atten", ranked: false, label: "sparse atten", target100k: 0.005),
            Run(text: "sparse atten", ranked: true, label: "sparse atten (ranked)", target100k: 0.005),
            Run(text: "\"sparse atte", ranked: false, label: "\"sparse atte (open phrase)", target100k: 0.005),
            Run(text: broadQuery, ranked: true, label: "\(broadQuery) (ranked, broad)", target100k: 0.010),
            Run(text: "transfomers", ranked: true, label: "transfomers (ranked, a typo)", target100k: 0.005),
            Run(text: "graph neural", ranked: false, label: "graph neural (extra)", target100k: 0.005),
        ]

    /// Each of its words matches at least 80% of the generated talks ("the" is in nearly
    /// every abstract, "our" in most; "an" in "an", "and", "analysis", ...).
    static let broadQuery = "the our an"

    static let rankedExtras = ProcessInfo.processInfo.environment["LINEUP_BENCH_RANKED"] == "1"

    /// LINEUP_BENCH_TRACE=1 prints every keystroke's time (wall and CPU) to stderr.
    static let trace = ProcessInfo.processInfo.environment["LINEUP_BENCH_TRACE"] != nil

    /// Latency samples in seconds per run (wall and this thread's CPU), over `rounds` fresh sessions.
    static func run(index: SearchIndex, rounds: Int) -> [(run: Run, samples: [Double], cpuSamples: [Double], finalCount: Int)] {
        runs.map { run in
            var samples: [Double] = [], cpuSamples: [Double] = []
            var finalCount = 0
            let characters = Array(run.text)
            for _ in 0..<rounds {
                var session = SearchSession(index: index)
                let typed = (1...characters.count).map { String(characters[..<$0]) }
                let deleted = (0..<characters.count).reversed().map { String(characters[..<$0]) }
                for text in typed + deleted {
                    let (result, seconds, cpu) = Measure.timeWithCPU {
                        let result = session.search(text)
                        if run.ranked, case .success(let found) = result { _ = found.ranked() }
                        return result
                    }
                    samples.append(seconds)
                    cpuSamples.append(cpu)
                    if trace {
                        let hits = (try? result.get().count) ?? -1
                        FileHandle.standardError.write(Data("\(String(format: "%8.3f", seconds * 1000)) ms (CPU \(String(format: "%.3f", cpu * 1000))) \(hits) hits  \(text)\n".utf8))
                    }
                    if text == run.text, case .success(let found) = result { finalCount = found.count }
                }
            }
            return (run, samples, cpuSamples, finalCount)
        }
    }

    /// Switching relevance order on with every talk listed: the ranking of a result that
    /// holds all talks (the query `a`), computed from scratch as the browser does on `s`.
    /// The whole order is made at once, so jumping to its end (G) costs nothing more.
    /// Seconds per try, `tries` tries.
    static let everyTalkQuery = "a"

    static func toggle(index: SearchIndex, tries: Int) -> (samples: [Double], hits: Int) {
        var session = SearchSession(index: index)
        guard case .success(let result) = session.search(everyTalkQuery) else { return ([], 0) }
        let samples = (0..<tries).map { _ in Measure.time { result.ranked() }.1 }
        return (samples, result.count)
    }
}
