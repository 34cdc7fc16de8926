import Foundation

// lineup-bench: the speed and memory figures of `make bench`, each beside its target.
//
//   lineup-bench --lineup PATH [--work DIR] [--sizes 10000,100000] [--rounds N] [--runs N]
//                [--fixtures DIR (default ../shared/fixtures)]
//       generates the data sets, measures each size in a child process, then runs
//       `lineup list`, fzf and grep side by side on the largest; prints every figure with its
//       target. Exits non-zero when lineup's count differs from fzf's or a step fails.
//   lineup-bench measure DIR ROUNDS
//       (internal) the per-size measurement; prints one JSON SizeReport.
//   lineup-bench known-items FIXTURES
//       only the known-item table, on the fixtures under FIXTURES.
//   lineup-bench formats [--work DIR]
//       only the format parsing figures (FormatBench).
//   lineup-bench next [--lineup PATH] [--work DIR]
//       only the time of `lineup next` on the shipped Data/ (NextBench), run from the checkout.
//   lineup-bench generate-ics FILE EVENTS, lineup-bench generate-frab xml|json FILE EVENTS,
//   lineup-bench parse FILE
//       (internal) write a generated calendar or frab schedule; import one file and print a
//       ParseReport.
//   lineup-bench generate DIR TALKS
//       (internal) writes a data set; run as a child so the parent stays small (a child's
//       peak RSS as wait4 reports it starts from the parent's size at spawn).

let arguments = Array(CommandLine.arguments.dropFirst())

func value(of option: String) -> String? {
    guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

do {
    if arguments.first == "generate", arguments.count >= 3, let talks = Int(arguments[2]) {
        try GeneratedData.write(talkCount: talks, to: arguments[1])
        exit(0)
    }
    if arguments.first == "known-items", arguments.count >= 2 {
        try KnownItemBench.run(fixtures: arguments[1])
        exit(0)
    }
    if arguments.first == "generate-ics", arguments.count >= 3, let events = Int(arguments[2]) {
        _ = try ICalendarRendering.write(GeneratedEvents(count: events), to: arguments[1])
        exit(0)
    }
    if arguments.first == "generate-frab", arguments.count >= 4, let events = Int(arguments[3]) {
        _ = try FrabRendering.write(GeneratedEvents(count: events), as: arguments[1] == "json" ? .json : .xml, to: arguments[2])
        exit(0)
    }
    if arguments.first == "parse", arguments.count >= 2 {
        FileHandle.standardOutput.write(try JSONEncoder().encode(try FormatBench.parseChild(path: arguments[1])))
        exit(0)
    }
    if arguments.first == "next" {
        let options = BenchRun.Options(lineup: value(of: "--lineup") ?? ".build/release/lineup",
                                       work: value(of: "--work") ?? NSTemporaryDirectory() + "lineup-bench",
                                       sizes: [], rounds: 0, runs: 0, fixtures: "")
        try BenchRun(options: options).printNext()
        exit(0)
    }
    if arguments.first == "formats" {
        let ok = try FormatBench.run(work: value(of: "--work") ?? NSTemporaryDirectory() + "lineup-bench", runs: 3)
        exit(ok ? 0 : 1)
    }
    if arguments.first == "measure", arguments.count >= 3 {
        let report = try SizeMeasurement.run(pagesDirectory: arguments[1], rounds: Int(arguments[2]) ?? 10)
        let encoder = JSONEncoder()
        FileHandle.standardOutput.write(try encoder.encode(report))
        exit(0)
    }
    let options = BenchRun.Options(
        lineup: value(of: "--lineup") ?? ".build/release/lineup",
        work: value(of: "--work") ?? NSTemporaryDirectory() + "lineup-bench",
        sizes: (value(of: "--sizes") ?? "10000,100000").split(separator: ",").compactMap { Int($0) },
        rounds: Int(value(of: "--rounds") ?? "") ?? 20,
        runs: Int(value(of: "--runs") ?? "") ?? 3,
        fixtures: value(of: "--fixtures") ?? FileManager.default.currentDirectoryPath + "/../shared/fixtures")
    let ok = try BenchRun(options: options).run()
    exit(ok ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("lineup-bench: \(error)\n".utf8))
    exit(2)
}
