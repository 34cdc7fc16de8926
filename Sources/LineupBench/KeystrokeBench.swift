import Foundation
import LineupModel
import LineupSearch

/// Per-keystroke latency: a query typed letter by letter into a `SearchSession`, then deleted
/// letter by letter, the way the browser's search box drives the engine. Each sample is one
/// `search` call including the result's position list.
enum KeystrokeBench {
    /// The queries typed, 12 characters each. The first is the one the issue's target is for;
    /// the others are extras: common words (large results) and an open phrase (which must read
    /// the text of every candidate). LINEUP_BENCH_QUERIES="a|b" types others instead.
    static let queries = ProcessInfo.processInfo.environment["LINEUP_BENCH_QUERIES"]
        .map { $0.split(separator: "|").map(String.init) } ?? ["sparse atten", "graph neural", "\"sparse atte"]
    /// Typed again with the hits ranked by relevance after each keystroke, as the browser
    /// does while its `s` toggle is on.
    static let rankedQuery = "sparse atten"

    /// Latency samples in seconds per query, over `rounds` fresh sessions.
    /// LINEUP_BENCH_TRACE=1 prints every keystroke's time to stderr.
    static let trace = ProcessInfo.processInfo.environment["LINEUP_BENCH_TRACE"] != nil

    static func run(index: SearchIndex, rounds: Int) -> [(query: String, samples: [Double], finalCount: Int)] {
        let runs = queries.map { (text: $0, ranked: false) } + [(text: rankedQuery, ranked: true)]
        return runs.map { run in
            let query = run.text
            var samples: [Double] = []
            var finalCount = 0
            let characters = Array(query)
            for _ in 0..<rounds {
                var session = SearchSession(index: index)
                let typed = (1...characters.count).map { String(characters[..<$0]) }
                let deleted = (0..<characters.count).reversed().map { String(characters[..<$0]) }
                for text in typed + deleted {
                    let (result, seconds) = Measure.time {
                        let result = session.search(text)
                        if run.ranked, case .success(let found) = result { _ = found.ranked() }
                        return result
                    }
                    samples.append(seconds)
                    if trace {
                        let hits = (try? result.get().count) ?? -1
                        FileHandle.standardError.write(Data("\(String(format: "%8.3f", seconds * 1000)) ms  \(hits) hits  \(text)\n".utf8))
                    }
                    if text == query, case .success(let found) = result { finalCount = found.count }
                }
            }
            return (run.ranked ? query + " (ranked)" : query, samples, finalCount)
        }
    }
}
