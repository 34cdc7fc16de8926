import XCTest
import LineupModel
@testable import LineupTUI

/// The query line and the prompts read their keys from the command table, as the panes do;
/// quitting is decided once for every mode; hints and messages name the table's keys.
final class KeyModesTests: XCTestCase {
    /// A harness in each mode keys can be read in (the agenda with one bookmark).
    private func harnesses() -> [(KeyContext, Harness)] {
        var panes = Harness()
        panes.send(.enter, .enter)
        var query = Harness()
        query.send(.character("/"))
        var export = Harness()
        export.send(.character("e"))
        var note = Harness()
        note.send(.enter, .enter, .character("c"))
        var help = Harness()
        help.send(.character("?"))
        var agenda = Harness()
        agenda.send(.enter, .enter, .character("b"), .character("a"))
        return [(.talks, panes), (.query, query), (.exportPrompt, export), (.notePrompt, note), (.help, help), (.agenda, agenda)]
    }

    func testEachModeIsReadWithItsOwnContext() {
        for (context, harness) in harnesses() {
            XCTAssertEqual(harness.state.keyContext, context)
        }
    }

    func testCtrlCQuitsInEveryMode() {
        for (context, var harness) in harnesses() {
            XCTAssertEqual(update(&harness.state, .key(.control("c"))), [.quit], "\(context)")
        }
    }

    func testQQuitsOnlyWhereItIsNotTypedOrClosingTheHelp() {
        for (context, var harness) in harnesses() {
            let quits = update(&harness.state, .key(.character("q"))) == [.quit]
            XCTAssertEqual(quits, context == .talks || context == .agenda, "\(context)")
        }
    }

    func testEveryKeyOfTheTextFieldsComesFromTheTable() {
        var harness = Harness()
        harness.send(.character("e"))
        for binding in CommandTable.bindings(in: .exportPrompt) where binding.command.lineEdit != nil {
            XCTAssertTrue(binding.contexts.isSuperset(of: KeyContext.textFields), "\(binding.command) edits every field")
        }
        harness.send(.control("u"))
        harness.type("agenda.md")
        harness.send(.control("a"), .delete, .character("A"))
        guard case .export(let prompt) = harness.state.prompt else { return XCTFail("no export prompt") }
        XCTAssertEqual(prompt.path.text, "Agenda.md")
        harness.send(.escape)
        XCTAssertNil(harness.state.prompt)
    }

    func testUpAndDownInTheQueryLineMoveThroughTheHitsWithoutLeavingIt() {
        var harness = Harness()
        harness.send(.character("/"))
        harness.type("a")
        let first = harness.selectedTitle
        harness.send(.down)
        XCTAssertTrue(harness.state.search.isEditing)
        XCTAssertNotEqual(harness.selectedTitle, first)
        harness.send(.up)
        XCTAssertEqual(harness.selectedTitle, first)
    }

    func testTheHelpListsTheQueryLineAndThePromptKeys() {
        let lines = HelpText.lines(width: 100, symbols: .unicode).map { String($0.map(\.character)) }
        for heading in ["Query line (/)", "Export and note prompts, link chooser (e, c, o)", "Editing the query or a prompt"] {
            XCTAssertTrue(lines.contains { $0.contains(heading) }, "no \(heading)")
        }
        XCTAssertTrue(lines.contains { $0.contains("Tab") && $0.contains("Next format") })
        XCTAssertTrue(lines.contains { $0.contains("Ctrl-W") && $0.contains("Delete the word before the cursor") })
    }

    func testEveryHintNamesAKeyBoundToItsCommandInItsMode() {
        for context in KeyContext.allCases {
            for choice in CommandTable.hintChoices(in: context) {
                for pair in choice {
                    let bound = CommandTable.bindings(in: context).flatMap(\.keys).map(\.label)
                    XCTAssertTrue(bound.contains { pair.keys.hasPrefix($0) }, "\(pair.keys) \(pair.text) in \(context)")
                }
            }
            XCTAssertEqual(CommandTable.hintChoices(in: context).last?.count, 1, "one hint when there is room for little")
        }
    }

    func testTheBarOffersOnlyKeysThatActInTheFocusedPane() {
        let days = Harness()
        let bar = days.screen[days.state.size.rows - 2]
        XCTAssertTrue(bar.contains("/ search"), bar)
        XCTAssertFalse(bar.contains("bookmark"), "b does nothing in Days: \(bar)")
        var talks = Harness()
        talks.send(.enter, .enter)
        XCTAssertTrue(talks.screen[talks.state.size.rows - 2].contains("b bookmark"))
    }

    func testTheHelpsScrollHintJoinsTheKeysOfBothDirections() {
        XCTAssertEqual(CommandTable.hintChoices(in: .help).first?.first?.keys, "↑↓")
        XCTAssertEqual(CommandTable.hintChoices(in: .help).first?.first?.text, "scroll")
    }
}
