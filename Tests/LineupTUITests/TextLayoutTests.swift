import XCTest
@testable import LineupTUI

final class TextLayoutTests: XCTestCase {
    override func setUp() {
        TestLocale.useUTF8()
    }

    private func text(_ glyphs: [Glyph]) -> String { String(glyphs.map(\.character)) }
    private func glyphs(_ raw: String) -> [Glyph] { TextLayout.glyphs(TerminalString(raw)) }

    func testCJKCharactersTakeTwoColumnsAndCombiningMarksNone() {
        XCTAssertEqual(DisplayWidth.of("深度学习"), 8)
        XCTAssertEqual(DisplayWidth.of("e\u{301}le\u{300}ve"), 5)
        XCTAssertEqual(DisplayWidth.of("김철수 abc"), 10)
        XCTAssertEqual(DisplayWidth.of("🎉"), 2)
        XCTAssertEqual(DisplayWidth.of("👩‍🔬"), 2, "a ZWJ sequence is one two-column cluster")
        XCTAssertEqual(DisplayWidth.of("Müller"), 6)
    }

    func testALoneCombiningMarkIsDrawnOnADottedCircleSoItTakesOneColumn() {
        let result = glyphs("\u{301}x")
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result[0].character, "\u{25CC}\u{301}")
        XCTAssertEqual(result[0].width, 1)
    }

    func testTextThatFitsIsNotCut() {
        XCTAssertEqual(text(TextLayout.cut(glyphs("Monarch"), to: 7)), "Monarch")
    }

    func testALongTitleIsCutWithAnEllipsisToExactlyTheWidth() {
        let cut = TextLayout.cut(glyphs("Monarch: Expressive Structured Matrices"), to: 12)
        XCTAssertEqual(text(cut), "Monarch: Ex…")
        XCTAssertEqual(TextLayout.width(cut), 12)
    }

    func testACutDropsTrailingSpacesBeforeTheEllipsis() {
        XCTAssertEqual(text(TextLayout.cut(glyphs("Monarch is here"), to: 9)), "Monarch…")
    }

    func testAWideCharacterThatWouldStraddleTheLimitIsLeftOutWhole() {
        let cut = TextLayout.cut(glyphs("深度学习的高效"), to: 6)
        XCTAssertEqual(text(cut), "深度…")
        XCTAssertEqual(TextLayout.width(cut), 5)
    }

    func testACutNeverSplitsAClusterWithCombiningMarks() {
        let cut = TextLayout.cut(glyphs("e\u{301}e\u{301}e\u{301}e\u{301}"), to: 3)
        XCTAssertEqual(text(cut), "e\u{301}e\u{301}…")
        XCTAssertEqual(cut.count, 3)
    }

    func testNothingFitsInZeroColumns() {
        XCTAssertTrue(TextLayout.cut(glyphs("abc"), to: 0).isEmpty)
        XCTAssertTrue(TextLayout.wrap(glyphs("abc"), width: 0).isEmpty)
    }

    func testWrappingBreaksBetweenWordsAndDropsTheSpaceAtTheBreak() {
        let lines = TextLayout.wrap(glyphs("Tri Dao · Beidi Chen · Nimit Sohoni"), width: 14)
        XCTAssertEqual(lines.map(text), ["Tri Dao ·", "Beidi Chen ·", "Nimit Sohoni"])
    }

    func testAWordLongerThanTheLineIsBrokenBetweenCharacters() {
        let lines = TextLayout.wrap(glyphs("https://github.com/gydpku/OCM"), width: 10)
        XCTAssertEqual(lines.map(text), ["https://gi", "thub.com/g", "ydpku/OCM"])
    }

    func testWrappingMayBreakAfterAHyphen() {
        let lines = TextLayout.wrap(glyphs("efficiency-quality tradeoffs"), width: 14)
        XCTAssertEqual(lines.map(text), ["efficiency-", "quality", "tradeoffs"])
    }

    func testCJKTextWrapsBetweenAnyTwoCharactersWithoutExceedingTheWidth() {
        let lines = TextLayout.wrap(glyphs("深度学习的高效训练方法"), width: 7)
        XCTAssertEqual(lines.map(text), ["深度学", "习的高", "效训练", "方法"])
        XCTAssertTrue(lines.allSatisfy { TextLayout.width($0) <= 7 })
    }

    func testLineBreaksStartNewLinesAndAnEmptyLineStays() {
        let raw = TerminalString("First paragraph.\n\nSecond.", keepingNewlines: true)
        let lines = TextLayout.wrap(TextLayout.glyphs(raw), width: 40)
        XCTAssertEqual(lines.map(text), ["First paragraph.", "", "Second."])
    }

    func testNoWrappedLineIsWiderThanTheWidth() {
        let sample = "Large neural networks excel in many domains 深度学习 e\u{301}tude, but they are expensive-to-train and fine-tune: https://example.org/a/very/long/path"
        for width in 1...30 {
            for line in TextLayout.wrap(glyphs(sample), width: width) {
                XCTAssertLessThanOrEqual(TextLayout.width(line), width, "width \(width): \(text(line))")
            }
        }
    }

    func testWrappingLosesNoCharacterButTheSpacesAtBreaks() {
        let sample = "Monarch matrices: hardware-efficient 深度学习 and expressive"
        for width in 2...20 {
            let joined = TextLayout.wrap(glyphs(sample), width: width).map(text).joined()
            XCTAssertEqual(joined.filter { $0 != " " }, sample.filter { $0 != " " }, "width \(width)")
        }
    }

    func testFitPadsShortTextToTheExactWidth() {
        let fitted = TextLayout.fit(glyphs("Oral"), to: 6, padding: .plain)
        XCTAssertEqual(text(fitted), "Oral  ")
        XCTAssertEqual(TextLayout.width(TextLayout.fit(glyphs("Spotlight"), to: 5, padding: .plain)), 5)
    }

    func testHighlightedRangesGetTheMatchRoleAndKeepTheBackdrop() {
        let title = TerminalString("Monarch: Expressive Monarch")
        let ranges = [title.value.range(of: "Monarch")!, title.value.range(of: "Monarch", options: .backwards)!]
        let result = TextLayout.glyphs(title, CellStyle(.text, backdrop: .selection), highlighting: ranges)
        let hits = String(result.filter { $0.style.role == .match }.map(\.character))
        XCTAssertEqual(hits, "MonarchMonarch")
        XCTAssertTrue(result.allSatisfy { $0.style.backdrop == .selection })
        XCTAssertEqual(text(result), title.value)
    }

    func testTerminalStringsFromDataLoseTheirEscapeSequences() {
        let hostile = TerminalString("Title\u{1B}]0;pwned\u{07} \u{1B}[31mred\u{1B}[0m")
        XCTAssertEqual(hostile.value, "Title red")
        XCTAssertFalse(hostile.value.unicodeScalars.contains { $0.value < 0x20 })
    }
}
