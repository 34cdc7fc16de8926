import XCTest
@testable import LineupTUI

/// The man page's KEYS and SEARCH sections come from the tables the help screen shows.
final class ManualSectionsTests: XCTestCase {
    private var lines: [String] {
        ManualSections.mdoc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testEveryBindingIsAListItemWithItsKeysHelpAndPlaces() throws {
        let lines = lines
        let keys = try XCTUnwrap(lines.firstIndex(of: ".Sh KEYS"))
        let search = try XCTUnwrap(lines.firstIndex(of: ".Sh SEARCH"))
        XCTAssertLessThan(keys, search)
        let section = Array(lines[keys..<search])
        for row in CommandTable.summary {
            let item = ManualSections.item(row.keys)
            let help = ManualSections.text("\(row.help) (\(CommandTable.placeName(Set(row.contexts))))")
            XCTAssertTrue(zip(section, section.dropFirst()).contains { $0 == item && $1 == help }, "no item for \(row.keys) \(row.help)")
        }
        XCTAssertEqual(section.filter { $0.hasPrefix(".It ") }.count, CommandTable.summary.count)
    }

    func testTheQueryLanguageFollowsUnderSearch() throws {
        let lines = lines
        let search = try XCTUnwrap(lines.firstIndex(of: ".Sh SEARCH"))
        let section = Array(lines[search...])
        for (syntax, help) in HelpText.queryHelp {
            XCTAssertTrue(zip(section, section.dropFirst()).contains { $0 == ManualSections.item(syntax) && $1 == ManualSections.text(help) }, syntax)
        }
        XCTAssertEqual(lines.filter { $0.hasPrefix(".Bl ") }.count, lines.filter { $0 == ".El" }.count, "every list is closed")
    }

    func testWordsAreNeverReadAsMacrosOrRequests() {
        XCTAssertEqual(ManualSections.item("Ar No -word"), ".It \\&Ar \\&No \\&\\-word")
        XCTAssertEqual(ManualSections.text(".Sh x"), "\\&.Sh x")
        XCTAssertEqual(ManualSections.escape("a\\b-c"), "a\\eb\\-c")
    }
}

/// The man page names the config file and how to see every setting.
final class ManualFilesSectionTests: XCTestCase {
    func testTheFilesSectionNamesTheConfigFileAndConfigDefault() throws {
        let lines = ManualSections.mdoc.split(separator: "\n").map(String.init)
        let files = try XCTUnwrap(lines.firstIndex(of: ".Sh FILES"))
        let section = lines[files...].joined(separator: "\n")
        XCTAssertTrue(section.contains(ManualSections.item("$XDG_CONFIG_HOME/lineup/config.toml")), section)
        XCTAssertTrue(section.contains("lineup config default prints every setting"), section)
    }
}
