/// The status bar: counts, the active query, bookmarks-only mode, hidden past talks and key hints; or the
/// engine's error for a malformed query.
enum StatusBar {
    static func draw(_ state: BrowserState, in rect: Rect, into grid: inout Grid) {
        let bar = CellStyle(.text, backdrop: .bar)
        grid.fill(rect, style: bar)
        let left: [Glyph]
        if state.search.isWaitingForIndex {
            left = TextLayout.glyphs(TerminalString("Indexing \(state.outline.talkCount) talks for search\(state.symbols.ellipsis.value)"),
                                     CellStyle(.accent, backdrop: .bar, bold: true))
        } else if state.search.isEditing || state.search.isFiltering, let problem = state.search.problem {
            left = TextLayout.glyphs(TerminalString("Query error at column \(problem.position + 1): \(problem.message)"),
                                     CellStyle(.error, backdrop: .bar, bold: true))
        } else {
            left = TextLayout.glyphs(TerminalString(summary(state)), bar)
        }
        let leftWidth = TextLayout.width(left)
        // The longest hint list that fits beside the summary; the shortest is "? help".
        let right = hintChoices(state).lazy.map(glyphs).first { TextLayout.width($0) + leftWidth + 4 <= rect.width } ?? []
        let rightWidth = TextLayout.width(right)
        let leftRoom = rect.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        grid.draw(TextLayout.cut(left, to: leftRoom, ellipsis: state.symbols.ellipsis), x: rect.x + 1, y: rect.y, maxX: rect.x + 1 + leftRoom)
        if rightWidth > 0 {
            grid.draw(right, x: rect.maxX - 1 - rightWidth, y: rect.y, maxX: rect.maxX)
        }
    }

    /// "103 talks · 5 days · ★ 3", "3 of 103 talks · /monarch · bookmarks only".
    static func summary(_ state: BrowserState) -> String {
        let dot = " \(state.symbols.dot.value) "
        let all = state.outline.talkCount
        var parts: [String] = []
        if state.isFiltered {
            parts.append("\(state.visibleTalkCount) of \(all) talks")
            if state.search.isFiltering { parts.append("/" + state.search.appliedText) }
            if state.isRanking { parts.append("by relevance") }
            if state.bookmarksOnly { parts.append("bookmarks only") }
            if state.hidesPast { parts.append("past hidden") }
        } else {
            let days = state.schedule.days.count
            parts.append("\(all) talk\(all == 1 ? "" : "s")")
            parts.append("\(days) day\(days == 1 ? "" : "s")")
        }
        if !state.bookmarks.isEmpty {
            parts.append("\(state.symbols.bookmark.value) \(state.bookmarks.count)")
        }
        if case .agenda = state.overlay, let shown = state.shownPicks.label { parts.append("with \(shown)") }
        if let age = state.dataAge { parts.append(age) }
        return parts.joined(separator: dot)
    }

    /// Key hints for the mode, longest first, from the command table.
    static func hintChoices(_ state: BrowserState) -> [[(keys: String, text: String)]] {
        state.keyMap.hintChoices(in: state.keyContext)
    }

    private static func glyphs(_ pairs: [(keys: String, text: String)]) -> [Glyph] {
        var glyphs: [Glyph] = []
        for (index, pair) in pairs.enumerated() {
            if index > 0 { glyphs += TextLayout.glyphs("  ", CellStyle(.text, backdrop: .bar)) }
            glyphs += TextLayout.glyphs(TerminalString(pair.0), CellStyle(.key, backdrop: .bar, bold: true))
            glyphs += TextLayout.glyphs(TerminalString(" " + pair.1), CellStyle(.text, backdrop: .bar))
        }
        return glyphs
    }
}
