import LineupImport
import LineupModel

/// Builds session pages in the shipped shape, so each test states only what it varies.
struct PageBuilder {
    var title = "Test Session"
    var room: String? = "Hall A"
    var moderator: String? = "Ada Lovelace"
    var slots: [String] = []

    /// One slot block: time line, blank, kind and award lines, title, blank, authors, blank, abstract.
    mutating func slot(_ time: String, kind: String? = "Spotlight", awards: [String] = [], title: String,
                       authors: String? = "Alan Turing · Grace Hopper", abstract: String? = "An abstract.") {
        var lines = [time, ""]
        if let kind { lines.append(kind) }
        lines += awards
        lines.append(title)
        if let authors { lines += ["", authors] }
        if let abstract { lines += ["", abstract] }
        lines.append("")
        slots.append(lines.joined(separator: "\n"))
    }

    var text: String {
        var header = ["Skip to yearly menu bar Skip to main content", "", "", "Session", "", title, ""]
        if let room { header += [room, ""] }
        if let moderator { header += ["Moderator: \(moderator)", ""] }
        header += ["Abstract:", "", "Chat is not available.", ""]
        return (header + slots).joined(separator: "\n")
    }

    /// 1-based line of the first line containing `needle`.
    func line(of needle: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    func parse(year: Int? = nil, referenceYear: Int = 2026, file: String = "page.txt")
        -> (fragment: ScheduleFragment, diagnostics: [Diagnostic])
    {
        SessionPageParser.parse(text, context: ImportContext(fileName: file, year: year, referenceYear: referenceYear))
    }
}
