import LineupModel
@testable import LineupSearch
import Testing

@Suite("Display abstracts kept as recipes over the abstract as written")
struct TextRecipeTests {
    private func made(_ result: String, from source: String) -> String? {
        let resultBytes = Array(result.utf8), sourceBytes = Array(source.utf8)
        guard let recipe = resultBytes.withUnsafeBufferPointer({ r in
            sourceBytes.withUnsafeBufferPointer { TextRecipe.make(r, from: $0) }
        }) else { return nil }
        return recipe.withUnsafeBufferPointer { recipe in
            sourceBytes.withUnsafeBufferPointer { source in
                var output = [UInt8](repeating: 0, count: TextRecipe.resultLength(recipe))
                output.withUnsafeMutableBufferPointer { TextRecipe.apply(recipe, to: source, into: $0) }
                return String(decoding: output, as: UTF8.self)
            }
        }
    }

    static let abstracts = [
        "We prove that \\textit{Rexvopi} converges at a rate of O(1/\\sqrt{T}) under mild assumptions.",
        "Code at \\url{https://github.com/rajarshd/CBR-SUBG}}. See {\\color{black} the appendix}.",
        "A **bold** claim with `code`, ``quotes'' and `single' ones, 10\\% better, \\alpha and \\beta.",
        "Math $x^2 + y$ and \\(z\\) and a footnote\\footnote{here} and \\cite{a,b,c} dropped.",
        "Accents: Erd\\H{o}s, G\\\"odel, \\'{e}cole and na\\\"ive; \\unknown command; dangling \\",
        "{\\color{black} " + String(repeating: "long text without markup ", count: 40) + "}",
        "\\cite{" + String(repeating: "k", count: 600) + "} then text after a very long dropped citation.",
        "",
        "}}}{{{$$$***```'''",
    ]

    @Test("A recipe over the abstract makes exactly its display form, or there is none")
    func recipesMakeTheDisplayForm() {
        for abstract in Self.abstracts {
            let plain = MarkupText.plain(abstract)
            if let rebuilt = made(plain, from: abstract) {
                #expect(rebuilt == plain, "\(abstract)")
            }
        }
    }

    @Test("Folding but for ASCII case and lowering the ASCII letters afterwards is folding")
    func foldingKeepingCaseThenLowering() {
        for text in Self.abstracts + ["Jérémie  DONA\tÉcole", "ÅNGSTRÖM naïve\u{00A0}\u{00A0}façade", "Straße Ⅸ ＡＢＣ"] {
            let kept = Array(text.utf8).withUnsafeBufferPointer { TextFolding.foldedKeepingASCIICase($0) }
            #expect(kept.map(ByteNeedle.fold) == TextFolding.fold(text), "\(text)")
        }
    }

    @Test("Texts unrelated to the source still come out exactly, or the recipe is refused as too long")
    func unrelatedTexts() {
        #expect(made("abc", from: "xyz") == nil)
        #expect(made("the same words", from: "the same words") == "the same words")
        #expect(made("short", from: "a short text") == nil, "no shorter than the text itself")
        let long = String(repeating: "a sentence that the source holds. ", count: 10)
        #expect(made(long, from: "Preamble: " + long + " Postscript.") == long)
        #expect(made("", from: "anything") == nil, "an empty text is kept as itself")
    }

    @Test("A column reads a display abstract kept as a recipe as the text itself")
    func columnReadsRecipes() {
        var column = TextColumn(expectedCount: Self.abstracts.count)
        for abstract in Self.abstracts {
            column.append(.text(MarkupText.plain(abstract)), derivedFrom: abstract)
        }
        column.finish()
        for (item, abstract) in Self.abstracts.enumerated() {
            let plain = MarkupText.plain(abstract)
            let bytes = column.withText(of: item) { Array($0) }
            if TextColumn.isSearchableAsWritten(plain) {
                #expect(bytes == Array(plain.utf8), "\(abstract)")
            } else {
                // Folded, or folded but for ASCII case (which needles fold themselves).
                #expect(bytes.map(ByteNeedle.fold) == TextFolding.fold(plain), "\(abstract)")
            }
        }
        #expect(column.contains(ByteNeedle(TextFolding.fold("rexvopi converges")), item: 0))
        #expect(column.contains(ByteNeedle(TextFolding.fold("o(1/√t) under")), item: 0))
        #expect(!column.contains(ByteNeedle(TextFolding.fold("textit")), item: 0))
    }
}
