import LineupImport
import Testing

@Suite("Links in abstracts")
struct LinkExtractorTests {
    @Test("LaTeX braces and trailing punctuation are cut from a link")
    func bracesAndPunctuation() {
        #expect(LinkExtractor.links(in: "at \\url{https://github.com/rajarshd/CBR-SUBG}}.") == ["https://github.com/rajarshd/CBR-SUBG"])
        #expect(LinkExtractor.links(in: "See https://align-prop.github.io/.") == ["https://align-prop.github.io/"])
        #expect(LinkExtractor.links(in: "(code: http://x.org/a?b=1&c=2), more") == ["http://x.org/a?b=1&c=2"])
        #expect(LinkExtractor.links(in: "**https://x.org/bold**!") == ["https://x.org/bold"])
    }

    @Test("Balanced parentheses inside a link are kept; an unpartnered closer is cut")
    func parentheses() {
        #expect(LinkExtractor.links(in: "(see https://en.wikipedia.org/wiki/Set_(mathematics))") ==
            ["https://en.wikipedia.org/wiki/Set_(mathematics)"])
        #expect(LinkExtractor.links(in: "[code](https://github.com/a/b)") == ["https://github.com/a/b"])
    }

    @Test("Every link is found once, in order, and text without a scheme gives none")
    func severalLinks() {
        #expect(LinkExtractor.links(in: "https://a.org and http://b.org/x, then https://a.org again") ==
            ["https://a.org", "http://b.org/x"])
        #expect(LinkExtractor.links(in: "ratio 3:1, time 10:30, ftp://x.org, https://") == [])
        #expect(LinkExtractor.links(in: "") == [])
    }

    @Test("A link ends at a space, a quote, an angle bracket or a non-ASCII character")
    func linkEnds() {
        #expect(LinkExtractor.links(in: "<https://a.org/x>") == ["https://a.org/x"])
        #expect(LinkExtractor.links(in: "\"https://a.org/y\"") == ["https://a.org/y"])
        #expect(LinkExtractor.links(in: "https://a.org/z。次") == ["https://a.org/z"])
    }
}
