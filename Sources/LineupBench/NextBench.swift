import Foundation
import LineupImport
import LineupModel

/// `lineup next` as a tmux status bar runs it every few seconds: the whole process on the
/// shipped Data/ with two bookmarks and the clock stopped at 11:10 PDT on Tue 19 Jul 2022
/// (LINEUP_NOW), from spawn to exit. Its answer is checked: "10 Generalizing …".
enum NextBench {
    static let now = "2022-07-19T18:10:00Z"
    static let expected = "10 Generalizing to New Physical Systems via Context-Informed Dynamics Model\n"

    /// The wall times of `runs` launches of `lineup --version`: what starting any Lineup
    /// process costs on this machine, for judging the figure on a loaded one.
    static func floor(lineup: String, runs: Int) throws -> [Double] {
        let version = ChildProcess(executable: lineup, arguments: ["--version"])
        return try (0..<runs).map { _ in try version.run().seconds }
    }

    /// The wall times of `runs` launches; throws when the setup fails or an answer is wrong.
    static func run(lineup: String, work: String, runs: Int) throws -> [Double] {
        let data = FileManager.default.currentDirectoryPath + "/Data"
        let schedule = ScheduleLoader(referenceYear: 2026).load([data]).schedule
        let titles = ["Monarch: Expressive", "Generalizing to New Physical", "GLaM: Efficient Scaling"]
        let ids = titles.compactMap { title in schedule.talks.first { $0.title.hasPrefix(title) }?.id.rawValue }
        guard ids.count == titles.count else { throw BenchError("the seed talks for lineup next are not in \(data)") }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let bookmarks = work + "/next-bookmarks.json"
        try? FileManager.default.removeItem(atPath: bookmarks)
        let add = try ChildProcess(executable: lineup, arguments: ["bookmark", "add"] + ids + ["--bookmarks", bookmarks, "--data", data]).run()
        guard add.status == 0 else { throw BenchError("lineup bookmark add failed: \(add.errorOutput)") }
        let next = ChildProcess(executable: lineup,
                                arguments: ["next", "--format", "{minutes} {title}", "--data", data, "--bookmarks", bookmarks],
                                environment: ["LINEUP_NOW": now])
        var samples: [Double] = []
        for _ in 0..<runs {
            let outcome = try next.run()
            guard outcome.status == 0, outcome.output == expected else {
                throw BenchError("lineup next answered \(outcome.status) \"\(outcome.output)\" \(outcome.errorOutput), not \"\(expected)\"")
            }
            samples.append(outcome.seconds)
        }
        return samples
    }
}
