import LineupModel

/// Days: "Tue 19 Jul 2022", with the conference and the talk count (matching/all while
/// filtering) below it; a listing is its own entry ("Daily Papers · 8 Dec").
enum DaysPane {
    static func draw(_ state: BrowserState, _ frame: ScreenLayout.Frame, into grid: inout Grid) {
        let focused = state.focus == .days
        PaneChrome.drawHeading("Days", detail: PaneChrome.position(state.dayCursor, count: state.visibleDays.count),
                               focused: focused, frame: frame,
                               symbols: state.symbols, into: &grid)
        PaneChrome.drawList(
            count: state.visibleDays.count, cursor: state.dayCursor, linesPerItem: 2, focused: focused,
            in: frame.content, into: &grid
        ) { index, area, backdrop, grid in
            let dayIndex = state.visibleDays[index]
            let day = state.outline.day(at: dayIndex)
            let sessions = state.outline.sessionsOfDay[dayIndex]
            let all = sessions.reduce(0) { $0 + state.outline.talksOfSession[$1].count }
            let shown = sessions.reduce(0) { $0 + state.visibleCount(ofSession: $1) }
            let count = state.isFiltered ? "\(shown)/\(all)" : "\(all)"
            let label = TextLayout.glyphs(TerminalString(day.label), CellStyle(.text, backdrop: backdrop, bold: true))
            PaneChrome.drawRow(label, in: area, y: area.y, ellipsis: state.symbols.ellipsis, into: &grid)
            let facts = TextLayout.glyphs(TerminalString("  " + (day.isListing ? "listing" : day.title)), CellStyle(.muted, backdrop: backdrop))
            let right = TextLayout.glyphs(TerminalString(count), CellStyle(.muted, backdrop: backdrop))
            PaneChrome.drawRow(facts, right: right, in: area, y: area.y + 1, ellipsis: state.symbols.ellipsis, into: &grid)
        }
    }
}
