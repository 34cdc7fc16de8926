import Foundation
@testable import LineupImport
import Testing

@Suite("Trimming white space without Foundation")
struct WhitespaceTrimmingTests {
    @Test("The scalars trimmed are exactly Foundation's whitespacesAndNewlines, for every Unicode scalar")
    func sameSetAsFoundation() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if CharacterSet.whitespacesAndNewlines.contains(scalar) != scalar.isWhitespaceOrNewline { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.map { String($0, radix: 16) })")
    }

    @Test("Trims as trimmingCharacters(in: .whitespacesAndNewlines) does, and returns untouched text as it is")
    func sameResults() {
        for text in ["", " ", "x", " x ", "\n\t x y \r\n", "\u{A0}Ünïcödé\u{3000}", "\u{2028}\u{200B}", "a\u{85}",
                     " \u{301}x", "\u{1F600} \u{1F600}", "\u{FEFF}x", "x\n\n"] {
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
        }
    }
}
