import LineupModel

/// Reads a Hugging Face Daily Papers listing: page chrome, "Daily Papers", a heading date
/// ("Dec 8"), then per paper its title, its abstract, "  • N authors", "·" and a date line
/// ("Oct 5, 2023 4"). The whole listing is one session of kind `.listing`, on its heading day.
///
/// Year: the manifest's, else one more than the latest year written on a paper when some
/// papers leave the year out (those are from the listing's own year, and the site writes the
/// year only for other years), else the reference year (or the latest written year, if later).
///
/// Complexity: O(n) in the page's bytes.
public enum DailyPapersParser {
    public static let defaultSourceName = "Hugging Face Daily Papers"
    /// The listing's name when the page does not print "Daily Papers".
    static let defaultListingName = "Daily Papers"

    private struct RawPaper {
        var title: Range<Int>
        var abstract: ArraySlice<Range<Int>>
        var authorCount: Int
        var date: PaperDateLine?
        var dateLine: Int?
    }

    public static func parse(_ text: PageText, context: ImportContext) -> (fragment: ScheduleFragment, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Diagnostic.Severity, _ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(severity, file: text.file, line: line + 1, message))
        }
        let source = Source(fileName: context.fileName, name: context.sourceName ?? defaultSourceName,
                            format: .dailyPapers, year: context.year)
        var counts: [(line: Int, count: Int)] = []
        for index in text.lines.indices {
            if let count = AuthorCountLine.count(text.bytes, text.trimmedLine(index)) { counts.append((index, count)) }
        }
        guard let firstCount = counts.first else {
            diagnostics.append(Diagnostic(.error, file: text.file, "no papers: no line like \"• 3 authors\""))
            return (ScheduleFragment(source: source), diagnostics)
        }

        // The header: the listing's name and its heading date.
        var listingName = defaultListingName
        var heading: (line: Int, date: PaperDateLine)?
        for index in 0..<firstCount.line {
            let range = text.trimmedLine(index)
            if text.bytes(range, equal: "Daily Papers") {
                listingName = text.text(range)
            } else if heading == nil, let date = PaperDateLine.parse(text.bytes, range), date.year == nil, date.upvotes == nil {
                heading = (index, date)
            }
        }
        if heading == nil {
            report(.warning, firstCount.line, "no heading date (like \"Dec 8\") above the first paper; the listing has no day")
        }

        // Each paper: the paragraphs between the previous paper's last line and its count line.
        var papers: [RawPaper] = []
        var regionStart = heading.map { $0.line + 1 } ?? 0
        for (position, entry) in counts.enumerated() {
            let paragraphs = text.paragraphs(from: regionStart, to: entry.line)
            let isFirstWithoutHeading = position == 0 && heading == nil
            var nextLine = entry.line + 1
            while nextLine < text.lines.count, text.isBlank(nextLine) { nextLine += 1 }
            if nextLine < text.lines.count, text.bytes(text.trimmedLine(nextLine), equal: "·") {
                nextLine += 1
                while nextLine < text.lines.count, text.isBlank(nextLine) { nextLine += 1 }
            }
            let nextCountLine = position + 1 < counts.count ? counts[position + 1].line : text.lines.count
            var date: PaperDateLine?
            if nextLine < nextCountLine, let parsed = PaperDateLine.parse(text.bytes, text.trimmedLine(nextLine)) {
                date = parsed
                regionStart = nextLine + 1
            } else {
                report(.warning, entry.line, "no publication date (like \"Oct 5, 2023\") after the author count")
                regionStart = entry.line + 1
            }
            guard !paragraphs.isEmpty else {
                report(.warning, entry.line, "the author count has no paper title above it; it is skipped")
                continue
            }
            // Without a heading the first region also holds page chrome: take its last two paragraphs.
            let kept = isFirstWithoutHeading ? paragraphs.suffix(2) : paragraphs[...]
            guard let titleParagraph = kept.first else { continue }
            if kept.count == 1 {
                report(.warning, titleParagraph.lowerBound, "the paper has a title but no abstract")
            }
            papers.append(RawPaper(title: titleParagraph, abstract: kept.dropFirst(), authorCount: entry.count,
                                   date: date, dateLine: date == nil ? nil : regionStart - 1))
        }

        let year = context.year ?? inferredYear(papers.compactMap(\.date), referenceYear: context.referenceYear)
        let day = heading.flatMap { LocalDate(year: year, month: $0.date.month, day: $0.date.day) }
        if let heading, day == nil {
            report(.warning, heading.line, "the heading is not a date in \(year); the listing has no day")
        }
        let headingText = heading.map { text.trimmedText(ofLine: $0.line) }
        let sessionTitle = headingText.map { "\(listingName) · \($0)" } ?? listingName
        let normalisedListing = TalkID.normalisedTitle(listingName)
        let sessionID = SessionID.derive(["listing", normalisedListing, day?.iso ?? ""])

        var talks: [Talk] = []
        talks.reserveCapacity(papers.count)
        for paper in papers {
            let title = text.joinedTrimmed(paper.title)
            let abstract = text.joinedLines(paper.abstract)
            var published: LocalDate?
            if let date = paper.date {
                published = LocalDate(year: date.year ?? year, month: date.month, day: date.day)
                if published == nil, let line = paper.dateLine {
                    report(.warning, line, "the publication date is not a date; it is left out")
                }
            }
            talks.append(Talk(
                id: TalkID.derive(["listing", normalisedListing, day?.iso ?? "", TalkID.normalisedTitle(title)]),
                title: title, authorCount: paper.authorCount, kind: .paper, day: day,
                sessionID: sessionID, session: sessionTitle,
                abstract: abstract, links: abstract.isEmpty ? [] : LinkExtractor.links(in: abstract),
                source: context.fileName, line: paper.title.lowerBound + 1, published: published,
                upvotes: paper.date?.upvotes))
        }
        let session = Session(id: sessionID, kind: .listing, title: sessionTitle, source: context.fileName,
                              conference: source.name, day: day, talkIDs: talks.map(\.id))
        return (ScheduleFragment(source: source, sessions: [session], talks: talks), diagnostics)
    }

    /// See the type's comment.
    static func inferredYear(_ dates: [PaperDateLine], referenceYear: Int) -> Int {
        guard let latestWritten = dates.compactMap(\.year).max() else { return referenceYear }
        return dates.contains { $0.year == nil } ? latestWritten + 1 : max(referenceYear, latestWritten)
    }
}
