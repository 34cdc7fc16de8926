import LineupImport
import LineupModel
import Testing

@Suite("Daily Papers listings: papers, dates, upvotes and the listing's year")
struct DailyPapersParserTests {
    static let chrome = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n"

    /// One paper block as the site prints it.
    static func paper(_ title: String, abstract: String = "An abstract.", authors: Int = 3, date: String) -> String {
        "\(title)\n\n\(abstract)\n\n  • \(authors) authors\n·\n\(date)\n\n"
    }

    static func parse(_ text: String, year: Int? = nil, referenceYear: Int = 2026) -> (fragment: ScheduleFragment, diagnostics: [Diagnostic]) {
        let page = try? PageText(text, file: "list.txt")
        guard let page else { return (ScheduleFragment(source: Source(fileName: "", name: "", format: .dailyPapers)), []) }
        return DailyPapersParser.parse(page, context: ImportContext(fileName: "list.txt", year: year, referenceYear: referenceYear))
    }

    @Test("Each paper has its title, abstract, author count, publication date and upvotes")
    func paperFields() throws {
        let text = Self.chrome + "Mar 4\n\n"
            + Self.paper("First paper", abstract: "Uses **bold** claims, https://github.com/a/b.", authors: 4, date: "Oct 5, 2023 4")
            + Self.paper("Second paper", authors: 1, date: "Jun 3 2")
            + Self.paper("Third paper", authors: 12, date: "Feb 1")
        let (fragment, diagnostics) = Self.parse(text, year: 2025)
        #expect(diagnostics.isEmpty)
        let papers = fragment.talks
        #expect(papers.map(\.title) == ["First paper", "Second paper", "Third paper"])
        #expect(papers.map(\.authorCount) == [4, 1, 12])
        #expect(papers.map(\.published) == [LocalDate(year: 2023, month: 10, day: 5), LocalDate(year: 2025, month: 6, day: 3),
                                            LocalDate(year: 2025, month: 2, day: 1)])
        #expect(papers.map(\.upvotes) == [4, 2, nil])
        #expect(papers.allSatisfy { $0.kind == .paper && $0.start == nil && $0.authors.isEmpty })
        #expect(papers.first?.abstract == "Uses **bold** claims, https://github.com/a/b.")
        #expect(papers.first?.links == ["https://github.com/a/b"])
        #expect(papers.first?.line == 13)
        let session = try #require(fragment.sessions.first)
        #expect(session.kind == .listing)
        #expect(session.title == "Daily Papers · Mar 4")
        #expect(session.day == LocalDate(year: 2025, month: 3, day: 4))
        #expect(session.conference == "Hugging Face Daily Papers")
        #expect(session.talkIDs == papers.map(\.id))
    }

    @Test("Without a manifest the year is one after the latest year written on a paper")
    func inferredYearFromWrittenYears() {
        let text = Self.chrome + "Dec 8\n\n" + Self.paper("Old", date: "Oct 5, 2023") + Self.paper("Newer", date: "May 23, 2024")
            + Self.paper("This year", date: "Aug 20")
        let (fragment, _) = Self.parse(text, referenceYear: 2030)
        #expect(fragment.sessions.first?.day == LocalDate(year: 2025, month: 12, day: 8))
        #expect(fragment.talks.last?.published == LocalDate(year: 2025, month: 8, day: 20))
        #expect(fragment.source.year == nil)
    }

    @Test("Without a manifest and without written years the reference year is used")
    func inferredYearFromReference() {
        let text = Self.chrome + "Dec 8\n\n" + Self.paper("Undated year", date: "Aug 20")
        #expect(Self.parse(text, referenceYear: 2026).fragment.sessions.first?.day == LocalDate(year: 2026, month: 12, day: 8))
    }

    @Test("A paper without its date line is kept without a date, with a warning naming the count line")
    func missingDate() throws {
        let text = Self.chrome + "Dec 8\n\nUndated\n\nAbstract.\n\n  • 2 authors\n\n" + Self.paper("Next", date: "Jan 2, 2020")
        let (fragment, diagnostics) = Self.parse(text, year: 2025)
        #expect(fragment.talks.map(\.title) == ["Undated", "Next"])
        #expect(fragment.talks.first?.published == nil)
        #expect(fragment.talks.last?.published == LocalDate(year: 2020, month: 1, day: 2))
        #expect(diagnostics.map(\.line) == [17])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test("A paper with a title and no abstract is kept, with a warning")
    func titleWithoutAbstract() throws {
        let text = Self.chrome + "Dec 8\n\nJust a title\n\n  • 2 authors\n·\nJan 2, 2020\n"
        let (fragment, diagnostics) = Self.parse(text, year: 2025)
        #expect(fragment.talks.first?.title == "Just a title")
        #expect(fragment.talks.first?.abstract == "")
        #expect(diagnostics.map(\.message) == ["the paper has a title but no abstract"])
    }

    @Test("A listing without a heading date still imports its papers, with no day and a warning")
    func missingHeading() throws {
        let text = "Daily Papers\n\n" + Self.paper("Lonely", date: "Jan 2, 2020")
        let (fragment, diagnostics) = Self.parse(text, year: 2025)
        #expect(fragment.talks.map(\.title) == ["Lonely"])
        #expect(fragment.sessions.first?.day == nil)
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test("A listing's title and the paper's title normalise into its id, so case and spacing do not matter")
    func idsIgnoreCaseAndSpacing() {
        let one = Self.parse(Self.chrome + "Dec 8\n\n" + Self.paper("Pointer  Networks", date: "Jun 9, 2015"), year: 2025)
        let two = Self.parse(Self.chrome + "Dec 8\n\n" + Self.paper("pointer networks", date: "Jun 9, 2015"), year: 2025)
        #expect(one.fragment.talks.first?.id == two.fragment.talks.first?.id)
    }
}
