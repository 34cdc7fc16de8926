import XCTest
@testable import LineupTUI

final class ColorThemeTests: XCTestCase {
    private var everyStyle: [CellStyle] {
        StyleRole.allCases.flatMap { role in
            Backdrop.allCases.flatMap { backdrop in
                [CellStyle(role, backdrop: backdrop), CellStyle(role, backdrop: backdrop, bold: true, underline: true)]
            }
        }
    }

    func testWithoutColourOnlyBoldAndReverseAreUsed() {
        let theme = ColorTheme(capability: .none)
        for style in everyStyle {
            let look = theme.look(for: style)
            XCTAssertNil(look.colors, "\(style)")
            XCTAssertFalse(look.dim, "\(style)")
            XCTAssertFalse(look.underline, "\(style)")
        }
    }

    func testWithoutColourSearchHitsStillStandOutFromTheirRow() {
        let theme = ColorTheme(capability: .none)
        for backdrop in Backdrop.allCases {
            let plain = theme.look(for: CellStyle(.text, backdrop: backdrop))
            let hit = theme.look(for: CellStyle(.match, backdrop: backdrop))
            XCTAssertNotEqual(plain.reverse, hit.reverse, "hit on \(backdrop)")
        }
        XCTAssertTrue(theme.look(for: CellStyle(.text, backdrop: .selection)).reverse, "the selected row is reversed")
    }

    func testEightColourTerminalsGetOnlyTheFirstEightColours() {
        let theme = ColorTheme(capability: .eight)
        for style in everyStyle {
            guard let colors = theme.look(for: style).colors else { continue }
            XCTAssertTrue((-1...7).contains(colors.foreground), "\(style)")
            XCTAssertTrue((-1...7).contains(colors.background), "\(style)")
        }
    }

    func testTheSelectedRowHasADefiniteBackgroundWithColours() {
        for capability in [ColorTheme.Capability.eight, .many] {
            let look = ColorTheme(capability: capability).look(for: CellStyle(.text, backdrop: .selection))
            XCTAssertNotEqual(look.colors?.background ?? -1, -1, "\(capability)")
        }
    }
}
