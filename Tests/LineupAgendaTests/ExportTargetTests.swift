import Foundation
import LineupAgenda
import XCTest

/// Where an export may write (issue 11, rule 2), checked on real files in a temporary directory.
final class ExportTargetTests: XCTestCase {
    private var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "lineup-export-target-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/data/day2", withIntermediateDirectories: true)
        for (name, text) in [("bookmarks.json", "{}"), ("data/day1.txt", "page"), ("data/day2/page.txt", "page"),
                             ("page.txt", "page"), ("precious.md", "mine")] {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private var target: ExportTarget {
        ExportTarget(bookmarkFile: directory + "/bookmarks.json", dataPaths: [directory + "/page.txt", directory + "/data"])
    }

    private func refusal(_ name: String, replacing: Bool) -> ExportTarget.Refusal? {
        do {
            try target.check(directory + "/" + name, replacing: replacing)
            return nil
        } catch let refusal as ExportTarget.Refusal {
            return refusal
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testANewFileIsFineAndAnExistingOneNeedsReplacing() {
        XCTAssertNil(refusal("agenda.md", replacing: false))
        XCTAssertNil(refusal("data/agenda.md", replacing: false), "a new file beside the data")
        XCTAssertEqual(refusal("precious.md", replacing: false), .exists(path: directory + "/precious.md"))
        XCTAssertNil(refusal("precious.md", replacing: true))
    }

    func testTheBookmarkFileIsRefusedEvenWhenReplacingByAnyNameOrLink() throws {
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.json", withDestinationPath: directory + "/bookmarks.json")
        for name in ["bookmarks.json", "./bookmarks.json", "data/../bookmarks.json", "link.json"] {
            guard case .bookmarkFile = refusal(name, replacing: true) else { return XCTFail(name) }
        }
        let fresh = ExportTarget(bookmarkFile: directory + "/new-bookmarks.json", dataPaths: [])
        XCTAssertThrowsError(try fresh.check(directory + "/new-bookmarks.json", replacing: true),
                             "not even a bookmark file that does not exist yet")
    }

    func testLoadedDataFilesAreRefusedEvenWhenReplacing() {
        for name in ["page.txt", "data/day1.txt", "data/day2/page.txt"] {
            guard case .dataFile = refusal(name, replacing: true) else { return XCTFail(name) }
        }
        XCTAssertTrue(refusal("page.txt", replacing: true)?.description.contains("is a loaded data file") == true)
    }

    func testTheFormatComesFromTheExtensionAsTheCommandLineReadsIt() {
        XCTAssertEqual(ExportFormat(fileName: "a/agenda.CSV"), .csv)
        XCTAssertEqual(ExportFormat(fileName: "plan.markdown"), .md)
        XCTAssertEqual(ExportFormat(fileName: "cal.ical"), .ics)
        XCTAssertNil(ExportFormat(fileName: "agenda.txt"))
        XCTAssertNil(ExportFormat(fileName: "agenda"))
    }
}
