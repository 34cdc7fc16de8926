import XCTest
@testable import LineupConfig

/// Every kind of mistake in the config file is reported at its line and column, all of them at
/// once, in the order of the file.
final class ConfigErrorTests: XCTestCase {
    private func problems(_ marked: MarkedText, file: StaticString = #filePath, line: UInt = #line) -> [ConfigError] {
        do {
            _ = try ConfigReader.read(marked.text, path: "/home/u/.config/lineup/config.toml")
            XCTFail("no error", file: file, line: line)
            return []
        } catch {
            return error.errors
        }
    }

    private func assertProblems(_ marked: String, _ expected: [(Character, String)], file: StaticString = #filePath, line: UInt = #line) {
        let text = MarkedText(marked)
        let found = problems(text, file: file, line: line)
        XCTAssertEqual(found.count, expected.count, found.map(\.description).joined(separator: "\n"), file: file, line: line)
        for (error, (mark, message)) in zip(found, expected) {
            XCTAssertEqual(error.position, text.positions[mark], "\(mark): \(error)", file: file, line: line)
            XCTAssertTrue(error.message.contains(message), "\(mark): \(error.message) lacks \(message)", file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix("/home/u/.config/lineup/config.toml:\(error.position?.line ?? 0):\(error.position?.column ?? 0): "),
                          error.description, file: file, line: line)
        }
    }

    func testAKeyBoundTwiceInOneContextNamesBothCommandsAndTheEarlierLine() {
        assertProblems("""
            [keys]
            bookmark = ["x"]
            "talks.top" = ["g", ①"x"]
            """, [("①", "x is bound twice in talks: to top and to bookmark (line 2)")])
    }

    func testAKeyBoundTwiceInAContextTableIsFoundToo() {
        assertProblems("""
            [keys]
            search = ["/"]
            [keys.talks]
            open_link = ["o"]
            copy_link = [
              "y",
              ①"o",
            ]
            """, [("①", "o is bound twice in talks: to copy_link and to open_link")])
    }

    func testAnUnknownCommandAndAnUnknownContextAreNamedAtTheirKeys() {
        assertProblems("""
            [keys]
            ①frobnicate = ["z"]
            ②"nowhere.back" = ["z"]
            ③"days.bookmark" = ["z"]
            """, [("①", "unknown command \"frobnicate\""), ("②", "unknown context \"nowhere\""),
                  ("③", "bookmark does nothing in days (it applies in: talks, details, agenda)")])
    }

    func testAnUnknownKeyNameIsNamedAtItsElement() {
        assertProblems("""
            [keys]
            bookmark = ["b", ①"spcae"]
            quit = ②"ctrl-"
            "agenda.back" = [
                "a",
                ③"escape key",
            ]
            """, [("①", "unknown key name \"spcae\""), ("②", "unknown key name \"ctrl-\""), ("③", "unknown key name \"escape key\"")])
    }

    func testACharacterThatWouldBeTypedCannotBeAKeyInTheQueryLine() {
        assertProblems("""
            [keys]
            "query.cancel" = [①"q", "esc"]
            """, [("①", "\"q\" cannot be a key in query: it types itself there")])
    }

    func testWrongTypesBadValuesAndUnknownSettings() {
        assertProblems("""
            timezone = ①"Europe/Nowhere"
            refresh_after = ②"soon"
            ③colour = "red"
            browser = ④42
            [export]
            format = ⑤"pdf"
            [keys]
            help = ⑥3
            [colors]
            ⑦selected = "red"
            hit = ⑧"purple"
            award = ⑨"red blue green"
            """, [("①", "\"Europe/Nowhere\" is not a known zone"), ("②", "\"soon\" is not a duration"),
                  ("③", "unknown setting \"colour\""), ("④", "expected a command"),
                  ("⑤", "\"pdf\" is not an export format (ics, md, csv, json)"), ("⑥", "expected a list of key names"),
                  ("⑦", "unknown colour role \"selected\""), ("⑧", "\"purple\" is not a colour"),
                  ("⑨", "\"green\" is not a colour")])
    }

    func testBrokenTOMLIsReportedWhereTOMLKitFoundIt() {
        let text = MarkedText("""
            [keys]
            bookmark = ["b"
            ①quit = ["q"]
            """)
        let found = problems(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.position?.line, text.positions["①"]?.line, found.first?.description ?? "")
        XCTAssertTrue(found.first?.message.hasPrefix("not valid TOML") ?? false)
    }
}

/// The position scanner never hangs or traps, whatever the text (TOMLKit has checked it first
/// in real use, but the scanner must not rely on that for its own safety).
final class TOMLPositionsTests: XCTestCase {
    func testMalformedTextEndsTheScanWithoutHanging() {
        for text in ["a = [1, }]", "a = [", "[keys", "\"open", "a = {b = [}", "a = \"\"\"x", "= 1", "a.b.", "a = [\"x\" \"y\"]", "x = '''a''''"] {
            _ = TOMLPositions(text)
        }
    }

    func testPositionsOfKeysValuesAndElementsAcrossLines() {
        let text = MarkedText("""
            # comment
            ①top = ②"v" # trailing
            [keys.agenda]
            ③back = [
              ④"a", # first
              ⑤'esc',
            ]
            [colors]
            "⑥hit" = ⑦"16 222"
            """)
        let positions = TOMLPositions(text.text)
        XCTAssertEqual(positions.entry(["top"])?.key, text.positions["①"])
        XCTAssertEqual(positions.entry(["top"])?.value, text.positions["②"])
        XCTAssertEqual(positions.entry(["keys", "agenda", "back"])?.key, text.positions["③"])
        XCTAssertEqual(positions.entry(["keys", "agenda", "back"])?.elements, [text.positions["④"], text.positions["⑤"]].compactMap { $0 })
        XCTAssertEqual(positions.entry(["colors", "hit"])?.value, text.positions["⑦"])
        XCTAssertEqual(positions.entry(["colors", "hit"])?.key.line, text.positions["⑥"]?.line)
    }
}
