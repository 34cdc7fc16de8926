import LineupFiles
import Foundation
import LineupAgenda
import XCTest

/// `OutputFile` and `AtomicFile` as the browser's export and the bookmark store use them
/// (the command line's use is tested end to end in WriteSafetyTests).
final class OutputFileTests: XCTestCase {
    func testAPipeOrADirectoryIsNeverReplacedByAnAtomicWriteAndNothingIsCreatedBesideIt() throws {
        let directory = try temporaryDirectory(for: self)
        let fifo = directory + "/pipe", folder = directory + "/folder"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFile.write(Array("x".utf8), to: fifo)) { error in
            XCTAssertEqual(error as? FileError, .notARegularFile(path: fifo, kind: "a pipe"))
        }
        XCTAssertThrowsError(try OutputFile.write(Array("x".utf8), to: folder, replacingExisting: true)) { error in
            XCTAssertEqual(error as? FileError, .notARegularFile(path: folder, kind: "a directory"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["folder", "pipe"])
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)
    }

    func testAnExistingFileIsReplacedOnlyWhenAllowedAndALinkIsFollowedAndKept() throws {
        let directory = try temporaryDirectory(for: self)
        let target = directory + "/agenda.md", link = directory + "/link.md"
        try "mine\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertTrue(OutputFile.wouldReplace(link))
        XCTAssertFalse(OutputFile.wouldReplace(directory + "/new.md"))
        XCTAssertThrowsError(try OutputFile.write(Array("new\n".utf8), to: link, replacingExisting: false)) { error in
            XCTAssertEqual(error as? FileError, .alreadyExists(path: link))
        }
        XCTAssertEqual(try contents(target), "mine\n")
        try OutputFile.write(Array("new\n".utf8), to: link, replacingExisting: true)
        XCTAssertEqual(try contents(target), "new\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target)
    }

    func testAProtectedFileIsRefusedByAnyPathEvenWhenReplacingIsAllowed() throws {
        let directory = try temporaryDirectory(for: self)
        let bookmarks = directory + "/bookmarks.json"
        try "{}\n".write(toFile: bookmarks, atomically: false, encoding: .utf8)
        let protected = [ProtectedFile(path: bookmarks, role: .bookmarks)]
        for path in [bookmarks, directory + "/./bookmarks.json", directory + "/../" + (directory as NSString).lastPathComponent + "/bookmarks.json"] {
            XCTAssertThrowsError(try OutputFile.write(Array("x".utf8), to: path, replacingExisting: true, protecting: protected)) { error in
                XCTAssertEqual(error as? FileError, .protected(path: path, role: "the bookmark file"))
            }
        }
        XCTAssertEqual(try contents(bookmarks), "{}\n")
    }
}
