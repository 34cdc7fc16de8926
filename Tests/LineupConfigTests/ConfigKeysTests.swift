import Foundation
import XCTest
@testable import LineupConfig
@testable import LineupTUI
import LineupModel

/// `[keys]` rebinds the command table: dispatch, the help screen and `config default` follow.
final class ConfigKeysTests: XCTestCase {
    private func read(_ text: String) throws -> UserConfig {
        try ConfigReader.read(text, path: "config.toml")
    }

    func testRebindingBookmarkChangesWhatTheKeysDoEverywhereItApplies() throws {
        let map = try read("[keys]\nbookmark = [\"x\", \"space\"]\n").keyMap
        for context: KeyContext in [.talks, .details, .agenda] {
            XCTAssertEqual(map.command(for: .character("x"), in: context), .toggleBookmark, "\(context)")
            XCTAssertEqual(map.command(for: .character(" "), in: context), .toggleBookmark, "\(context)")
            XCTAssertNil(map.command(for: .character("b"), in: context), "b is free again in \(context)")
        }
        XCTAssertNil(map.command(for: .character("x"), in: .days), "bookmark does not apply in Days")
    }

    func testRebindingInOneContextLeavesTheOthersAndTakesTheKeyFromItsDefaultCommand() throws {
        let map = try read("[keys]\n\"agenda.back\" = [\"a\", \"esc\"]\n").keyMap
        XCTAssertEqual(map.command(for: .character("a"), in: .agenda), .back)
        XCTAssertEqual(map.command(for: .character("a"), in: .talks), .agenda, "a still opens the agenda")
        XCTAssertEqual(map.command(for: .escape, in: .talks), .back)
        XCTAssertTrue(map.clashes().isEmpty)
    }

    func testAKeyTakenFromADefaultCommandLeavesItWithItsOtherKeys() throws {
        let map = try read("[keys]\nbookmark = [\"n\"]\n").keyMap
        XCTAssertEqual(map.command(for: .character("n"), in: .talks), .toggleBookmark)
        XCTAssertEqual(map.command(for: .character("n"), in: .days), .nextHit, "Days has no bookmark: n keeps its meaning")
        XCTAssertTrue(map.clashes().isEmpty)
    }

    func testAContextTableAndADottedKeyMeanTheSame() throws {
        let dotted = try read("[keys]\n\"help.back\" = [\"esc\", \"x\"]\n").keyMap
        let table = try read("[keys.help]\nback = [\"esc\", \"x\"]\n").keyMap
        XCTAssertEqual(dotted, table)
        XCTAssertEqual(table.command(for: .character("x"), in: .help), .back)
        XCTAssertNil(table.command(for: .character("q"), in: .help))
    }

    func testTheUpdateDispatchesTheReboundKey() throws {
        let session = SessionID.derive(["s"])
        let talk = Talk(id: TalkID.derive(["t"]), title: "A talk", kind: .paper, day: LocalDate(year: 2022, month: 7, day: 19), sessionID: session, session: "Papers", source: "a.json")
        let source = Source(fileName: "a.json", name: "A", format: .sessionPage, year: 2022)
        let papers = Session(id: session, kind: .slots, title: "Papers", source: "a.json", conference: "A",
                             day: talk.day, talkIDs: [talk.id])
        let schedule = Schedule.assemble([ScheduleFragment(source: source, sessions: [papers], talks: [talk])]).schedule
        var state = BrowserState(schedule: schedule, size: TerminalSize(columns: 100, rows: 30))
        state.keyMap = try read("[keys]\nbookmark = [\"x\"]\n").keyMap
        _ = update(&state, .key(.enter))
        _ = update(&state, .key(.enter))
        XCTAssertEqual(state.keyContext, .talks)
        _ = update(&state, .key(.character("b")))
        XCTAssertTrue(state.bookmarks.isEmpty, "b no longer bookmarks")
        _ = update(&state, .key(.character("x")))
        XCTAssertEqual(state.bookmarks, [talk.id], "\(state.message?.text ?? "") \(render(state).lines.joined(separator: "\n"))")
    }

    func testTheHelpScreenShowsTheKeysInEffect() throws {
        let map = try read("[keys]\nbookmark = [\"x\"]\n").keyMap
        let lines = HelpText.lines(width: 100, symbols: .unicode, keyMap: map).map { String($0.map(\.character)) }
        XCTAssertTrue(lines.contains { $0.contains("x ") && $0.contains("Bookmark the talk (saved at once)") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("b Space") }, "the default keys are gone")
    }

    func testConfigDefaultListsTheKeysOfTheMapItIsGiven() throws {
        XCTAssertTrue(ConfigDefaults.text().contains("\n# bookmark = [\"b\", \"space\"]\n"))
        let map = try read("[keys]\nbookmark = [\"x\"]\n").keyMap
        let text = ConfigDefaults.text(keyMap: map)
        XCTAssertTrue(text.contains("\n# bookmark = [\"x\"]\n"), text)
        XCTAssertFalse(text.contains("# bookmark = [\"b\", \"space\"]"))
    }

    /// Uncommenting every setting of `config default` gives a valid file that changes nothing.
    func testConfigDefaultUncommentedReadsBackAsTheDefaults() throws {
        let uncommented = ConfigDefaults.text().split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.range(of: #"^# [a-z_"][a-z_."0-9]* = "#, options: .regularExpression) != nil ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        let config = try read(uncommented)
        XCTAssertEqual(config.exportFormat, .ics)
        XCTAssertEqual(config.timezone, "Europe/Brussels")
        XCTAssertEqual(config.refreshAfter, 3600)
        XCTAssertEqual(config.browser, ["firefox", "--new-tab", "%s"])
        for context in KeyContext.allCases {
            for binding in KeyMap.standard.bindings(in: context) {
                for key in binding.keys {
                    XCTAssertEqual(config.keyMap.command(for: key, in: context), binding.command, "\(key.label) in \(context)")
                }
                XCTAssertEqual(config.keyMap.keyName(binding.command, in: context), KeyMap.standard.keyName(binding.command, in: context))
            }
            XCTAssertEqual(config.keyMap.bindings(in: context).flatMap(\.keys).count, KeyMap.standard.bindings(in: context).flatMap(\.keys).count)
        }
        XCTAssertEqual(config.colors.overrides.count, ThemeSlot.allCases.count)
    }

    func testEveryKeyOfTheTableHasANameThatReadsBack() {
        for binding in CommandTable.bindings {
            for key in binding.keys {
                XCTAssertEqual(Key(name: key.configName), key, key.configName)
                XCTAssertEqual(Key(name: key.label), key, key.label)
            }
        }
        XCTAssertEqual(Key(name: "ctrl-i"), .tab, "the terminal sends Ctrl-I as Tab")
        XCTAssertEqual(Key(name: "C-x"), .control("x"))
        XCTAssertEqual(Key(name: "alt-b"), .alt("b"))
        XCTAssertEqual(Key(name: "F12"), .function(12))
        XCTAssertNil(Key(name: "f13"))
        XCTAssertNil(Key(name: "\u{7}"))
    }

    func testEveryCommandAndContextHasAConfigNameOfItsOwn() {
        XCTAssertEqual(Set(Command.allCases.map(\.configName)).count, Command.allCases.count)
        for command in Command.allCases { XCTAssertEqual(Command(configName: command.configName), command) }
        XCTAssertEqual(Command(configName: "bookmark"), .toggleBookmark)
        XCTAssertEqual(KeyContext(configName: "export_prompt"), .exportPrompt)
    }
}

/// The README's example config is a valid file (the README is for users and must stay true).
final class ReadmeConfigTests: XCTestCase {
    func testTheReadmesExampleConfigReadsWithoutProblems() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "```toml\n"))
        let end = try XCTUnwrap(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let config = try ConfigReader.read(String(text[start.upperBound..<end.lowerBound]), path: "README.md")
        XCTAssertEqual(config.keyMap.command(for: .character("x"), in: .talks), .toggleBookmark)
        XCTAssertEqual(config.keyMap.command(for: .character("a"), in: .agenda), .back)
        XCTAssertEqual(config.exportFormat, .md)
        XCTAssertEqual(config.refreshAfter, 6 * 3600)
        XCTAssertEqual(config.colors.overrides[.backdrop(.selection)], ColorSpec(foreground: .index(0), background: .index(3), attributes: [.bold]))
    }
}

/// `[colors]` by role, and `track` for the six track tags at once.
final class ConfigColorsTests: XCTestCase {
    func testTrackColoursEveryTrackTagUnlessOneHasItsOwnLine() throws {
        let config = try ConfigReader.read("[colors]\ntrack = \"green bold\"\ntrack2 = \"red\"\nhit = \"black yellow\"\n", path: "config.toml")
        let green = ColorSpec(foreground: .index(2), attributes: [.bold])
        for slot in [0, 1, 3, 4, 5] {
            XCTAssertEqual(config.colors.overrides[.role(StyleRole.track(slot))], green, "track\(slot)")
        }
        XCTAssertEqual(config.colors.overrides[.role(.track2)], ColorSpec(foreground: .index(1)))
        XCTAssertEqual(config.colors.overrides[.role(.match)], ColorSpec(foreground: .index(0), background: .index(3)))
        XCTAssertEqual(config.colors.overrides.count, 7)
    }
}
