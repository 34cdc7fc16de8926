/// The help screen, drawn from the command table (so it always matches dispatch), then the
/// query language and the marks used in lists.
enum HelpView {
    static let keyColumn = 16

    static func draw(scroll: Int, state: BrowserState, in rect: Rect, into grid: inout Grid) {
        PaneChrome.drawHeading("Lineup help", detail: "Esc closes", focused: true,
                               in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), into: &grid)
        let content = rect.droppingTop(1).inset(columns: 1)
        let lines = self.lines(width: content.width, symbols: state.symbols)
        let top = min(scroll, max(0, lines.count - content.height))
        for (row, line) in lines.dropFirst(top).prefix(content.height).enumerated() {
            grid.draw(line, x: content.x, y: content.y + row, maxX: content.maxX)
        }
    }

    static func lineCount(width: Int) -> Int {
        lines(width: max(1, width - 2), symbols: .unicode).count + 1
    }

    /// Groups of bindings by where they apply, in table order.
    static func groups() -> [(title: String, rows: [(keys: String, help: String)])] {
        var groups: [(title: String, rows: [(keys: String, help: String)])] = []
        for row in CommandTable.summary {
            let contexts = Set(row.contexts)
            let title: String
            if contexts == KeyContext.everywhere || contexts == KeyContext.panes.union([.agenda]) {
                title = "Everywhere"
            } else if contexts == KeyContext.panes {
                title = "Schedule"
            } else {
                title = row.contexts.map(\.label).joined(separator: ", ")
            }
            if let index = groups.firstIndex(where: { $0.title == title }) {
                groups[index].rows.append((row.keys, row.help))
            } else {
                groups.append((title, [(row.keys, row.help)]))
            }
        }
        return groups
    }

    static let queryHelp: [(String, String)] = [
        ("words", "every word must match title, authors, abstract, session or room"),
        ("\"a phrase\"", "the words in this order"),
        ("-word", "leave out talks that match"),
        ("a | b", "either"),
        ("title: author:", "in one field; also abstract: session: room: source:"),
        ("kind:oral", "oral, spotlight, qa or paper; award:* for any award"),
        ("day:tue", "a weekday or a date (2022-07-19)"),
        ("after:13:00", "and before:, in the conference's time"),
        ("is:bookmarked", "only bookmarked talks"),
    ]

    static func lines(width: Int, symbols: Symbols) -> [[Glyph]] {
        var lines: [[Glyph]] = []
        func row(_ keys: String, _ help: String, keyStyle: CellStyle = CellStyle(.key, bold: true)) {
            let keyGlyphs = TextLayout.fit(TextLayout.glyphs(TerminalString(keys), keyStyle), to: keyColumn - 1, padding: .plain)
                + TextLayout.glyphs(" ")
            let helpLines = TextLayout.wrap(TextLayout.glyphs(TerminalString(help)), width: max(1, width - keyColumn - 2))
            for (index, line) in helpLines.enumerated() {
                let lead = index == 0 ? keyGlyphs : TextLayout.glyphs(TerminalString(String(repeating: " ", count: keyColumn)))
                lines.append(TextLayout.glyphs("  ") + lead + line)
            }
        }
        func heading(_ title: String) {
            if !lines.isEmpty { lines.append([]) }
            lines.append(TextLayout.glyphs(TerminalString(title), CellStyle(.heading, bold: true)))
        }
        for group in groups() {
            heading(group.title)
            for entry in group.rows { row(entry.keys, entry.help) }
        }
        heading("Mouse")
        row("click", "select an entry and focus its pane")
        row("wheel", "scroll the pane under the pointer")
        heading("Search")
        for (syntax, help) in queryHelp { row(syntax, help, keyStyle: CellStyle(.accent)) }
        heading("Marks")
        row(symbols.bookmark.value, "bookmarked", keyStyle: CellStyle(.bookmark, bold: true))
        row(symbols.award.value, "award (Outstanding Paper, …)", keyStyle: CellStyle(.award, bold: true))
        row(symbols.clash.value, "clashes with another bookmarked talk", keyStyle: CellStyle(.clash, bold: true))
        row("Oral Spot Q&A", "kind of talk (O S Q P in narrow panes)", keyStyle: CellStyle(.oral, bold: true))
        return lines.map { TextLayout.cut($0, to: width, ellipsis: symbols.ellipsis) }
    }
}
