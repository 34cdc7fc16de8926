import Foundation
import XCTest

/// The browser's input in a real terminal (tmux): pasting, Alt keys, a window too small to
/// draw in, Ctrl-Z and `fg`, and a terminal that cannot move the cursor.
final class TerminalInputEndToEndTests: XCTestCase {
    private var directory: URL!
    private var bookmarks: String { directory.appendingPathComponent("bookmarks.json").path }
    private var data: String { BuiltProducts.packageRoot.appendingPathComponent("Data").path }
    private let base = ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    override func setUpWithError() throws {
        directory = try BuiltProducts.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func start(columns: Int = 120, rows: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession([try BuiltProducts.lineup().path, "--data", data, "--bookmarks", bookmarks],
                                      columns: columns, rows: rows, environment: base.merging(environment) { $1 })
        return session
    }

    private var noBookmarkSaved: Bool {
        guard let text = try? String(contentsOfFile: bookmarks, encoding: .utf8) else { return true }
        return !text.contains("\"id\"")
    }

    func testTextPastedIntoTheSearchLineIsSearchedAndRunsNoKeys() throws {
        let tmux = try start()
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("/")
        try tmux.waitFor(text: "Enter keep")
        try tmux.paste("monarch\nb")
        let screen = try tmux.waitFor(text: "/monarch b")
        XCTAssertTrue(screen.contains("Enter keep"), "the line break pressed Enter:\n\(screen)")
        XCTAssertFalse(screen.contains("Bookmarked"), screen)
        XCTAssertTrue(noBookmarkSaved, "the pasted b bookmarked a talk")
        try tmux.send("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testTextPastedIntoTheNotePromptIsTheNote() throws {
        let tmux = try start()
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.send("c")
        try tmux.waitFor(text: "Note:")
        try tmux.paste("read first\nle")
        try tmux.waitFor(text: "Note: read first le")
        try tmux.send("Enter")
        try tmux.waitFor(text: "with a note")
        let saved = try String(contentsOfFile: bookmarks, encoding: .utf8)
        XCTAssertTrue(saved.contains("read first le"), saved)
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testAltBIsNeitherEscNorB() throws {
        let tmux = try start()
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.send("M-b")
        try tmux.send("c")  // a key after it, to know Alt-b was read
        let screen = try tmux.waitFor(text: "Note:")
        XCTAssertFalse(screen.contains("Bookmarked"), screen)
        XCTAssertTrue(noBookmarkSaved, "Alt-b was read as Esc, b")
        try tmux.send("Escape")
        // Esc and q sent together are Alt-q, as a terminal sends it: wait as a person would.
        try tmux.waitFor("the note prompt to close") { !$0.contains("Note:") }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testOnAWindowTooSmallOnlyQuittingActs() throws {
        let tmux = try start(columns: 80, rows: 24)
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.resize(columns: 20, rows: 5)
        try tmux.waitFor(text: "too small")
        try tmux.send("b")
        try tmux.send("Space")
        try tmux.send("c")
        // The keys are read within milliseconds; a resize would overtake them (curses reports
        // it before pending keys), so give them a moment.
        usleep(700_000)
        try tmux.resize(columns: 80, rows: 24)
        let screen = try tmux.waitFor(text: "Talks")
        XCTAssertFalse(screen.contains("Note:"), screen)
        XCTAssertFalse(screen.contains("★"), screen)
        XCTAssertTrue(noBookmarkSaved, "a key acted on a window too small to show it")
        try tmux.resize(columns: 20, rows: 5)
        try tmux.waitFor(text: "q quits")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testCtrlZSuspendsToTheShellAndFgRedrawsTheBrowser() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { throw XCTSkip("no /bin/bash for job control") }
        let tmux = try TmuxSession(["/bin/bash", "--norc", "--noprofile", "-i"], columns: 100, rows: 30,
                                   environment: base.merging(["PS1": "shell$ "]) { $1 })
        try tmux.waitFor(text: "shell$")
        try tmux.send("\(try BuiltProducts.lineup().path) --data \(data) --bookmarks \(bookmarks)", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: "Applications 3")
        try tmux.send("C-z")
        let suspended = try tmux.waitFor(text: "Stopped")
        XCTAssertFalse(suspended.contains("Applications 3"), "the browser's screen was left to the shell:\n\(suspended)")
        try tmux.send("fg", literal: true)
        try tmux.send("Enter")
        let back = try tmux.waitFor("the browser drawn again") { $0.contains("Applications 3") && $0.contains("Days") && !$0.contains("Stopped") }
        XCTAssertTrue(back.contains("? help"), back)
        try tmux.send("q")
        try tmux.waitFor(text: "shell$")
        try tmux.send("echo status=$?", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: "status=0")
    }

    func testADumbTerminalIsRefusedWithAPointerToLineupList() throws {
        let tmux = try start(environment: ["TERM": "dumb"])
        XCTAssertEqual(try tmux.waitForExit(), 1)
        let screen = try tmux.capture()
        XCTAssertTrue(screen.contains("\"dumb\" cannot move the cursor"), screen)
        XCTAssertTrue(screen.contains("lineup list"), screen)
    }
}
