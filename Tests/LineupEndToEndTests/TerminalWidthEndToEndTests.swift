import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// Titles with emoji ZWJ sequences and flags in a real terminal (tmux): Lineup, curses and the
/// terminal must agree on every cluster's width, or borders shift and stale characters stay
/// behind (issue 11, defect 25).
final class TerminalWidthEndToEndTests: XCTestCase {
    static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
    static let flag = "\u{1F1E9}\u{1F1EA}"
    static let rainbowFlag = "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}"

    static let page = """
        Skip to yearly menu bar Skip to main content


        Session

        Emoji Track

        Hall E

        Moderator: Ada

        Abstract:

        Chat is not available.

        Tue 19 July 10:30 - 10:35 PDT

        Spotlight
        Families \(family) and flags \(flag) \(flag), a rainbow \(rainbowFlag) in a title that wraps \(family)\(family)\(flag)\(rainbowFlag)\(rainbowFlag) end

        Ada Lovelace · \(rainbowFlag) Babbage

        Abstract \(flag)\(family) text.

        Tue 19 July 10:35 - 10:40 PDT

        Spotlight
        Plain title

        Bob

        Plain abstract.

        """

    private var directory: URL!

    override func setUpWithError() throws {
        directory = try BuiltProducts.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The C library's `wcwidth` (Swift's Glibc module leaves it out): the widths tmux uses.
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")  // RTLD_DEFAULT
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Columns a captured row takes: each scalar's `wcwidth` (what tmux counts once no joiner
    /// is written).
    private func columns(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, Int(Self.wcwidth(Int32(bitPattern: $1.value)))) }
    }

    /// The columns where "│" separators sit in each row.
    private func separatorColumns(_ row: Substring) -> [Int] {
        var result: [Int] = []
        var index = row.startIndex
        while let found = row[index...].firstIndex(of: "│") {
            result.append(columns(row[..<found]))
            index = row.index(after: found)
        }
        return result
    }

    func testEmojiSequencesAndFlagsKeepThePanesAlignedAndLeaveNothingBehind() throws {
        setlocale(LC_ALL, "C.UTF-8")
        let file = directory.appendingPathComponent("emoji.txt")
        try Self.page.write(to: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession([try BuiltProducts.lineup().path, "--data", file.path,
                                    "--bookmarks", directory.appendingPathComponent("b.json").path],
                                   columns: 120, rows: 30, environment: ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.waitFor(text: "Emoji Track")
        try tmux.send("Enter")
        try tmux.send("Enter")
        let shown = try tmux.waitFor("the emoji talk's details") { $0.contains("Ada Lovelace") }
        XCTAssertFalse(shown.unicodeScalars.contains("\u{200D}"), "a joiner reached the terminal:\n\(shown)")
        let rows = shown.split(separator: "\n", omittingEmptySubsequences: false).prefix(28)
        let borders = separatorColumns(rows[2])
        XCTAssertEqual(borders.count, 2, "\(rows[2])")
        for (number, row) in rows.enumerated() where number > 0 && row.contains("│") {
            XCTAssertEqual(separatorColumns(row), borders, "row \(number) is out of line:\n\(shown)")
        }
        XCTAssertTrue(shown.contains(Self.flag), "the flag is written whole:\n\(shown)")

        try tmux.send("Down")
        let plain = try tmux.waitFor("the plain talk's details") { $0.contains("Plain abstract") }
        let details: [Substring] = plain.split(separator: "\n").compactMap { (row: Substring) -> Substring? in
            guard let border = row.lastIndex(of: "│") else { return nil }
            return row[row.index(after: border)...]
        }
        for part in details {
            XCTAssertFalse(part.unicodeScalars.contains { $0.value >= 0x1F000 }, "a stale emoji in the details: \(part)\n\(plain)")
        }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
