import Foundation
import XCTest

/// The config file with the real binary: rebound keys and colours in the browser (tmux), and
/// `lineup config` and the browser refusing a broken file.
final class ConfigEndToEndTests: XCTestCase {
    private var directory: URL!
    private var configHome: String { directory.appendingPathComponent("config").path }
    private var configFile: String { configHome + "/lineup/config.toml" }
    private var bookmarks: String { directory.appendingPathComponent("bookmarks.json").path }

    override func setUpWithError() throws {
        directory = try BuiltProducts.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: configHome + "/lineup", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func writeConfig(_ text: String) throws {
        try text.write(toFile: configFile, atomically: true, encoding: .utf8)
    }

    /// The browser on the seeds in tmux. NO_COLOR is emptied (the test runner may set it), so
    /// colours are on unless a test sets it.
    private func browser(_ environment: [String: String] = [:]) throws -> TmuxSession {
        let base = ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": configHome, "NO_COLOR": ""]
        return try TmuxSession([try BuiltProducts.lineup().path, "--data", LineupBinary.dataDirectory, "--bookmarks", bookmarks],
                               columns: 120, rows: 40, environment: base.merging(environment) { $1 })
    }

    private static let rebindingConfig = """
        [keys]
        bookmark = ["x"]

        [colors]
        selection = "black yellow bold underline"
        """

    func testABookmarkRebindingToXAndARecolouredSelectionInTheBrowser() throws {
        try writeConfig(Self.rebindingConfig)
        let tmux = try browser()
        try tmux.waitFor(text: "Applications 3")
        let dump = try tmux.captureWithAttributes()
        let selected = ScreenAttributes.at("Thu 22 Jul 2021", in: dump)
        XCTAssertEqual(selected, ScreenAttributes(bold: true, underline: true, reverse: false, foreground: "30", background: "43"),
                       dump.replacingOccurrences(of: "\u{1B}", with: "^["))

        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1/8")
        try tmux.send("b")
        try tmux.send("x")
        try tmux.waitFor(text: "Bookmarked")
        try tmux.send("?")
        let help = try tmux.waitFor(text: "Lineup help")
        XCTAssertTrue(help.contains { _ in true } && help.split(separator: "\n").contains { $0.contains("x ") && $0.contains("Bookmark the talk") }, help)
        XCTAssertFalse(help.contains("b Space"), help)
        try tmux.send("Escape")
        try tmux.waitFor("the help to close") { !$0.contains("Lineup help") }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let saved = try String(contentsOfFile: bookmarks, encoding: .utf8)
        XCTAssertEqual(saved.components(separatedBy: "\"id\"").count - 1, 1, "x bookmarked one talk, b none: \(saved)")
    }

    func testNoColorWinsOverTheConfiguredSelection() throws {
        try writeConfig(Self.rebindingConfig)
        let tmux = try browser(["NO_COLOR": "1"])
        try tmux.waitFor(text: "Applications 3")
        let selected = ScreenAttributes.at("Thu 22 Jul 2021", in: try tmux.captureWithAttributes())
        XCTAssertEqual(selected?.reverse, true, "\(selected.map(\.description) ?? "not found")")
        XCTAssertNil(selected?.foreground)
        XCTAssertNil(selected?.background)
        XCTAssertEqual(selected?.underline, false)
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testABrokenConfigStopsTheBrowserAndConfigCheckSaysTheSame() throws {
        try writeConfig("""
            [keys]
            bookmark = ["x", "spcae"]
            "talks.top" = ["x"]
            """)
        let environment = ["XDG_CONFIG_HOME": configHome, "LINEUP_DATA": LineupBinary.dataDirectory]
        let check = try LineupBinary.run(["config", "check"], environment: environment)
        XCTAssertEqual(check.status, 1)
        let expected = [
            "\(configFile):2:18: unknown key name \"spcae\"",
            "\(configFile):3:16: x is bound twice in talks: to top and to bookmark (line 2)",
        ]
        for line in expected { XCTAssertTrue(check.stderr.contains(line), check.stderr) }

        let browse = try LineupBinary.run(["browse", "--bookmarks", bookmarks], environment: environment)
        XCTAssertEqual(browse.status, 1)
        for line in expected { XCTAssertTrue(browse.stderr.contains(line), browse.stderr) }
        XCTAssertFalse(browse.stderr.contains("terminal"), "it stopped before opening the terminal: \(browse.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: bookmarks))
    }

    func testConfigPathAndConfigDefaultWhichChecksCleanWhenUncommented() throws {
        let environment = ["XDG_CONFIG_HOME": configHome]
        let path = try LineupBinary.run(["config", "path"], environment: environment)
        XCTAssertEqual(path.stdout, configFile + "\n")
        XCTAssertEqual(try LineupBinary.run(["config", "check"], environment: environment).stdout, "\(configFile): no file (the defaults apply)\n")

        let defaults = try LineupBinary.run(["config", "default"], environment: environment)
        XCTAssertEqual(defaults.status, 0)
        XCTAssertTrue(defaults.stdout.contains("\n# bookmark = [\"b\", \"space\"]\n"))
        XCTAssertTrue(defaults.stdout.contains("\n# selection = \"231 24\"\n"))
        let uncommented = defaults.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.range(of: #"^# [a-z_"][a-z_."0-9]* = "#, options: .regularExpression) != nil ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        try writeConfig(uncommented)
        let check = try LineupBinary.run(["config", "check"], environment: environment)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stdout, "\(configFile): ok\n")
    }

    func testTheExportFormatComesFromTheConfigUnlessGiven() throws {
        try writeConfig("[export]\nformat = \"md\"\n")
        let environment = ["XDG_CONFIG_HOME": configHome, "LINEUP_DATA": LineupBinary.dataDirectory]
        let markdown = try LineupBinary.run(["export", "--bookmarks", bookmarks], environment: environment)
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertFalse(markdown.stdout.contains("BEGIN:VCALENDAR"))
        XCTAssertTrue(markdown.stdout.hasPrefix("#"), markdown.stdout)
        let calendar = try LineupBinary.run(["export", "--format", "ics", "--bookmarks", bookmarks], environment: environment)
        XCTAssertTrue(calendar.stdout.hasPrefix("BEGIN:VCALENDAR"), calendar.stdout)
    }
}
