import XCTest
@testable import LineupTUI

/// Rebinding the command table: the latest binding wins a key, rows keep their help and place.
final class KeyMapTests: XCTestCase {
    func testTheStandardMapIsTheCommandTable() {
        XCTAssertEqual(KeyMap.standard.bindings, CommandTable.bindings)
        XCTAssertTrue(KeyMap.standard.clashes().isEmpty)
    }

    func testRebindingEverywhereReplacesTheKeysInEveryRowOfTheCommand() {
        var map = KeyMap.standard
        XCTAssertTrue(map.rebind(.back, to: [.character("x")]))
        for context: KeyContext in [.talks, .agenda, .help] {
            XCTAssertEqual(map.command(for: .character("x"), in: context), .back)
            XCTAssertNil(map.command(for: .escape, in: context))
        }
        XCTAssertEqual(map.bindings.filter { $0.command == .back }.map(\.help),
                       ["Back to the schedule", "Clear the search", "Back to the schedule", "Close the help"], "Now and next, panes, agenda, help")
    }

    func testRebindingInOneContextSplitsTheRowAndLeavesTheRest() {
        var map = KeyMap.standard
        XCTAssertTrue(map.rebind(.quit, to: [.character("Q")], in: .talks))
        XCTAssertEqual(map.command(for: .character("Q"), in: .talks), .quit)
        XCTAssertNil(map.command(for: .character("q"), in: .talks))
        XCTAssertEqual(map.command(for: .character("q"), in: .days), .quit)
        XCTAssertEqual(map.keyName(.quit, in: .talks), "Q")
        XCTAssertFalse(map.rebind(.toggleBookmark, to: [.character("x")], in: .days), "bookmark has no row in Days")
    }

    func testTheKeyIsTakenFromTheCommandThatHadIt() {
        var map = KeyMap.standard
        _ = map.rebind(.search, to: [.character("n")])
        XCTAssertEqual(map.command(for: .character("n"), in: .talks), .search)
        XCTAssertEqual(map.keyName(.nextHit, in: .talks), "nextHit", "next hit has no key left in the panes")
        XCTAssertTrue(map.clashes().isEmpty)
        XCTAssertFalse(map.hintChoices(in: .talks).flatMap { $0 }.contains { $0.keys == "n" && $0.text != "search" })
    }

    func testUnbindingLeavesTheCommandOutOfHintsAndHelp() {
        var map = KeyMap.standard
        _ = map.rebind(.help, to: [])
        XCTAssertNil(map.command(for: .character("?"), in: .talks))
        XCTAssertFalse(map.hintChoices(in: .talks).flatMap { $0 }.contains { $0.text == "help" })
        let lines = HelpText.lines(width: 100, symbols: .unicode, keyMap: map).map { String($0.map(\.character)) }
        XCTAssertFalse(lines.contains { $0.hasSuffix(" Help") })
    }
}
