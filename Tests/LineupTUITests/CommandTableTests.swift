import XCTest
@testable import LineupTUI

final class CommandTableTests: XCTestCase {
    override func setUp() {
        TestLocale.useUTF8()
    }

    func testNoKeyIsBoundTwiceInTheSameContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for binding in CommandTable.bindings(in: context) {
                for key in binding.keys {
                    XCTAssertNil(seen[key], "\(key.label) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.command) in \(context)")
                    seen[key] = binding.command
                }
            }
        }
    }

    func testEveryCommandHasAKeySomewhere() {
        let bound = Set(CommandTable.bindings.map(\.command))
        XCTAssertEqual(bound, Set(Command.allCases))
    }

    func testTheIssuesKeysDispatchToTheirCommands() {
        let expectations: [(Key, KeyContext, Command)] = [
            (.down, .talks, .moveDown), (.character("j"), .days, .moveDown), (.character("k"), .sessions, .moveUp),
            (.character("h"), .talks, .focusLeft), (.right, .sessions, .focusRight), (.tab, .days, .nextPane),
            (.backTab, .details, .previousPane), (.enter, .days, .open), (.pageDown, .details, .pageDown),
            (.character("g"), .talks, .top), (.character("G"), .talks, .bottom), (.character("/"), .talks, .search),
            (.character("n"), .details, .nextHit), (.character("N"), .talks, .previousHit),
            (.character("b"), .talks, .toggleBookmark), (.character(" "), .details, .toggleBookmark),
            (.character("B"), .days, .bookmarksOnly), (.character("a"), .talks, .agenda),
            (.character("e"), .sessions, .export), (.character("?"), .days, .help), (.escape, .help, .back),
            (.character("q"), .talks, .quit), (.control("c"), .help, .quit), (.enter, .agenda, .open),
        ]
        for (key, context, command) in expectations {
            XCTAssertEqual(CommandTable.command(for: key, in: context), command, "\(key.label) in \(context)")
        }
    }

    func testKeysOutsideTheirPanesDoNothing() {
        XCTAssertNil(CommandTable.command(for: .character("b"), in: .days), "no talk to bookmark in Days")
        XCTAssertNil(CommandTable.command(for: .character("/"), in: .help))
        XCTAssertNil(CommandTable.command(for: .character("x"), in: .talks))
    }

    func testTheHelpScreenListsEveryBindingWithItsKeysAndText() {
        let lines = HelpText.lines(width: 100, symbols: .unicode).map { String($0.map(\.character)) }
        for binding in CommandTable.bindings {
            XCTAssertTrue(lines.contains { $0.contains(binding.keyLabel) && $0.contains(binding.help) },
                          "help lacks \(binding.keyLabel) \(binding.help)")
        }
    }

    func testTheReadmeKeyListHasARowPerBinding() {
        let rows = CommandTable.markdownKeyList.split(separator: "\n")
        XCTAssertEqual(rows.count, CommandTable.bindings.count + 2)
        XCTAssertTrue(rows.contains("| `b` `Space` | Bookmark the talk (saved at once) | Talks, Details, Agenda |"))
        XCTAssertTrue(rows.contains("| `q` `Ctrl-C` | Quit | schedule panes, agenda, changes |"))
        XCTAssertTrue(rows.contains("| `Tab` | Next format | Export prompt |"))
        XCTAssertTrue(rows.contains("| `Ctrl-W` | Delete the word before the cursor | query line, prompts |"))
    }

    /// The README is for users and must stay true: its key table is the command table's.
    func testTheReadmeShowsExactlyTheCommandTablesKeyList() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        XCTAssertTrue(text.contains(CommandTable.markdownKeyList + "\n"),
                      "README.md's key table differs; it should read:\n\(CommandTable.markdownKeyList)")
    }
}
