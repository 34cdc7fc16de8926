@testable import LineupSearch
import Testing

@Suite struct TextFoldingTests {
    private func folded(_ text: String) -> String { String(decoding: TextFolding.fold(text), as: UTF8.self) }

    @Test("Letters lose case and diacritics, precomposed or decomposed")
    func lettersFold() {
        #expect(folded("Jérémie DONA") == "jeremie dona")
        #expect(folded("Müller") == "muller")
        #expect(folded("Je\u{301}re\u{301}mie") == "jeremie")
        #expect(folded("ÅNGSTRÖM naïve façade") == "angstrom naive facade")
        #expect(folded("Ёлка Άλφα") == "елка αλφα")
    }

    @Test("Letters without a decomposition take their usual Latin spelling")
    func specialLetters() {
        #expect(folded("Straße") == "strasse")
        #expect(folded("Łukasz Øster Æsir œuvre Þór") == "lukasz oster aesir oeuvre thor")
    }

    @Test("Quotes, dashes and spaces become ASCII; runs of spaces and line breaks collapse")
    func punctuationAndSpaces() {
        #expect(folded("model’s “best” — co‐training") == "model's \"best\" - co-training")
        #expect(folded("a\u{00A0}b  c\n\td\u{3000}e") == "a b c d e")
        #expect(folded("soft\u{00AD}hyphen zero\u{200B}width") == "softhyphen zerowidth")
    }

    @Test("CJK, emoji and symbols pass unchanged, and folding is idempotent")
    func othersUnchanged() {
        #expect(folded("東京 한국어 カナ 🎉 ∑") == "東京 한국어 カナ 🎉 ∑")
        for text in ["Jérémie Straße", "MÜLLER  x", "Ёлка — “q”", "東京"] {
            #expect(folded(folded(text)) == folded(text))
        }
    }

    @Test("The mapped fold points every byte back at the scalar it came from")
    func mappedFold() {
        let (bytes, offsets) = TextFolding.foldMapped("Aé  ß")
        #expect(String(decoding: bytes, as: UTF8.self) == "ae ss")
        // "A" at 0, "é" at 1 (2 bytes), the two spaces at 3 and 4, "ß" at 5.
        #expect(offsets == [0, 1, 3, 5, 5, 7])
    }

    @Test("Clean ASCII is exactly the text folding only lowercases")
    func cleanASCII() {
        #expect(TextColumn.isCleanASCII("Sparse Attention (SA) at 13.1%"))
        #expect(!TextColumn.isCleanASCII("two  spaces"))
        #expect(!TextColumn.isCleanASCII("line\nbreak"))
        #expect(!TextColumn.isCleanASCII("Müller"))
        for text in ["Sparse Attention (SA) at 13.1%", "ABC def"] {
            #expect(folded(text) == text.lowercased())
        }
    }
}

@Suite struct ByteNeedleTests {
    private func find(_ needle: String, _ haystack: String, from start: Int = 0) -> Int? {
        let bytes = Array(haystack.utf8)
        return bytes.withUnsafeBufferPointer { ByteNeedle(TextFolding.fold(needle)).firstMatch(in: $0, from: start) }
    }

    @Test("Needles are found at every offset, in short and long haystacks, across vector blocks")
    func everyOffset() {
        for length in [1, 2, 5, 15, 16, 17, 31, 33, 100] {
            for needle in ["x", "xy", "xyzzy", "xyzzyxyzzyxyzzyxyzzy"] where needle.count <= length {
                for offset in 0...(length - needle.count) {
                    let haystack = String(repeating: "a", count: offset) + needle
                        + String(repeating: "b", count: length - offset - needle.count)
                    #expect(find(needle, haystack) == offset, "\(needle) in \(haystack)")
                }
            }
        }
    }

    @Test("Uppercase haystack letters match, other bytes only themselves")
    func caseInsensitive() {
        #expect(find("sparse", "A SPARSE model") == 2)
        #expect(find("@", "`a@") == 2)
        #expect(find("`", "@a`") == 2)
        #expect(find("[", "{x[") == 2)
        #expect(find("müller", "Ana MÜller") == nil)  // the haystack must be folded: Ü is not ASCII
        #expect(find("zz", "abc") == nil)
        #expect(find("abc", "ab") == nil)
    }

    @Test("Searching from an offset skips earlier matches")
    func fromOffset() {
        #expect(find("ab", "ab ab ab", from: 1) == 3)
        #expect(find("ab", "ab ab ab", from: 7) == nil)
    }
}
