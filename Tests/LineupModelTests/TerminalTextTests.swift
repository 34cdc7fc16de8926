import XCTest
import LineupModel

final class TerminalTextTests: XCTestCase {
    private func clean(_ text: String, keepingNewlines: Bool = false) -> String {
        TerminalText.sanitize(text, keepingNewlines: keepingNewlines)
    }

    /// True when no scalar of `text` could drive a terminal.
    private func isInert(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return !(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                     || (0x2066...0x2069).contains(v))
        }
    }

    func testOrdinaryTextPassesUnchanged() {
        let samples = [
            "Monarch: Expressive Structured Matrices for Efficient and Accurate Training",
            "Jérémie DONA · Müller · Øystein",
            "深度学习的高效训练 · 김철수 · 田中太郎",
            "e\u{301}le\u{300}ve, a\u{308}, n\u{303}",  // combining marks
            "🎉 👩‍🔬 👨‍👩‍👧 🇯🇵 ✔︎",  // emoji incl. ZWJ sequences and a variation selector
            "مرحبا بالعالم", "שלום", "x\u{200C}y",  // RTL scripts and ZWNJ stay
        ]
        for sample in samples {
            XCTAssertEqual(clean(sample), sample, "changed: \(sample)")
        }
    }

    func testEveryC0ControlBecomesAVisiblePlaceholder() {
        for value in UInt32(0)..<0x20 where ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(value) {
            let scalar = Unicode.Scalar(value)!
            let result = clean("a\(Character(scalar))b")
            XCTAssertEqual(result, "a\(Character(Unicode.Scalar(0x2400 + value)!))b", "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(clean("bell\u{07}"), "bell␇")
        XCTAssertEqual(clean("del\u{7F}"), "del␡")
    }

    func testTabsAndLineBreaksBecomeSpacesUnlessNewlinesAreKept() {
        XCTAssertEqual(clean("a\tb\nc\r\nd\re\u{0B}f\u{0C}g\u{2028}h"), "a b c d e f g h")
        XCTAssertEqual(clean("a\nb\r\nc\rd", keepingNewlines: true), "a\nb\nc\nd")
    }

    func testEveryC1ControlIsNeutralised() {
        for value in UInt32(0x80)...0x9F {
            let result = clean("a\(Character(Unicode.Scalar(value)!))bc")
            XCTAssertTrue(isInert(result), "U+\(String(value, radix: 16)) left \(result.debugDescription)")
            XCTAssertTrue(result.hasPrefix("a"), "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(clean("x\u{85}y"), "x y", "NEL is a line break")
        XCTAssertEqual(clean("x\u{84}y"), "x\u{FFFD}y")
    }

    func testCSISequencesAreDroppedWhole() {
        XCTAssertEqual(clean("\u{1B}[31mred\u{1B}[0m"), "red")
        XCTAssertEqual(clean("a\u{1B}[2J\u{1B}[Hb"), "ab", "clear screen and home")
        XCTAssertEqual(clean("a\u{1B}[10;20Hb"), "ab", "cursor move")
        XCTAssertEqual(clean("a\u{1B}[?1049hb"), "ab", "private mode")
        XCTAssertEqual(clean("a\u{9B}31mb"), "ab", "8-bit CSI")
    }

    func testOSCSequencesAreDroppedWholeWithEitherTerminator() {
        XCTAssertEqual(clean("a\u{1B}]0;pwned\u{07}b"), "ab", "title, BEL-terminated")
        XCTAssertEqual(clean("a\u{1B}]2;pwned\u{1B}\\b"), "ab", "title, ST-terminated")
        XCTAssertEqual(clean("a\u{1B}]8;;https://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\b"), "alinkb", "hyperlink")
        XCTAssertEqual(clean("a\u{9D}0;pwned\u{9C}b"), "ab", "8-bit OSC and ST")
        XCTAssertEqual(clean("a\u{1B}]52;c;ZXZpbA==\u{07}b"), "ab", "clipboard write")
    }

    func testDCSAndOtherStringSequencesAreDroppedWhole() {
        XCTAssertEqual(clean("a\u{1B}P1$tx\u{1B}\\b"), "ab", "DCS")
        XCTAssertEqual(clean("a\u{1B}_apc\u{1B}\\b"), "ab", "APC")
        XCTAssertEqual(clean("a\u{1B}^pm\u{1B}\\b"), "ab", "PM")
        XCTAssertEqual(clean("a\u{1B}Xsos\u{1B}\\b"), "ab", "SOS")
        XCTAssertEqual(clean("a\u{90}dcs\u{9C}b"), "ab", "8-bit DCS")
    }

    func testTwoCharacterEscapeSequencesAreDropped() {
        XCTAssertEqual(clean("a\u{1B}cb"), "ab", "full reset")
        XCTAssertEqual(clean("a\u{1B}7b\u{1B}8c"), "abc", "save and restore cursor")
        XCTAssertEqual(clean("a\u{1B}"), "a", "a trailing ESC")
    }

    func testUnterminatedSequencesCannotLeakControls() {
        let result = clean("title\u{1B}]0;never ends")
        XCTAssertEqual(result, "title")
        XCTAssertTrue(isInert(clean("x\u{1B}[999999999999")))
        XCTAssertTrue(isInert(clean("\u{1B}\u{1B}[31m\u{1B}\u{07}")))
    }

    func testBidiOverridesAndZeroWidthCharactersAreRemoved() {
        XCTAssertEqual(clean("abc\u{202E}fed"), "abcfed")
        for value: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                              0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x061C] {
            XCTAssertEqual(clean("a\(Character(Unicode.Scalar(value)!))b"), "ab", "U+\(String(value, radix: 16))")
        }
    }

    func testEveryScalarBelow0x3000LeavesNothingThatDrivesATerminal() {
        var all = ""
        for value in UInt32(0)..<0x3000 {
            if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) }
        }
        XCTAssertTrue(isInert(clean(all)))
        XCTAssertTrue(isInert(clean(all, keepingNewlines: true).replacingOccurrences(of: "\n", with: "")))
    }

    func testIsCleanAgreesWithSanitize() {
        for sample in ["plain", "a\u{1B}[1mb", "tab\there", "line\nbreak", "日本", "x\u{202E}"] {
            XCTAssertEqual(TerminalText.isClean(sample), clean(sample) == sample, sample.debugDescription)
        }
        XCTAssertTrue(TerminalText.isClean("a\nb", keepingNewlines: true))
    }
}
