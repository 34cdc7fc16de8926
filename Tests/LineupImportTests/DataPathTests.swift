import Foundation
import LineupImport
import LineupModel
import Testing

/// Issue 11, defects 11, 17 and 18: what `--data` may name besides a plain file or a flat
/// directory of them.
@Suite("Data paths: symbolic links, pipes and directories with subdirectories")
struct DataPathTests {
    let loader = ScheduleLoader(referenceYear: 2026)

    func symlink(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
    }

    @Test("A symbolic link to a page loads like the page, named on its own or inside a directory")
    func linkToPage() throws {
        let directory = try TemporaryDirectory()
        let link = directory.path + "/dl.txt"
        try symlink(link, to: SeedData.path("icml2022-dl-algorithms.txt"))
        let direct = loader.load([link])
        #expect(direct.diagnostics.isEmpty)
        #expect(direct.schedule.talks.count == 14)
        let listed = loader.load([directory.path])
        #expect(listed.diagnostics.isEmpty)
        #expect(listed.schedule.talks.count == 14)
        #expect(listed.schedule.talks.first?.source == "dl.txt")
    }

    @Test("A loop of links is an error naming it; a dangling link is reported as one")
    func loopsAndDanglingLinks() throws {
        let directory = try TemporaryDirectory()
        let first = directory.path + "/first", second = directory.path + "/second"
        try symlink(first, to: second)
        try symlink(second, to: first)
        let dangling = directory.path + "/gone.txt"
        try symlink(dangling, to: directory.path + "/never-there.txt")
        let (_, diagnostics) = loader.load([first, dangling])
        #expect(diagnostics.map(\.description) == [
            "\(first): error: a loop of symbolic links",
            "\(dangling): error: a symbolic link to nothing (its target does not exist)",
        ])
    }

    @Test("A directory loads its subdirectories, skips with a warning what it cannot load, and ignores hidden names")
    func subdirectories() throws {
        let directory = try TemporaryDirectory()
        let root = directory.path
        try FileManager.default.createDirectory(atPath: root + "/2022/tuesday", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        try directory.copySeed("icml2021-applications-3.txt", as: "top.txt")
        try directory.copySeed("icml2022-applications-optimization.txt", as: "2022/thursday.txt")
        try directory.copySeed("icml2022-dl-algorithms.txt", as: "2022/tuesday/dl.txt")
        try directory.copySeed("daily-papers-dec-8.txt", as: ".git/ignored.txt")
        try directory.write("2022/manifest.json", #"{"version": 1, "sources": [{"file": "thursday.txt", "name": "ICML 2022", "year": 2022}]}"#)
        try symlink(root + "/2022/tuesday/up", to: "../..")
        try symlink(root + "/2022/loop", to: "loop")
        try symlink(root + "/2022/gone.txt", to: "nowhere.txt")
        #expect(mkfifo(root + "/2022/pipe", 0o600) == 0)
        #expect(mkfifo(root + "/2022/tuesday/manifest.json", 0o600) == 0, "read, it would block the load")

        let (schedule, diagnostics) = loader.load([root])
        #expect(schedule.sources.map(\.fileName) == ["top.txt", "2022/thursday.txt", "2022/tuesday/dl.txt"])
        #expect(schedule.sources.map(\.name)[1] == "ICML 2022")
        #expect(schedule.talks.count == 8 + 15 + 14)
        #expect(diagnostics.map(\.description) == [
            "\(root)/2022/gone.txt: warning: skipped: a symbolic link to nothing (its target does not exist)",
            "\(root)/2022/loop: warning: skipped: a loop of symbolic links",
            "\(root)/2022/pipe: warning: skipped: not a regular file (a pipe, socket or device)",
            "\(root)/2022/tuesday/manifest.json: warning: skipped: not a regular file",
            "\(root)/2022/tuesday/up: warning: skipped: a directory already loaded (a link back to it)",
        ])
    }

    @Test("A named pipe given by path is read to its end")
    func namedPipe() throws {
        let directory = try TemporaryDirectory()
        let pipe = directory.path + "/page"
        #expect(mkfifo(pipe, 0o600) == 0)
        let page = try SeedData.bytes("icml2021-applications-3.txt")
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: pipe) else { return }
            handle.write(Data(page))
            try? handle.close()
        }
        writer.start()
        let (schedule, diagnostics) = loader.load([pipe])
        #expect(diagnostics.isEmpty)
        #expect(schedule.talks.count == 8)
        #expect(schedule.talks.first?.title.hasPrefix("Straight to the Gradient") == true)
    }
}
