import Foundation
import XCTest

/// Issue 11's rules for writing, run through the real binary: nothing that is not a regular
/// file is replaced (rule 1), an export replaces nothing unasked and never the files Lineup
/// reads (rule 2), every failed write is one line and exit status 1 (rule 3), and reading
/// changes no file (rule 4).
final class WriteSafetyTests: XCTestCase {
    static let straight = "tc9d7095c27cc3f17"  // "Straight to the Gradient", ICML 2021

    /// A bookmark file in `directory` holding one bookmark.
    func bookmarkFile(in directory: String) throws -> String {
        let file = directory + "/bookmarks.json"
        let added = try lineup(["bookmark", "add", Self.straight, "--bookmarks", file])
        XCTAssertEqual(added.status, 0, added.stderr)
        try FileManager.default.removeItem(atPath: file + ".lock")
        return file
    }

    // MARK: Rule 3: every write can fail

    func testAFullStandardOutputIsAOneLineErrorAndExitStatus1ForEveryCommandThatPrints() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full on this system") }
        let binary = try XCTUnwrap(LineupBinary.path)
        let bookmarks = try bookmarkFile(in: try scratchDirectory())
        let commands = [
            ["list"], ["list", "--json"], ["show", Self.straight], ["import"],
            ["bookmark", "list", "--bookmarks", bookmarks], ["export", "--bookmarks", bookmarks],
            ["export", "--bookmarks", bookmarks, "--output", "/dev/stdout"], ["--help"], ["--version"], ["list", "--help"],
        ]
        for command in commands {
            let arguments = command + ["--data", LineupBinary.dataDirectory, "--reference-year", "2026"]
            let result = try RunningProgram("/bin/sh", ["-c", #""$0" "$@" > /dev/full"#, binary] + arguments,
                                            environment: [:]).finish()
            XCTAssertEqual(result.status, 1, "lineup \(command.joined(separator: " ")): \(result.stderr)")
            XCTAssertEqual(result.stderr, "Error: standard output: cannot write: No space left on device\n",
                           "lineup \(command.joined(separator: " "))")
        }
    }

    func testAnExportToAFullDeviceIsAnErrorAndTheDeviceStaysADevice() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let full = directory + "/full"
        try SpecialFiles.makeCharacterDevice(full, minor: 7)
        let result = try lineup(["export", "--output", full, "--bookmarks", bookmarks])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: \(full): cannot write: No space left on device\n")
        XCTAssertEqual(SpecialFiles.kind(full), "character device")
    }

    func testStandardOutputNamedByAPathIsSanitizedOnATerminalLikeStandardOutputItself() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("no /usr/bin/script to make a terminal") }
        let binary = try XCTUnwrap(LineupBinary.path)
        let directory = try scratchDirectory()
        let page = directory + "/evil.txt"
        try """
        Session

        Evil

        Moderator: Mal

        Tue 19 July 10:00 - 10:20 PDT

        Oral
        Title \u{1B}]0;pwned\u{07}\u{1B}[2J here

        Eve · Mallory

        Abstract.

        """.write(toFile: page, atomically: true, encoding: .utf8)
        let bookmarks = directory + "/bookmarks.json"
        let common = ["--data", page, "--bookmarks", bookmarks, "--reference-year", "2026"]
        let listed = try LineupBinary.run(["list", "--json"] + common)
        let id = try XCTUnwrap(listed.stdout.components(separatedBy: "\"id\" : \"").dropFirst().first?.prefix(17))
        XCTAssertEqual(try LineupBinary.run(["bookmark", "add", String(id)] + common).status, 0)
        for output in [[], ["--output", "-"], ["--output", "/dev/stdout"]] {
            for format in ["csv", "md", "json"] {
                let command = ([binary, "export", "--format", format] + output + common).joined(separator: " ")
                let result = try RunningProgram("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], environment: [:]).finish()
                XCTAssertEqual(result.status, 0, "\(command): \(result.stderr)")
                XCTAssertTrue(result.stdout.contains("Title"), "\(command): \(result.stdout)")
                XCTAssertFalse(result.stdout.contains("\u{1B}]0;pwned"), "\(command) sent the data's escape to the terminal")
            }
        }
    }

    // MARK: Rule 1: only regular files are replaced

    func testAnExportOrImportToADeviceWritesInPlaceAndLeavesTheDevice() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let null = directory + "/null"
        try SpecialFiles.makeCharacterDevice(null, minor: 3)
        for command in [["export", "--output", null, "--bookmarks", bookmarks, "--force"], ["import", "--output", null]] {
            let result = try lineup(command)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(SpecialFiles.kind(null), "character device", "lineup \(command[0]) replaced the device")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["bookmarks.json", "null"],
                       "no temporary or lock file was left beside the device")
    }

    func testAnExportToANamedPipeWritesIntoThePipe() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let fifo = directory + "/agenda.pipe"
        try SpecialFiles.makeFIFO(fifo)
        let reader = SpecialFiles.FIFOReader(fifo)
        let result = try lineupWithin(10, ["export", "--format", "md", "--output", fifo, "--bookmarks", bookmarks])
        XCTAssertEqual(result.status, 0, result.stderr)
        let received = try XCTUnwrap(reader.received())
        XCTAssertTrue(received.hasPrefix("# Agenda\n"), received)
        XCTAssertTrue(received.contains("Straight to the Gradient"))
        XCTAssertEqual(SpecialFiles.kind(fifo), "FIFO")
    }

    func testABookmarkFileThatIsADeviceOrPipeIsRefusedAtOnceAndNothingIsCreatedBesideIt() throws {
        let directory = try scratchDirectory()
        let fifo = directory + "/bookmarks.pipe"
        try SpecialFiles.makeFIFO(fifo)
        var cases: [(path: String, kind: String)] = [
            ("/dev/full", "a character device"), ("/dev/zero", "a character device"), (fifo, "a pipe"),
        ]
        let null = directory + "/null"
        if (try? SpecialFiles.makeCharacterDevice(null, minor: 3)) != nil { cases.append((null, "a character device")) }
        for (path, kind) in cases {
            for command in [["bookmark", "add", Self.straight], ["bookmark", "list"], ["export"],
                            ["bookmark", "note", Self.straight, "x"], ["list", "is:bookmarked"]] {
                let result = try lineupWithin(10, command + ["--bookmarks", path])
                XCTAssertEqual(result.status, 1, "\(command) on \(path)")
                XCTAssertEqual(result.stderr, "Error: \(path): is \(kind), not a regular file; left as it is\n", "\(command)")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lock"), "a lock file beside \(path)")
        }
        XCTAssertEqual(SpecialFiles.kind(fifo), "FIFO")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(),
                       cases.count == 4 ? ["bookmarks.pipe", "null"] : ["bookmarks.pipe"])
    }

    func testABookmarkFileOver64MBIsAnErrorAndIsLeftAsItIs() throws {
        let directory = try scratchDirectory()
        let file = directory + "/bookmarks.json"
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: nil))
        XCTAssertEqual(truncate(file, 65 << 20), 0)  // sparse: takes no disk space
        for command in [["bookmark", "list"], ["bookmark", "add", Self.straight]] {
            let result = try lineupWithin(10, command + ["--bookmarks", file])
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderr, "Error: \(file): is larger than 64 MB, more than it may hold; left as it is\n")
        }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int, 65 << 20)
    }

    // MARK: Rule 2: an export replaces nothing unasked, and never what Lineup reads

    func testAnExportNeverReplacesTheBookmarkFileEvenWithForce() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let before = try Data(contentsOf: URL(fileURLWithPath: bookmarks))
        let link = directory + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: bookmarks)
        for output in [bookmarks, link, directory + "/./bookmarks.json"] {
            for force in [[], ["--force"]] {
                let result = try lineup(["export", "--bookmarks", bookmarks, "--output", output] + force)
                XCTAssertEqual(result.status, 1, output)
                XCTAssertTrue(result.stderr.hasPrefix("Error: \(output): is the bookmark file, which an export never replaces"),
                              result.stderr)
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: bookmarks)), before)
        let fresh = directory + "/new-bookmarks.json"
        let notYet = try lineup(["export", "--bookmarks", fresh, "--output", fresh, "--force"])
        XCTAssertEqual(notYet.status, 1, "the bookmark file that does not exist yet is not created by an export either")
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh))
    }

    func testAnExportNeverReplacesTheFriendsPicksFileEvenWithForce() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let picks = directory + "/bookmarks.friends.json"
        let imported = try lineup(["bookmark", "import", bookmarks, "--as", "Ana", "--bookmarks", bookmarks])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let before = try Data(contentsOf: URL(fileURLWithPath: picks))
        for force in [[], ["--force"]] {
            let result = try lineup(["export", "--bookmarks", bookmarks, "--output", picks] + force)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.hasPrefix("Error: \(picks): is the friends' picks file, which an export never replaces"),
                          result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: picks)), before)
    }

    func testAnExportNeverReplacesALoadedDataFileEvenWithForce() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let page = directory + "/page.txt"
        try FileManager.default.copyItem(atPath: LineupBinary.dataDirectory + "/icml2021-applications-3.txt", toPath: page)
        let before = try Data(contentsOf: URL(fileURLWithPath: page))
        for data in [page, directory] {
            let result = try LineupBinary.run(["export", "--data", data, "--bookmarks", bookmarks, "--output", page, "--force",
                                               "--reference-year", "2026"])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains("Error: \(page): is a loaded data file, which an export never replaces"),
                          result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: page)), before)
    }

    func testAnExistingFileIsReplacedOnlyWithForce() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let precious = directory + "/precious.md"
        try "my own notes\n".write(toFile: precious, atomically: true, encoding: .utf8)
        let refused = try lineup(["export", "--bookmarks", bookmarks, "--output", precious])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "Error: \(precious) exists already; add --force to replace it, or choose another --output\n")
        XCTAssertEqual(try String(contentsOfFile: precious, encoding: .utf8), "my own notes\n")

        let forced = try lineup(["export", "--bookmarks", bookmarks, "--output", precious, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: precious, encoding: .utf8).hasPrefix("# Agenda\n"))
    }

    // MARK: Rule 4: reading changes nothing

    func testABookmarkFileThatDoesNotParseIsOnlyReportedByCommandsThatDoNotWriteBookmarks() throws {
        let directory = try scratchDirectory()
        let file = directory + "/package.json"
        let text = #"{"name":"x"}"# + "\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        for command in [["bookmark", "list"], ["export"], ["bookmark", "remove", Self.straight], ["list", "is:bookmarked"]] {
            let result = try lineup(command + ["--bookmarks", file])
            XCTAssertTrue(result.stderr.contains("warning: \(file) is not a bookmark file Lineup can read "
                + "(\"format\" is not \"lineup-bookmarks\"); it was left as it is"), "\(command): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("new bookmark file was started"), "\(command): \(result.stderr)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["package.json"], "\(command)")
            XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), text)
        }
        let added = try lineup(["bookmark", "add", Self.straight, "--bookmarks", file])
        XCTAssertEqual(added.status, 0, added.stderr)
        let moved = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("package.json.corrupt-") }
        XCTAssertEqual(moved.count, 1, "a change moves it aside")
        XCTAssertEqual(try moved.first.map { try String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }, text)
    }

    func testReadingBookmarksCreatesNoFileNotEvenALockFile() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        for command in [["bookmark", "list"], ["bookmark", "list", "--json"], ["export"], ["list", "is:bookmarked"]] {
            let result = try lineup(command + ["--bookmarks", bookmarks])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["bookmarks.json"], "\(command)")
        }
    }

    func testBookmarksInADirectoryThatCannotBeWrittenAreListedAndExported() throws {
        let directory = try scratchDirectory()
        let bookmarks = try bookmarkFile(in: directory)
        let binary = try XCTUnwrap(LineupBinary.path)
        let program = try SpecialFiles.unprivileged(binary)
        XCTAssertEqual(chmod(directory, 0o555), 0)
        addTeardownBlock { chmod(directory, 0o755) }
        XCTAssertEqual(chmod(bookmarks, 0o444), 0)

        let listed = try lineupWithin(20, ["bookmark", "list", "--bookmarks", bookmarks], program: program)
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertTrue(listed.stdout.contains("\(Self.straight)  2021-07-22  17:00-17:20  Oral"), listed.stdout)
        let exported = try lineupWithin(20, ["export", "--format", "md", "--bookmarks", bookmarks], program: program)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("Straight to the Gradient"))
        let added = try lineupWithin(20, ["bookmark", "remove", Self.straight, "--bookmarks", bookmarks], program: program)
        XCTAssertEqual(added.status, 1, "a change needs the lock file, which cannot be made here")
        XCTAssertTrue(added.stderr.hasPrefix("Error: \(bookmarks).lock: cannot lock: Permission denied"), added.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["bookmarks.json"])
    }
}
