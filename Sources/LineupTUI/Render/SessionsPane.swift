import LineupModel

/// Sessions of the selected day: the title, then time range, room and number of talks
/// ("3 of 14 talks" while filtering).
enum SessionsPane {
    static func draw(_ state: BrowserState, _ frame: ScreenLayout.Frame, into grid: inout Grid) {
        let focused = state.focus == .sessions
        PaneChrome.drawHeading("Sessions", detail: PaneChrome.position(state.sessionCursor, count: state.visibleSessions.count),
                               focused: focused, frame: frame,
                               symbols: state.symbols, into: &grid)
        PaneChrome.drawList(
            count: state.visibleSessions.count, cursor: state.sessionCursor, linesPerItem: 2, focused: focused,
            in: frame.content, into: &grid
        ) { index, area, backdrop, grid in
            let position = state.visibleSessions[index]
            let session = state.outline.session(at: position)
            let title = TextLayout.glyphs(TerminalString(session.title), CellStyle(.text, backdrop: backdrop, bold: true))
            PaneChrome.drawRow(title, in: area, y: area.y, ellipsis: state.symbols.ellipsis, into: &grid)

            let all = state.outline.talksOfSession[position].count
            let noun = session.kind == .listing ? "paper" : "talk"
            var count = "\(all) \(noun)\(all == 1 ? "" : "s")"
            if state.isFiltered { count = "\(state.visibleCount(ofSession: position)) of " + count }
            let time = session.displaySlot.map {
                TimeText.range($0.start, $0.end, utcOffset: $0.utcOffset, dash: state.symbols.dash.value)
            }
            let facts = [time, session.room, count].compactMap { $0 }.joined(separator: " \(state.symbols.dot.value) ")
            let second = TextLayout.glyphs(TerminalString("  " + facts), CellStyle(.muted, backdrop: backdrop))
            PaneChrome.drawRow(second, in: area, y: area.y + 1, ellipsis: state.symbols.ellipsis, into: &grid)
        }
    }
}
