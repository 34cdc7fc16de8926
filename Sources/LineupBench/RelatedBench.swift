import Foundation
import LineupSearch

/// Related talks (the details pane's "Related", `lineup related`) for items spread evenly
/// over the index: the seconds each call takes, and the CPU time of this thread per call
/// (which a loaded machine does not inflate).
enum RelatedBench {
    static let tries = 200

    static func run(index: SearchIndex) -> (samples: [Double], cpuPerCall: Double, found: Int) {
        guard index.count > 0 else { return ([], .nan, 0) }
        var samples: [Double] = []
        var found = 0
        let cpuStart = Measure.threadCPUSeconds()
        for k in 0..<tries {
            let position = k * index.count / tries
            let (related, seconds) = Measure.time { index.related(to: position, limit: 5) }
            samples.append(seconds)
            found += related.count
        }
        return (samples, (Measure.threadCPUSeconds() - cpuStart) / Double(tries), found)
    }
}
