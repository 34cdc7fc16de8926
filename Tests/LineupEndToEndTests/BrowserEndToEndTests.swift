import Foundation
import XCTest

/// The real `lineup` binary in tmux, driven like a person would.
final class BrowserEndToEndTests: XCTestCase {
    private var directory: URL!
    private var bookmarks: String { directory.appendingPathComponent("bookmarks.json").path }

    override func setUpWithError() throws {
        directory = try BuiltProducts.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func start(_ arguments: [String], columns: Int = 120, rows: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        let base = ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        return try TmuxSession([try BuiltProducts.lineup().path] + arguments, columns: columns, rows: rows,
                               environment: base.merging(environment) { $1 })
    }

    func testFindingMonarchBookmarkingItResizingAndQuittingKeepsTheBookmark() throws {
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let tmux = try start(["--data", data, "--bookmarks", bookmarks])

        let first = try tmux.waitFor(text: "Applications 3")
        XCTAssertTrue(first.contains("Thu 22 Jul 2021"), first)
        XCTAssertTrue(first.contains("Tue 19 Jul 2022"), first)
        XCTAssertTrue(first.contains("Daily Papers"), first)

        try tmux.send("/")
        try tmux.send("Monarch", literal: true)
        try tmux.waitFor(text: "/Monarch")
        try tmux.send("Enter")
        let found = try tmux.waitFor("Monarch's details") { $0.contains("Tri Dao") && $0.contains("Outstanding Paper Runner Up") }
        XCTAssertTrue(found.contains("Monarch: Expressive Structured"), found)
        XCTAssertTrue(found.contains("1 of 115 talks"), found)

        try tmux.send("b")
        try tmux.waitFor(text: "Bookmarked")
        try waitForFile(bookmarks) { $0.contains("Monarch: Expressive Structured Matrices") }

        try tmux.resize(columns: 70, rows: 18)
        try tmux.waitFor("the narrow layout") { $0.contains("Details") && !$0.contains("Sessions") }
        try tmux.resize(columns: 120, rows: 40)
        try tmux.waitFor(text: "Tri Dao")
        XCTAssertTrue(tmux.isRunning, "resizing ended the program")

        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let saved = try String(contentsOfFile: bookmarks, encoding: .utf8)
        XCTAssertTrue(saved.contains("Monarch: Expressive Structured Matrices"), saved)
    }

    func testAPageWithEscapeSequencesInItsTitlesCannotRetitleOrRecolourTheTerminal() throws {
        let page = directory.appendingPathComponent("hostile.txt")
        try HostilePage.text.write(to: page, atomically: true, encoding: .utf8)
        let tmux = try start(["browse", "--data", page.path, "--bookmarks", bookmarks])
        let titleBefore = try tmux.value("pane_title")

        try tmux.waitFor(text: "Sessions")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.send("Enter")
        let screen = try tmux.waitFor(text: "Mallory")
        XCTAssertTrue(screen.contains("Harmless"), screen)
        XCTAssertFalse(screen.contains("pwned"), screen)

        XCTAssertEqual(try tmux.value("pane_title"), titleBefore, "an OSC sequence retitled the terminal")
        let attributes = try tmux.captureWithAttributes()
        for injected in ["38;2;1;2;3", "48;5;201", "38;5;201"] {
            XCTAssertFalse(attributes.contains(injected), "the page's colour \(injected) reached the terminal")
        }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testCtrlCQuitsWithStatusZero() throws {
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let tmux = try start(["--data", data, "--bookmarks", bookmarks], columns: 80, rows: 24)
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testSIGTERMRestoresTheTerminalBeforeTheProgramEnds() throws {
        try assertSIGTERMRestoresTheTerminal(lineup: try BuiltProducts.lineup().path)
    }

    /// The release build `make run` and `make install` ship: its optimiser once inlined the
    /// signal flag into a copy the handler never wrote, so SIGTERM and a closed window left it
    /// running (spinning on a dead terminal). `make test` builds it first.
    func testTheReleaseBuildEndsOnSIGTERMAndWhenItsWindowCloses() throws {
        let release = BuiltProducts.packageRoot.appendingPathComponent(".build/release/lineup").path
        guard FileManager.default.isExecutableFile(atPath: release) else {
            throw XCTSkip("no release build: `make test` builds it (swift build -c release --product lineup)")
        }
        try assertSIGTERMRestoresTheTerminal(lineup: release)
        try assertClosingTheWindowEndsTheProgram(lineup: release)
    }

    /// The release build once freed the query's text when Backspace emptied the query line and
    /// kept using it (Swift 6.3.1's optimiser retained the saved editor only after destroying
    /// the old search state): a crash or a corrupted heap soon after. glibc is told to fill
    /// freed memory with a pattern and keep no per-thread cache, so a use of the freed text
    /// faults at once instead of by chance.
    func testTheReleaseBuildKeepsWorkingAfterBackspaceEmptiesTheQuery() throws {
        let release = BuiltProducts.packageRoot.appendingPathComponent(".build/release/lineup").path
        guard FileManager.default.isExecutableFile(atPath: release) else {
            throw XCTSkip("no release build: `make test` builds it (swift build -c release --product lineup)")
        }
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let environment = ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                           "MALLOC_PERTURB_": "165", "GLIBC_TUNABLES": "glibc.malloc.tcache_count=0"]
        let tmux = try TmuxSession([release, "--data", data, "--bookmarks", bookmarks], columns: 120, rows: 40,
                                   environment: environment)
        try tmux.waitFor(text: "Applications 3")
        let typed = "sparse attention "  // longer than a small string: its text lives on the heap
        for _ in 0..<2 {
            try tmux.send("/")
            try tmux.send(typed, literal: true)
            try tmux.waitFor(text: "/" + typed.trimmingCharacters(in: .whitespaces))
            for _ in typed { try tmux.send("BSpace") }
            try tmux.send("Monarch", literal: true)
            try tmux.waitFor(text: "/Monarch")  // not "/sMonarch": every Backspace arrived
            try tmux.waitFor(text: "Monarch: Expressive Structured")
            XCTAssertTrue(tmux.isRunning, "the browser ended after Backspace emptied the query")
            try tmux.send("Escape")
            try tmux.waitFor("Esc to clear the query") { !$0.contains("/Monarch") }
        }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testClosingTheWindowEndsTheProgram() throws {
        try assertClosingTheWindowEndsTheProgram(lineup: try BuiltProducts.lineup().path)
    }

    private func assertClosingTheWindowEndsTheProgram(lineup: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let pidFile = directory.appendingPathComponent("pid-closing").path
        let script = "\(lineup) --data \(data) --bookmarks \(bookmarks) & echo $! > \(pidFile); wait $!"
        let tmux = try TmuxSession(["sh", "-c", script], columns: 100, rows: 30, environment: ["LANG": "C.UTF-8"])
        try tmux.waitFor(text: "Applications 3")
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.closeTerminal()
        let deadline = Date().addingTimeInterval(5)
        // Gone, or a zombie waiting to be reaped: either way no longer running.
        func running() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
            return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
        }
        while running(), Date() < deadline { usleep(50_000) }
        XCTAssertFalse(running(), "lineup (pid \(pid)) kept running after its terminal closed", file: file, line: line)
        if running() { kill(pid_t(pid) ?? 0, SIGKILL) }
    }

    private func assertSIGTERMRestoresTheTerminal(lineup: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let before = directory.appendingPathComponent("stty-before").path
        let after = directory.appendingPathComponent("stty-after").path
        let script = "stty -g > \(before); \(lineup) --data \(data) --bookmarks \(bookmarks) & echo $! > \(directory.path)/pid; wait $!; echo status=$?; stty -g > \(after)"
        let tmux = try TmuxSession(["sh", "-c", script], columns: 100, rows: 30, environment: ["LANG": "C.UTF-8"])
        try tmux.waitFor(text: "Applications 3")
        let pid = try String(contentsOfFile: directory.path + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(kill(pid_t(pid) ?? 0, SIGTERM), 0, file: file, line: line)
        let screen = try tmux.waitFor(text: "status=")
        XCTAssertTrue(screen.contains("status=143"), screen, file: file, line: line)
        try waitForFile(after) { !$0.isEmpty }
        XCTAssertEqual(try String(contentsOfFile: after, encoding: .utf8), try String(contentsOfFile: before, encoding: .utf8),
                       "the terminal modes were not restored", file: file, line: line)
    }

    func testWithoutAnyTerminalTheBrowserSaysSoAndFails() throws {
        // setsid: a new session with no controlling terminal, so /dev/tty cannot be opened either.
        let output = directory.appendingPathComponent("output").path
        let data = BuiltProducts.packageRoot.appendingPathComponent("Data").path
        let status = try BuiltProducts.spawnAndWait(["/usr/bin/setsid", "-w", try BuiltProducts.lineup().path, "--data", data,
                                                     "--bookmarks", bookmarks], output: output)
        let printed = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertEqual(status, 1, printed)
        XCTAssertTrue(printed.contains("no terminal to draw on"), printed)
    }

    private func waitForFile(_ path: String, timeout: TimeInterval = 10, _ predicate: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), predicate(text) { return }
            usleep(30_000)
        }
        XCTFail("\(path) never had what was expected: \((try? String(contentsOfFile: path, encoding: .utf8)) ?? "no file")")
    }
}

/// A session page whose title, authors and abstract carry OSC (retitle), CSI (colours, clear)
/// and other control sequences.
enum HostilePage {
    static let text = """
        Skip to yearly menu bar Skip to main content


        Session

        Injected \u{1B}]0;pwned-session\u{07}Session

        Hall \u{1B}[2JX

        Moderator: Eve \u{1B}]2;pwned-moderator\u{1B}\\

        Abstract:

        Chat is not available.

        Tue 19 July 10:30 - 10:35 PDT

        Spotlight
        Harmless \u{1B}]0;pwned\u{07}Title \u{1B}[38;2;1;2;3mcoloured\u{1B}[0m \u{1B}[48;5;201mpink\u{1B}[m

        Mallory \u{1B}]2;pwned-author\u{07}Smith · Trudy \u{9B}31mRed

        An abstract with a bell\u{07} and \u{1B}[5mblinking\u{1B}[25m text and \u{1B}c a reset.

        """
}
