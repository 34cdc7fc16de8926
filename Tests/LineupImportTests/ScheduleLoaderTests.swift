import Foundation
import LineupImport
import LineupModel
import Testing

@Suite("Loading paths: directories, manifests, stable ids and unreadable files")
struct ScheduleLoaderTests {
    let loader = ScheduleLoader(referenceYear: 2026)

    @Test("Ids survive a renamed file: they come from what an item is, not where it was found")
    func idsSurviveRenaming() throws {
        let original = loader.load([SeedData.path("icml2022-dl-algorithms.txt")]).schedule
        let directory = try TemporaryDirectory()
        try directory.copySeed("icml2022-dl-algorithms.txt", as: "renamed page.txt")
        let renamed = loader.load([directory.path]).schedule
        #expect(renamed.talks.count == 14)
        #expect(renamed.talks.map(\.id) == original.talks.map(\.id))
        #expect(renamed.talks.map(\.source) == Array(repeating: "renamed page.txt", count: 14))
    }

    @Test("Ids survive a page whose slots are reordered and re-wrapped")
    func idsSurviveReordering() throws {
        let text = try String(contentsOfFile: SeedData.path("icml2021-applications-3.txt"), encoding: .utf8)
        let firstSlot = try #require(text.range(of: "Thu 22 July"))
        let header = String(text[..<firstSlot.lowerBound])
        let blocks = text[firstSlot.lowerBound...].components(separatedBy: "\nThu 22 July").enumerated().map { index, block in
            index == 0 ? String(block) : "Thu 22 July" + block
        }
        let reordered = header + blocks.reversed().map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
            .replacingOccurrences(of: "Straight to the Gradient:", with: "Straight  to the   gradient:")
        let directory = try TemporaryDirectory()
        let path = try directory.write("shuffled.txt", reordered)
        let before = loader.load([SeedData.path("icml2021-applications-3.txt")])
        let after = loader.load([path])
        #expect(after.diagnostics.isEmpty)
        #expect(after.schedule.talks.count == 8)
        #expect(Set(after.schedule.talks.map(\.id)) == Set(before.schedule.talks.map(\.id)))
        #expect(after.schedule.talks.map(\.title) != before.schedule.talks.map(\.title))
    }

    @Test("A directory's manifest names its sources and years; files it does not list load with defaults")
    func manifestInDirectory() throws {
        let directory = try TemporaryDirectory()
        try directory.copySeed("icml2022-dl-algorithms.txt", as: "a.txt")
        try directory.copySeed("icml2021-applications-3.txt", as: "b.txt")
        try directory.write("manifest.json", #"{"version": 1, "sources": [{"file": "a.txt", "name": "ICML 2022", "year": 2022}]}"#)
        let (schedule, diagnostics) = loader.load([directory.path])
        #expect(diagnostics.isEmpty)
        #expect(schedule.sources.map(\.fileName) == ["a.txt", "b.txt"])
        #expect(schedule.sources.map(\.name) == ["ICML 2022", SessionPageParser.defaultSourceName])
        #expect(schedule.sources.map(\.year) == [2022, nil])
        #expect(schedule.talks.count == 22)
    }

    @Test("A single file given by path uses the manifest beside it; a page elsewhere needs none")
    func singleFiles() throws {
        let withManifest = loader.load([SeedData.path("daily-papers-dec-8.txt")]).schedule
        #expect(withManifest.sources.first?.name == "Hugging Face Daily Papers")
        #expect(withManifest.sources.first?.year == 2025)
        let directory = try TemporaryDirectory()
        try directory.copySeed("daily-papers-dec-8.txt", as: "mine.txt")
        let (alone, diagnostics) = loader.load([directory.path + "/mine.txt"])
        #expect(diagnostics.isEmpty)
        #expect(alone.sources.first?.year == nil)
        #expect(alone.talks.count == 26)
        #expect(alone.sessions.first?.day == LocalDate(year: 2025, month: 12, day: 8))
        #expect(alone.talks.map(\.id) == withManifest.talks.map(\.id))
    }

    @Test("In a directory, files that are not schedules are skipped with a warning; named explicitly they are errors")
    func strayFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.copySeed("icml2021-applications-3.txt")
        let notes = try directory.write("notes.md", "# My notes\n\nNothing to see.\n")
        try directory.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        try directory.write(".hidden", "ignored entirely")
        let (schedule, diagnostics) = loader.load([directory.path])
        #expect(schedule.talks.count == 8)
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(Set(diagnostics.map { ImportContext.fileName(ofPath: $0.file) }) == ["notes.md", "image.png"])
        let explicit = loader.load([notes]).diagnostics
        #expect(explicit == [Diagnostic(.error, file: notes,
                                        "not a schedule Lineup reads (a session page, a Daily Papers listing, frab XML or JSON, iCalendar, Sessionize, MiniConf or a Lineup JSON schedule)")])
    }

    @Test("Unreadable paths are errors naming the path, and the other paths still load")
    func unreadablePaths() throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("empty.txt", "")
        let huge = try directory.write("huge.txt", "Session\n" + String(repeating: "x", count: 2 << 20) + "\n")
        let invalid = try directory.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9, 0x0A])
        let missing = directory.path + "/missing.txt"
        let (schedule, diagnostics) = loader.load([empty, huge, invalid, missing, SeedData.path("icml2021-applications-3.txt")])
        #expect(schedule.talks.count == 8)
        #expect(diagnostics.map(\.description) == [
            "\(empty): error: the file is empty",
            "\(huge):2: error: the line is too long (\(2 << 20) bytes; the limit is \(1 << 20))",
            "\(invalid):1: error: the file is not valid UTF-8 (byte 3)",
            "\(missing): error: cannot read the file: no such file or directory",
        ])
    }

    @Test("A manifest that names a missing file is a warning; a broken manifest is an error and the pages still load")
    func manifestProblems() throws {
        let directory = try TemporaryDirectory()
        try directory.copySeed("icml2021-applications-3.txt")
        try directory.write("manifest.json", #"{"version": 1, "sources": [{"file": "gone.txt", "name": "X"}]}"#)
        let warned = loader.load([directory.path])
        #expect(warned.schedule.talks.count == 8)
        #expect(warned.diagnostics.map(\.severity) == [.warning])
        try directory.write("manifest.json", #"{"version": 1, "sources": [{"name": "no file key"}]}"#)
        let broken = loader.load([directory.path])
        #expect(broken.schedule.talks.count == 8)
        #expect(broken.diagnostics.map(\.severity) == [.error])
        #expect(broken.diagnostics.first?.message.contains("missing key \"file\"") == true)
    }

    @Test("Loading the same page twice keeps one copy and warns about the repeat")
    func duplicates() throws {
        let path = SeedData.path("icml2021-applications-3.txt")
        let (schedule, diagnostics) = loader.load([path, path])
        #expect(schedule.talks.count == 8)
        #expect(diagnostics.count == 9)
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("Concurrent loading gives the same schedule every time, in the order of the paths")
    func deterministicOrder() {
        let paths = ["daily-papers-oct-13.txt", "icml2021-applications-3.txt", "daily-papers-dec-8.txt"].map(SeedData.path)
        let first = loader.loadFragments(paths).fragments.map(\.source.fileName)
        #expect(first == ["daily-papers-oct-13.txt", "icml2021-applications-3.txt", "daily-papers-dec-8.txt"])
        for _ in 0..<5 {
            #expect(loader.load(paths).schedule.talks.map(\.id) == loader.load(paths).schedule.talks.map(\.id))
        }
    }
}
