import LineupFiles
import Foundation
import LineupAgenda
import LineupModel
import XCTest

final class BookmarkStoreTests: XCTestCase {
    let monarch = talk("t-monarch", title: "Monarch: Expressive Structured Matrices", startUTC: "2022-07-19T18:00:00Z", kind: .oral)
    let pointer = paper("t-pointer", title: "Pointer Networks")
    let fixedNow = instant("2024-05-01T09:30:00Z")

    func makeStore(_ directory: String, name: String = "bookmarks.json") -> BookmarkStore {
        let now = fixedNow
        return BookmarkStore(path: directory + "/" + name, now: { now })
    }

    func testLoadingWhenThereIsNoFileGivesNoBookmarksAndCreatesNothing() throws {
        let directory = try temporaryDirectory(for: self)
        let store = BookmarkStore(path: directory + "/not/yet/bookmarks.json")
        let set = try store.load()
        XCTAssertTrue(set.isEmpty)
        XCTAssertNil(set.stamp)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/not"))
    }

    func testAnAddIsSavedAtOnceInTheDocumentedSchema() throws {
        let directory = try temporaryDirectory(for: self)
        let store = makeStore(directory + "/new/dir")
        try store.add([monarch, pointer], note: nil)

        let data = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "lineup-bookmarks")
        XCTAssertEqual(object["version"] as? Int, 1)
        let bookmarks = try XCTUnwrap(object["bookmarks"] as? [[String: Any]])
        XCTAssertEqual(bookmarks.count, 2)
        XCTAssertEqual(bookmarks[0]["id"] as? String, "t-monarch")
        XCTAssertEqual(bookmarks[0]["title"] as? String, "Monarch: Expressive Structured Matrices")
        XCTAssertEqual(bookmarks[0]["start"] as? String, "2022-07-19T18:00:00Z")
        XCTAssertEqual(bookmarks[0]["added"] as? String, "2024-05-01T09:30:00Z")
        XCTAssertTrue(bookmarks[0]["note"] is NSNull)
        XCTAssertTrue(bookmarks[1]["start"] is NSNull, "a listed paper has no start")

        let reread = try BookmarkStore(path: store.path).load()
        XCTAssertEqual(reread.bookmarks.map(\.id), ["t-monarch", "t-pointer"])
        XCTAssertEqual(reread.bookmarks[0].start, instant("2022-07-19T18:00:00Z"))
        XCTAssertEqual(reread.bookmarks[0].added, fixedNow)
    }

    func testAddingAgainKeepsTheAddedTimeAndNoteButTakesTheCurrentTitle() throws {
        let directory = try temporaryDirectory(for: self)
        try makeStore(directory).add([monarch], note: "front row")
        var renamed = monarch
        renamed.title = "Monarch (revised title)"
        let later = BookmarkStore(path: directory + "/bookmarks.json", now: { instant("2025-01-01T00:00:00Z") })
        let set = try later.add([renamed])
        XCTAssertEqual(set.count, 1)
        XCTAssertEqual(set.bookmarks[0].title, "Monarch (revised title)")
        XCTAssertEqual(set.bookmarks[0].added, fixedNow)
        XCTAssertEqual(set.bookmarks[0].note, "front row")
    }

    func testRemoveDropsOnlyTheGivenIdsAndIgnoresOnesNotBookmarked() throws {
        let directory = try temporaryDirectory(for: self)
        let store = makeStore(directory)
        try store.add([monarch, pointer])
        let set = try store.remove(["t-monarch", "t-never-bookmarked"])
        XCTAssertEqual(set.bookmarks.map(\.id), ["t-pointer"])
        XCTAssertEqual(try store.load().ids, ["t-pointer"])
    }

    func testToggleAddsThenRemovesAndSaysWhichItDid() throws {
        let directory = try temporaryDirectory(for: self)
        let store = makeStore(directory)
        let first = try store.toggle(monarch)
        XCTAssertTrue(first.isBookmarked)
        XCTAssertTrue(first.set.contains("t-monarch"))
        let second = try store.toggle(monarch)
        XCTAssertFalse(second.isBookmarked)
        XCTAssertFalse(try store.load().contains("t-monarch"))
    }

    func testToggleSeesWhatAnotherStoreSavedMeanwhile() throws {
        let directory = try temporaryDirectory(for: self)
        let browser = makeStore(directory)
        let shell = makeStore(directory)
        _ = try browser.toggle(monarch)
        try shell.add([pointer])
        let result = try browser.toggle(monarch)
        XCTAssertEqual(result.set.bookmarks.map(\.id), ["t-pointer"], "the shell's bookmark is not overwritten")
    }

    func testSetNoteStoresAndClearsTheNote() throws {
        let directory = try temporaryDirectory(for: self)
        let store = makeStore(directory)
        try store.add([monarch])
        XCTAssertEqual(try store.setNote("ask about rank", for: "t-monarch").bookmarks[0].note, "ask about rank")
        XCTAssertNil(try store.setNote("", for: "t-monarch").bookmarks[0].note)
    }

    func testAnEmptyOrBlankNoteIsNoNoteWhereverItComesFrom() throws {
        let directory = try temporaryDirectory(for: self)
        let store = makeStore(directory)
        XCTAssertNil(try store.add([monarch], note: "").bookmarks[0].note, "bookmark add --note \"\"")
        try store.add([monarch], note: "front row")
        XCTAssertNil(try store.add([monarch], note: " \n ").bookmarks[0].note, "a blank note clears the note")
        XCTAssertEqual(try store.add([monarch], note: "  front row \n").bookmarks[0].note, "front row")
        try #"{"format":"lineup-bookmarks","version":1,"bookmarks":[{"id":"t1","title":"A","start":null,"added":"2024-05-01T09:30:00Z","note":""}]}"#
            .write(toFile: directory + "/bookmarks.json", atomically: false, encoding: .utf8)
        XCTAssertNil(try store.load().bookmarks[0].note, "an empty note in the file")
        var bookmark = Bookmark(id: "t1", title: "A", start: nil, added: Date(), note: "x")
        bookmark.note = ""
        XCTAssertNil(bookmark.note)
    }

    // MARK: Outside changes

    func testTheStampChangesWhenAnotherStoreSavesAndMatchesAfterOurOwnSave() throws {
        let directory = try temporaryDirectory(for: self)
        let browser = makeStore(directory)
        let ours = try browser.add([monarch])
        XCTAssertNotNil(ours.stamp)
        XCTAssertEqual(browser.stamp(), ours.stamp)
        try makeStore(directory).add([pointer])
        XCTAssertNotEqual(browser.stamp(), ours.stamp)
        let reloaded = try browser.load()
        XCTAssertEqual(reloaded.stamp, browser.stamp())
        XCTAssertEqual(reloaded.ids, ["t-monarch", "t-pointer"])
    }

    func testTheStampChangesEvenWhenASaveKeepsTheSizeAndHappensInTheSameInstant() throws {
        let directory = try temporaryDirectory(for: self)
        let store = makeStore(directory)
        let a = talk("t-aaaa", startUTC: "2022-07-19T18:00:00Z")
        let b = talk("t-bbbb", startUTC: "2022-07-19T18:00:00Z")
        let withA = try store.add([a])
        try store.remove(["t-aaaa"])
        let withB = try store.add([b])
        XCTAssertEqual(withA.stamp?.size, withB.stamp?.size, "same size on purpose")
        XCTAssertNotEqual(withA.stamp, withB.stamp)
    }

    // MARK: Atomic save

    func testASaveReplacesTheFileInOneRenameAfterTheNewContentsAreComplete() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        try makeStore(directory).add([monarch])
        let before = try contents(path)
        let seen = Observed()
        let store = BookmarkStore(path: path, beforeRename: { temporary in
            // At the instant before the rename the old file is intact and the new one complete.
            seen.record(old: (try? contents(path)) ?? "", new: (try? contents(temporary)) ?? "", temporary: temporary)
        })
        try store.add([pointer])
        XCTAssertEqual(seen.old, before)
        XCTAssertTrue(seen.new.contains("t-pointer") && seen.new.contains("t-monarch"))
        XCTAssertEqual(parentPath(seen.temporary), directory, "the temporary file is beside the target")
        XCTAssertEqual(try contents(path), seen.new)
        XCTAssertFalse(FileManager.default.fileExists(atPath: seen.temporary))
    }

    func testAWriteThatFailsBeforeTheRenameLeavesTheLastGoodFileAndNoTemporaryFile() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        try makeStore(directory).add([monarch])
        let before = try contents(path)
        struct Interrupted: Error {}
        let failing = BookmarkStore(path: path, beforeRename: { _ in throw Interrupted() })
        XCTAssertThrowsError(try failing.add([pointer]))
        XCTAssertEqual(try contents(path), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(),
                       ["bookmarks.json", "bookmarks.json.lock"])
    }

    func testTemporaryFilesLeftByAKilledWriterAreRemovedByTheNextSave() throws {
        let directory = try temporaryDirectory(for: self)
        let leftover = directory + "/.bookmarks.json.tmp-99999-1"
        _ = FileManager.default.createFile(atPath: leftover, contents: Data("{\"half".utf8))
        try makeStore(directory).add([monarch])
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
    }

    func testASaveKeepsTheFilesPermissions() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        try makeStore(directory).add([monarch])
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try makeStore(directory).add([pointer])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600)
    }

    func testASymbolicLinkToTheFileIsKeptAndItsTargetUpdated() throws {
        let directory = try temporaryDirectory(for: self)
        try FileManager.default.createDirectory(atPath: directory + "/dotfiles", withIntermediateDirectories: true)
        let real = directory + "/dotfiles/bookmarks.json"
        let link = directory + "/bookmarks.json"
        try makeStore(directory + "/dotfiles").add([monarch])
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try makeStore(directory).add([pointer])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real)
        XCTAssertTrue(try contents(real).contains("t-pointer"))
        XCTAssertEqual(makeStore(directory).lockPath, real + ".lock", "both paths share one lock")
    }

    func testACorruptFileBehindASymbolicLinkIsMovedAsideAndTheLinkKept() throws {
        let directory = try temporaryDirectory(for: self)
        try FileManager.default.createDirectory(atPath: directory + "/dotfiles", withIntermediateDirectories: true)
        let real = directory + "/dotfiles/bookmarks.json"
        try "garbage".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/bookmarks.json", withDestinationPath: real)
        let set = try makeStore(directory).add([monarch])
        XCTAssertEqual(set.notices, [.movedAsideCorruptFile(path: directory + "/bookmarks.json",
                                                            movedTo: real + ".corrupt-20240501T093000Z", reason: "not valid JSON")])
        XCTAssertEqual(try contents(real + ".corrupt-20240501T093000Z"), "garbage")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/bookmarks.json"), real)
        XCTAssertTrue(try contents(real).contains("t-monarch"))
    }

    // MARK: The lock

    func testTwoStoresOnTwoThreadsAdding50IdsEachKeepAll100() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        let failures = Observed()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let store = BookmarkStore(path: path)  // its own open file description per call
            for n in 0..<50 {
                do {
                    try store.add([talk("t-\(worker)-\(n)", startUTC: "2022-07-19T18:00:00Z")])
                } catch {
                    failures.record(old: "\(error)", new: "", temporary: "")
                }
            }
        }
        XCTAssertEqual(failures.old, "")
        let set = try BookmarkStore(path: path).load()
        XCTAssertEqual(set.count, 100)
        XCTAssertEqual(set.ids, Set((0..<2).flatMap { w in (0..<50).map { TalkID("t-\(w)-\($0)") } }))
    }

    // MARK: Files that do not parse

    func testAFileThatDoesNotParseIsMovedAsideUnchangedAndReported() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        let garbage = "{\"format\": \"lineup-bookmarks\", \"version\": 1, \"bookmarks\": [ {\"id\": "
        try garbage.write(toFile: path, atomically: false, encoding: .utf8)
        let set = try makeStore(directory).add([monarch])

        let aside = path + ".corrupt-20240501T093000Z"
        XCTAssertEqual(try contents(aside), garbage, "the damaged file is kept byte for byte")
        XCTAssertEqual(set.notices.count, 1)
        guard case .movedAsideCorruptFile(let from, let to, let reason)? = set.notices.first else {
            return XCTFail("expected a moved-aside notice, got \(set.notices)")
        }
        XCTAssertEqual(from, path)
        XCTAssertEqual(to, aside)
        XCTAssertEqual(reason, "not valid JSON")
        XCTAssertTrue(set.notices[0].description.contains("moved to \(aside)"))
        XCTAssertEqual(try makeStore(directory).load().ids, ["t-monarch"], "a fresh file holds the new bookmark")
    }

    func testLoadingAFileWithAWrongFieldLeavesItInPlaceAndSaysWhichField() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        let text = #"{"format":"lineup-bookmarks","version":1,"bookmarks":[{"id":"t1","title":"A","start":null,"added":"yesterday"}]}"#
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let set = try makeStore(directory).load()
        XCTAssertTrue(set.isEmpty)
        guard case .unreadableFile(let named, let reason)? = set.notices.first else {
            return XCTFail("expected an unreadable-file notice, got \(set.notices)")
        }
        XCTAssertEqual(named, path)
        XCTAssertTrue(reason.contains("bookmarks[0].added"), reason)
        XCTAssertTrue(set.notices[0].description.contains("left as it is"), set.notices[0].description)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["bookmarks.json"],
                       "reading moved, renamed and created nothing")
        XCTAssertEqual(try contents(path), text)
    }

    func testASecondCorruptFileInTheSameSecondDoesNotReplaceTheFirstOneMovedAside() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        try "first".write(toFile: path, atomically: false, encoding: .utf8)
        _ = try makeStore(directory).add([monarch])
        try "second".write(toFile: path, atomically: false, encoding: .utf8)
        _ = try makeStore(directory).add([monarch])
        XCTAssertEqual(try contents(path + ".corrupt-20240501T093000Z"), "first")
        XCTAssertEqual(try contents(path + ".corrupt-20240501T093000Z-2"), "second")
    }

    func testAnEmptyFileMeansNoBookmarksAndIsNotMovedAside() throws {
        let directory = try temporaryDirectory(for: self)
        _ = FileManager.default.createFile(atPath: directory + "/bookmarks.json", contents: Data("\n".utf8))
        let set = try makeStore(directory).load()
        XCTAssertTrue(set.isEmpty)
        XCTAssertTrue(set.notices.isEmpty)
    }

    func testAFileFromANewerSchemaIsLeftUntouchedAndEveryOperationSaysWhy() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        let newer = #"{"format":"lineup-bookmarks","version":2,"bookmarks":[],"tags":{}}"#
        try newer.write(toFile: path, atomically: false, encoding: .utf8)
        let store = makeStore(directory)
        XCTAssertThrowsError(try store.load()) { error in
            XCTAssertEqual(error as? FileError, .newerSchema(path: path, version: 2, supported: 1))
            XCTAssertTrue("\(error)".hasPrefix(path))
        }
        XCTAssertThrowsError(try store.add([monarch]))
        XCTAssertEqual(try contents(path), newer)
    }

    func testAPathThatIsADirectoryIsRefusedNamingIt() throws {
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for operation in [{ _ = try BookmarkStore(path: path).load() }, { _ = try BookmarkStore(path: path).add([self.monarch]) }] {
            XCTAssertThrowsError(try operation()) { error in
                XCTAssertEqual(error as? FileError, .notARegularFile(path: path, kind: "a directory"))
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".lock"))
    }

    func testADirectoryThatCannotBeCreatedIsAWriteErrorNamingTheFile() throws {
        let directory = try temporaryDirectory(for: self)
        _ = FileManager.default.createFile(atPath: directory + "/plain-file", contents: Data())
        let path = directory + "/plain-file/lineup/bookmarks.json"
        XCTAssertThrowsError(try BookmarkStore(path: path).add([monarch])) { error in
            guard case .cannotWrite(let named, _)? = error as? FileError else {
                return XCTFail("expected cannotWrite, got \(error)")
            }
            XCTAssertEqual(named, path)
        }
    }

    func testAFileThatCannotBeReadIsAnErrorAndIsNotMovedAside() throws {
        try XCTSkipIf(getuid() == 0, "root reads files whatever their permissions")
        let directory = try temporaryDirectory(for: self)
        let path = directory + "/bookmarks.json"
        try makeStore(directory).add([monarch])
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        XCTAssertThrowsError(try makeStore(directory).add([pointer])) { error in
            XCTAssertEqual(error as? FileError, .cannotRead(path: path, reason: "Permission denied"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        XCTAssertEqual(try makeStore(directory).load().ids, ["t-monarch"])
    }
}

/// A thread-safe box for what a closure saw.
final class Observed: @unchecked Sendable {
    private let lock = NSLock()
    private var values = (old: "", new: "", temporary: "")

    func record(old: String, new: String, temporary: String) {
        lock.lock()
        defer { lock.unlock() }
        values = (values.old + old, new, temporary)
    }

    var old: String { lock.lock(); defer { lock.unlock() }; return values.old }
    var new: String { lock.lock(); defer { lock.unlock() }; return values.new }
    var temporary: String { lock.lock(); defer { lock.unlock() }; return values.temporary }
}

func parentPath(_ path: String) -> String {
    (path as NSString).deletingLastPathComponent
}
