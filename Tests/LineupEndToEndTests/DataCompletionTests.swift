import Foundation
import XCTest

/// Tab completion of `--data`, as the shells ask for it (`lineup ---completion …`): files and
/// directories, then the subscribed sources' URLs.
final class DataCompletionTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try BuiltProducts.temporaryDirectory()
        let config = directory.appendingPathComponent("config/lineup")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try #"{"sources": [{"name": "ccc", "url": "https://fahrplan.events.ccc.de/congress/2024/schedule.json"}, {"name": "fosdem", "url": "https://fosdem.org/2024/schedule/xml"}]}"#
            .write(to: config.appendingPathComponent("sources.json"), atomically: true, encoding: .utf8)
        let files = directory.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files.appendingPathComponent("pages"), withIntermediateDirectories: true)
        for name in ["agenda.json", "abstracts.txt", ".hidden.json"] {
            FileManager.default.createFile(atPath: files.appendingPathComponent(name).path, contents: Data())
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// What `lineup list --data WORD<Tab>` offers.
    private func complete(_ word: String) throws -> [String] {
        let result = try LineupBinary.run(["---completion", "list", "--", "--data", "3", "\(word.count)", "lineup", "list", "--data", word],
                                          environment: ["XDG_CONFIG_HOME": directory.appendingPathComponent("config").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func testAURLPrefixOffersTheSubscribedSources() throws {
        XCTAssertEqual(try complete("https://f"), ["https://fahrplan.events.ccc.de/congress/2024/schedule.json", "https://fosdem.org/2024/schedule/xml"])
        XCTAssertEqual(try complete("https://fo"), ["https://fosdem.org/2024/schedule/xml"])
    }

    func testAPathPrefixOffersFilesAndDirectoriesButNotHiddenOnes() throws {
        let files = directory.appendingPathComponent("files").path
        XCTAssertEqual(try complete(files + "/a"), [files + "/abstracts.txt", files + "/agenda.json"])
        XCTAssertEqual(try complete(files + "/"), [files + "/abstracts.txt", files + "/agenda.json", files + "/pages/"])
        XCTAssertEqual(try complete(files + "/.h"), [files + "/.hidden.json"])
    }

    func testWithoutASourceListOnlyFilesAreOffered() throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent("config/lineup/sources.json"))
        XCTAssertEqual(try complete("https://"), [])
    }
}
