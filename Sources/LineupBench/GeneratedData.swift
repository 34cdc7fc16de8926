import Foundation
import LineupImport
import LineupModel

/// The generated data set on disk: `pages/` (session pages of 50 talks) and `talks.txt` (the
/// same talks one per line, "title · authors · abstract", for fzf and grep).
enum GeneratedData {
    static let talksPerPage = 50
    static let seed: UInt64 = 20_220_719
    /// Bump when the generator changes, so stale data sets are rewritten.
    static let version = 3

    struct Paths {
        let root: String
        var pages: String { root + "/pages" }
        var lines: String { root + "/talks.txt" }
        var stamp: String { root + "/generator.txt" }
    }

    /// Writes `talkCount` talks under `root` unless the same data set is already there.
    /// Returns the total page bytes.
    @discardableResult
    static func write(talkCount: Int, to root: String) throws -> Int {
        let paths = Paths(root: root)
        let stamp = "version \(version) seed \(seed) talks \(talkCount)\n"
        let fileManager = FileManager.default
        if (try? String(contentsOfFile: paths.stamp, encoding: .utf8)) == stamp {
            return try pageFiles(in: paths.pages).reduce(0) { total, path in
                total + ((try? fileManager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
        }
        try? fileManager.removeItem(atPath: root)
        try fileManager.createDirectory(atPath: paths.pages, withIntermediateDirectories: true)
        var generator = PageGenerator(seed: seed)
        var lines = ""
        var bytes = 0
        var written = 0
        var number = 0
        while written < talkCount {
            let page = generator.page(number: number, talkCount: min(talksPerPage, talkCount - written))
            try page.text.write(toFile: paths.pages + "/" + page.fileName, atomically: false, encoding: .utf8)
            bytes += page.text.utf8.count
            for talk in page.talks {
                lines += "\(talk.title) · \(talk.authors.joined(separator: " · ")) · \(talk.abstract)\n"
            }
            written += page.talks.count
            number += 1
        }
        try lines.write(toFile: paths.lines, atomically: false, encoding: .utf8)
        try stamp.write(toFile: paths.stamp, atomically: false, encoding: .utf8)
        return bytes
    }

    static func pageFiles(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
    }

    /// Reads the pages back through LineupImport's loader (as `lineup --data DIR` does) and
    /// times it: reading, parsing and assembling the schedule.
    static func loadSchedule(directory root: String) throws -> (schedule: Schedule, pages: Int, bytes: Int, parseSeconds: Double) {
        let paths = Paths(root: root)
        let files = try pageFiles(in: paths.pages)
        var bytes = 0
        for file in files { bytes += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0 }
        let ((schedule, diagnostics), seconds) = Measure.time { ScheduleLoader(referenceYear: 2026).load([paths.pages]) }
        if let problem = diagnostics.first(where: { $0.severity == .error }) {
            throw BenchError("the generated pages do not load cleanly: \(problem)")
        }
        return (schedule, files.count, bytes, seconds)
    }
}
