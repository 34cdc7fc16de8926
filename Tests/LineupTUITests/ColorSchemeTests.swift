import XCTest
@testable import LineupTUI

/// The config file's `[colors]` over the theme: tig-style colour lines, applied by role and
/// backdrop, and never under NO_COLOR.
final class ColorSchemeTests: XCTestCase {
    private func scheme(_ lines: [ThemeSlot: String]) throws -> ColorScheme {
        ColorScheme(try lines.mapValues { try ColorSpec(parsing: $0) })
    }

    func testAColourLineReadsLikeTigs() throws {
        XCTAssertEqual(try ColorSpec(parsing: "white blue bold"),
                       ColorSpec(foreground: .index(7), background: .index(4), attributes: [.bold]))
        XCTAssertEqual(try ColorSpec(parsing: "208 default underline reverse"),
                       ColorSpec(foreground: .index(208), background: .terminalDefault, attributes: [.underline, .reverse]))
        XCTAssertEqual(try ColorSpec(parsing: "bright-red"), ColorSpec(foreground: .index(9)))
        XCTAssertEqual(try ColorSpec(parsing: "bold"), ColorSpec(attributes: [.bold]))
        XCTAssertThrowsError(try ColorSpec(parsing: "256"))
        XCTAssertThrowsError(try ColorSpec(parsing: "bold red"), "colours come before attributes")
        XCTAssertThrowsError(try ColorSpec(parsing: "red blue green"))
        XCTAssertThrowsError(try ColorSpec(parsing: " "))
    }

    func testTheSelectionLineSetsTheSelectedRowsColoursAndAttributes() throws {
        let theme = ColorTheme(capability: .many, scheme: try scheme([.backdrop(.selection): "black yellow bold underline"]))
        let text = theme.look(for: CellStyle(.text, backdrop: .selection))
        XCTAssertEqual(text.colors, ColorTheme.Colors(foreground: 0, background: 3))
        XCTAssertTrue(text.bold && text.underline)
        let award = theme.look(for: CellStyle(.award, backdrop: .selection))
        XCTAssertEqual(award.colors, ColorTheme.Colors(foreground: 176, background: 3), "a coloured role keeps its colour on the new background")
        let unselected = theme.look(for: CellStyle(.text))
        XCTAssertEqual(unselected.colors, ColorTheme.Colors(foreground: -1, background: -1))
        XCTAssertFalse(unselected.bold)
    }

    func testARoleLineColoursTheRoleEverywhere() throws {
        let theme = ColorTheme(capability: .many, scheme: try scheme([.role(.award): "green", .role(.match): "white red"]))
        XCTAssertEqual(theme.look(for: CellStyle(.award)).colors?.foreground, 2)
        XCTAssertEqual(theme.look(for: CellStyle(.award, backdrop: .selection)).colors, ColorTheme.Colors(foreground: 2, background: 24))
        XCTAssertEqual(theme.look(for: CellStyle(.match, backdrop: .selection)).colors, ColorTheme.Colors(foreground: 7, background: 1))
    }

    func testAnEightColourTerminalKeepsTheThemesColourForOneItCannotShow() throws {
        let theme = ColorTheme(capability: .eight, scheme: try scheme([.role(.award): "208 bold", .role(.oral): "green"]))
        let award = theme.look(for: CellStyle(.award))
        XCTAssertEqual(award.colors?.foreground, 5)
        XCTAssertTrue(award.bold)
        XCTAssertEqual(theme.look(for: CellStyle(.oral)).colors?.foreground, 2)
    }

    func testNoColorWinsOverTheConfigFile() throws {
        let configured = ColorTheme(capability: .none, scheme: try scheme([.backdrop(.selection): "black yellow underline", .role(.award): "red"]))
        let plain = ColorTheme(capability: .none)
        for role in StyleRole.allCases {
            for backdrop in Backdrop.allCases {
                XCTAssertEqual(configured.look(for: CellStyle(role, backdrop: backdrop)), plain.look(for: CellStyle(role, backdrop: backdrop)))
            }
        }
    }

    func testTheDefaultLinesAreTheThemesOwnColours() throws {
        let theme = ColorTheme(capability: .many)
        let same = ColorTheme(capability: .many, scheme: ColorScheme(Dictionary(uniqueKeysWithValues: ThemeSlot.allCases.map { ($0, $0.defaultColors) })))
        for role in StyleRole.allCases {
            for backdrop in Backdrop.allCases {
                XCTAssertEqual(same.look(for: CellStyle(role, backdrop: backdrop)).colors, theme.look(for: CellStyle(role, backdrop: backdrop)).colors,
                               "\(role) on \(backdrop)")
            }
        }
        XCTAssertEqual(ThemeSlot(configName: "hit"), .role(.match))
        XCTAssertEqual(ThemeSlot(configName: "inactive_selection"), .backdrop(.inactiveSelection))
    }
}
