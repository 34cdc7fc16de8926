import Foundation
import XCTest

/// A session page of one more ICML 2022 track: an oral from 11:10 to 11:30 PDT on Tue 19 July,
/// overlapping Monarch (11:00–11:20) in the seeds. The seeds alone have no two talks at once.
func writeParallelTrack(in directory: String) throws -> String {
    let path = directory + "/parallel-track.txt"
    try """
        Skip to yearly menu bar Skip to main content

        Session

        Parallel Track

        Hall F

        Moderator: Ada Lovelace

        Abstract:

        Chat is not available.

        Tue 19 July 11:10 - 11:30 PDT

        Oral
        Sparse Attention at the Same Hour

        Ada Lovelace · Charles Babbage

        We study attention at length.

        """.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// The id of the oral on the page `writeParallelTrack` wrote at `path`.
func parallelTrackTalkID(_ path: String) throws -> String {
    let listed = try lineup(["list", "--json", "--data", path, "title:\"Sparse Attention\""])
    let records = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
    return try XCTUnwrap(records?.first?["id"] as? String, listed.stderr)
}

/// `lineup export --with NAME` on the seeds plus one parallel track, with picks imported here.
final class ExportWithFriendsTests: XCTestCase {
    private struct Fixture {
        var mine: String
        var parallel: String
        var monarch: String, generalizing: String, selfConditioning: String, sparse: String, pointer: String
    }

    /// You bookmark Monarch and "Generalizing…"; Ana picked "Generalizing…" too, the talk
    /// after it, the parallel track's oral (a clash with Monarch), Pointer Networks (a
    /// paper) and an item no loaded data has.
    private func fixture() throws -> Fixture {
        let directory = try scratchDirectory()
        let parallel = try writeParallelTrack(in: directory)
        let items = try seedItems()
        func id(_ prefix: String) throws -> String { try XCTUnwrap(items.first { $0.title.hasPrefix(prefix) }?.id, prefix) }
        let sparse = try parallelTrackTalkID(parallel)
        let fixture = Fixture(mine: directory + "/bookmarks.json", parallel: parallel, monarch: try id("Monarch"),
                              generalizing: try id("Generalizing to New Physical"), selfConditioning: try id("Self-conditioning"),
                              sparse: sparse, pointer: try id("Pointer Networks"))
        let anas = directory + "/ana.json"
        XCTAssertEqual(try lineup(["bookmark", "add", fixture.monarch, fixture.generalizing, "--bookmarks", fixture.mine]).status, 0)
        let added = try lineup(["bookmark", "add", fixture.generalizing, fixture.selfConditioning, fixture.sparse, fixture.pointer,
                                "--bookmarks", anas, "--data", parallel])
        XCTAssertEqual(added.status, 0, added.stderr)
        // An item of a schedule nobody loaded here: kept in Ana's file, listed apart.
        var file = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: anas))) as? [String: Any])
        var bookmarks = try XCTUnwrap(file["bookmarks"] as? [[String: Any]])
        bookmarks.append(["id": "t0000000000000000", "title": "A dropped talk", "start": NSNull(), "added": "2024-05-01T09:30:00Z", "note": NSNull()])
        file["bookmarks"] = bookmarks
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: anas))
        let imported = try lineup(["bookmark", "import", anas, "--as", "Ana", "--bookmarks", fixture.mine, "--data", parallel])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        return fixture
    }

    private func export(_ f: Fixture, _ arguments: [String]) throws -> LineupBinary.Result {
        try lineup(["export", "--bookmarks", f.mine, "--data", f.parallel] + arguments)
    }

    func testMarkdownShowsAnasPicksAmongYoursWithTheClashAndTheTalkYouShare() throws {
        let f = try fixture()
        let result = try export(f, ["--with", "ana", "--format", "md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("With the picks of Ana: 3 more items, 1 you both picked, 1 clash between yours and theirs (⟂); "
                                     + "1 of their picks not found."), result.stdout)
        let tuesday = lines.filter { $0.hasPrefix("- **11:") }
        XCTAssertEqual(tuesday, [
            "- **11:00-11:20** Monarch: Expressive Structured Matrices for Efficient and Accurate Training  ",
            "- **11:10-11:30** Sparse Attention at the Same Hour · *picked by Ana* ⟂  ",
            "- **11:20-11:25** Generalizing to New Physical Systems via Context-Informed Dynamics Model · *with Ana*  ",
            "- **11:25-11:30** Self-conditioning Pre-Trained Language Models · *picked by Ana*  ",
        ], "time order, each talk once")
        XCTAssertTrue(lines.contains("  ⟂ Clashes with Ana's pick: Sparse Attention at the Same Hour"))
        XCTAssertTrue(lines.contains("- **Pointer Networks** · *picked by Ana*  "), "her paper in the reading list")
        XCTAssertTrue(lines.contains("- Ana: A dropped talk, id t0000000000000000"))
        XCTAssertTrue(result.stderr.contains("1 of the friends' picks is not in the loaded data"), result.stderr)

        let alone = try export(f, ["--format", "md"])
        XCTAssertFalse(alone.stdout.contains("Ana"), "without --with the export is yours alone")
    }

    func testCSVAndJSONSayWhoPickedEachItemAndWhichTalksClash() throws {
        let f = try fixture()
        let csv = try export(f, ["--with", "all", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let header = try XCTUnwrap(rows.first)
        XCTAssertEqual(Array(header.suffix(2)), ["who", "friend_clashes"])
        // No field of these rows holds a comma: split on commas is exact for the columns read here.
        let byID = Dictionary(rows.dropFirst().map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        func who(_ id: String) -> [String]? { byID[id].map { Array($0.suffix(2)) } }
        XCTAssertEqual(who(f.monarch), ["you", f.sparse])
        XCTAssertEqual(who(f.sparse), ["Ana", f.monarch])
        XCTAssertEqual(who(f.generalizing), ["you; Ana", ""])
        XCTAssertEqual(who(f.selfConditioning), ["Ana", ""])
        XCTAssertEqual(byID[f.pointer]?.first, "reading")
        XCTAssertEqual(byID["t0000000000000000"]?.first, "missing")
        XCTAssertEqual(rows.count, 1 + 6)

        let json = try export(f, ["--with", "Ana", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(document["friends"] as? [String], ["Ana"])
        let clashes = try XCTUnwrap(document["friendClashes"] as? [[String: String]])
        XCTAssertEqual(clashes, [["friend": "Ana", "yours": f.monarch, "theirs": f.sparse,
                                  "start": "2022-07-19T18:10:00Z", "end": "2022-07-19T18:20:00Z"]])
        let items = try XCTUnwrap(document["items"] as? [[String: Any]])
        XCTAssertEqual(items.compactMap { $0["id"] as? String }, [f.monarch, f.sparse, f.generalizing, f.selfConditioning, f.pointer])
        XCTAssertEqual(items.map { $0["who"] as? [String] ?? [] }, [["you"], ["Ana"], ["you", "Ana"], ["Ana"], ["Ana"]])
        XCTAssertEqual((document["missingPicks"] as? [[String: Any]])?.first?["friend"] as? String, "Ana")
    }

    func testAnUnknownNameListsTheKnownOnesAndAnICSExportRefusesFriends() throws {
        let f = try fixture()
        let unknown = try export(f, ["--with", "Bo", "--format", "md"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no friend named \"Bo\" (known: Ana; or all)"), unknown.stderr)
        XCTAssertTrue(unknown.stdout.isEmpty)

        let calendar = try export(f, ["--with", "Ana", "--format", "ics"])
        XCTAssertEqual(calendar.status, 1)
        XCTAssertTrue(calendar.stderr.contains("an ics export is your own calendar"), calendar.stderr)
        XCTAssertTrue(calendar.stdout.isEmpty)

        let reserved = try lineup(["bookmark", "import", f.mine, "--as", "All", "--bookmarks", f.mine])
        XCTAssertNotEqual(reserved.status, 0)
        XCTAssertTrue(reserved.stderr.contains("\"all\" stands for every friend"), reserved.stderr)
    }

    func testTabCompletesTheNamesOfTheFriendsBesideTheBookmarkFileNamed() throws {
        let f = try fixture()
        /// What the shell gets for `lineup WORDS… WORD<Tab>` where WORD is an argument of `option`.
        func complete(_ command: [String], _ option: String, _ word: String) throws -> [String] {
            let words = ["lineup"] + command + ["--bookmarks", f.mine] + (option.hasPrefix("--") ? [option] : []) + [word]
            let result = try LineupBinary.run(["---completion"] + command + ["--", option, "\(words.count - 1)", "\(word.count)"] + words)
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout.split(separator: "\n").map(String.init)
        }
        XCTAssertEqual(try complete(["export"], "--with", ""), ["Ana", "all"])
        XCTAssertEqual(try complete(["export"], "--with", "an"), ["Ana"], "without regard to case")
        XCTAssertEqual(try complete(["bookmark", "forget"], "name", ""), ["Ana"], "forget takes a name, not all")
    }
}
