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

    @Test("Text is searchable as written exactly when folding would only lowercase its ASCII letters")
    func searchableAsWritten() {
        let asWritten = ["Sparse Attention (SA) at 13.1%", "O(1/√T) with ∑ and 東京 and 🎉", "", "a"]
        let folded = ["two  spaces", "line\nbreak", "Müller", "naïve", "a\u{00A0}b", "e\u{301}", "“quoted”", "Ёлка", "tab\there"]
        for text in asWritten { #expect(TextColumn.isSearchableAsWritten(text), "\(text)") }
        for text in folded { #expect(!TextColumn.isSearchableAsWritten(text), "\(text)") }
        // The property the engine relies on, over the random corpus's texts and long ones.
        let texts = RandomCorpus.talks(300, seed: 5).flatMap { [$0.title, $0.abstract] + $0.authors }
            + [String(repeating: "Graph ∑ NETWORKS ", count: 20), String(repeating: "ab ", count: 30) + " x"]
        for text in texts where TextColumn.isSearchableAsWritten(text) {
            let lowered = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            #expect(TextFolding.fold(text) == lowered, "\(text)")
        }
        #expect(texts.contains { TextColumn.isSearchableAsWritten($0) && $0.utf8.count > 40 })
        #expect(!TextColumn.isSearchableAsWritten(String(repeating: "ab ", count: 30) + " x"))
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

    @Test("Every match agrees with a naive search, on text that defeats the vector filter too")
    func agreesWithNaiveSearch() {
        var random = SeededRandom(seed: 3)
        let alphabet: [UInt8] = Array("aaaabA b".utf8)
        for _ in 0..<400 {
            let haystack = (0..<Int.random(in: 0...300, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let needle = (0..<Int.random(in: 1...12, using: &random)).map { _ in Array("aab ".utf8).randomElement(using: &random)! }
            let start = Int.random(in: 0...haystack.count, using: &random)
            let folded = haystack.map { ByteNeedle.fold($0) }
            let naive = haystack.count < needle.count ? nil : (start...max(start, haystack.count - needle.count))
                .first { $0 + needle.count <= haystack.count && Array(folded[$0..<$0 + needle.count]) == needle }
            let found = haystack.withUnsafeBufferPointer { ByteNeedle(needle).firstMatch(in: $0, from: start) }
            #expect(found == naive, "\(needle) in \(haystack) from \(start)")
        }
    }

    @Test("A needle of repeated letters in a long run of them is found or refused in linear time")
    func adversarialRuns() {
        let run = String(repeating: "a", count: 200_000)
        #expect(find(String(repeating: "a", count: 900) + "b", run) == nil)
        #expect(find(String(repeating: "a", count: 900) + "b", run + "b") == 200_000 - 900)
        #expect(find(String(repeating: "A", count: 300), run) == 0)
    }

    @Test("Searching from an offset skips earlier matches")
    func fromOffset() {
        #expect(find("ab", "ab ab ab", from: 1) == 3)
        #expect(find("ab", "ab ab ab", from: 7) == nil)
    }
}
