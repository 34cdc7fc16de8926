import LineupModel
import Testing

@Suite("Abstract markup turned into plain text")
struct MarkupTextTests {
    @Test("Formatting commands keep their argument")
    func formatting() {
        #expect(MarkupText.plain(#"based on \textit{mutual information} (MI) \textit{maximization}."#)
            == "based on mutual information (MI) maximization.")
        #expect(MarkupText.plain(#"\textbf{G}eneralist \textbf{La}nguage \textbf{M}odel"#) == "Generalist Language Model")
        #expect(MarkupText.plain(#"\emph{x} and \textsc{Umst} and \texttt{code}"#) == "x and Umst and code")
    }

    @Test("Color commands vanish with their argument, leaving the text they coloured")
    func color() {
        #expect(MarkupText.plain(#"{\color{black} x}"#) == "x")
        #expect(MarkupText.plain(#"forgetting (CF). {\color{black}(1) It reduces bias.} The new"#)
            == "forgetting (CF). (1) It reduces bias. The new")
        #expect(MarkupText.plain(#"\textcolor{red}{warm} words"#) == "warm words")
    }

    @Test("Footnotes become parentheses and URLs lose their command")
    func footnoteAndURL() {
        #expect(MarkupText.plain(#"by 4.85\%)\footnote{Code is at \url{https://github.com/rajarshd/CBR-SUBG}}."#)
            == "by 4.85%) (Code is at https://github.com/rajarshd/CBR-SUBG).")
    }

    @Test("Escapes, symbols, accents and unknown commands read naturally")
    func escapesAndSymbols() {
        #expect(MarkupText.plain(##"55\% of Q\&As cost \$5 \_now\_ \#1"##) == "55% of Q&As cost $5 _now_ #1")
        #expect(MarkupText.plain(#"$\alpha \leq \beta$ and \ldots"#) == "α ≤ β and …")
        #expect(MarkupText.plain(#"Erd\H{o}s and G\"odel and caf\'e"#) == "Erdős and Gödel and café")
        #expect(MarkupText.plain(#"the largest \glam has top-\p (nucleus) sampling"#) == "the largest glam has top-p (nucleus) sampling")
    }

    @Test("Math dollars in pairs disappear; a lone dollar is a price")
    func dollars() {
        #expect(MarkupText.plain("average of $n$ smooth objectives and $k$-nearest") == "average of n smooth objectives and k-nearest")
        #expect(MarkupText.plain("it costs $5 per run") == "it costs $5 per run")
    }

    @Test("LaTeX quotes become typographic quotes; Markdown bold and code lose their marks")
    func quotesAndMarkdown() {
        #expect(MarkupText.plain("our ``not-so-surprising'' finding") == "our \u{201C}not-so-surprising\u{201D} finding")
        #expect(MarkupText.plain("a set of `output nodes' (heads)") == "a set of \u{2018}output nodes\u{2019} (heads)")
        #expect(MarkupText.plain("we propose **SENTINEL** (**S**entence-level **E**arly)") == "we propose SENTINEL (Sentence-level Early)")
        #expect(MarkupText.plain("call `run()` twice") == "call run() twice")
        #expect(MarkupText.plain("a * b and it's fine") == "a * b and it's fine")
    }

    @Test("Markdown single-star emphasis loses its stars; stars that are arithmetic or alone stay")
    func singleStarEmphasis() {
        #expect(MarkupText.plain("Additionally, an *LLM-as-judge* evaluation confirms, and can be *easily integrated*.")
            == "Additionally, an LLM-as-judge evaluation confirms, and can be easily integrated.")
        #expect(MarkupText.plain("(*x*) and *y*, then **bold** *z*") == "(x) and y, then bold z")
        #expect(MarkupText.plain("2 * 3 * 4 and a*b*c and x* y*") == "2 * 3 * 4 and a*b*c and x* y*")
        #expect(MarkupText.plain("*open only\nclosed on the next line*") == "*open only\nclosed on the next line*")
        #expect(MarkupText.plain("a lone *star") == "a lone *star")
        let stars = String(repeating: "*a ", count: 20_000)
        #expect(MarkupText.plain(stars) == stars, "many openers without a closer stay, in linear time")
    }

    @Test("Broken markup never fails: stray braces go, a trailing backslash stays")
    func brokenMarkup() {
        #expect(MarkupText.plain("}unbalanced{ {text") == "unbalanced text")
        #expect(MarkupText.plain("ends with \\") == "ends with \\")
        #expect(MarkupText.plain(#"\textbf"#) == "")
        #expect(MarkupText.plain(#"\color{black"#) == "")
    }

    @Test("Text without markup characters comes back unchanged, including CJK and line breaks")
    func untouched() {
        for text in ["", "Plain abstract.\nSecond line.", "王小明の論文 — naïve café", "It's 50% faster (really)."] {
            #expect(MarkupText.plain(text) == text)
        }
    }

    @Test("Markup past the first eight-byte block is still found")
    func markupAfterLongPlainRun() {
        let abstract = String(repeating: "word ", count: 40) + #"\textit{end}"#
        #expect(MarkupText.plain(abstract) == String(repeating: "word ", count: 40) + "end")
    }
}
