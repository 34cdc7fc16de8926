import LineupModel

/// Sessions of the selected day: the title, then time range, room, track (of a room whose
/// talks share one) and number of talks ("3 of 14 talks" while filtering). For a day made of
/// rooms the entries are its rooms, or its tracks after `v`.
enum SessionsPane {
    static func draw(_ state: BrowserState, _ frame: ScreenLayout.Frame, into grid: inout Grid) {
        let focused = state.focus == .sessions
        PaneChrome.drawHeading(heading(state), detail: PaneChrome.position(state.sessionCursor, count: state.visibleSessions.count),
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
            let noun = session.isListing ? "paper" : "talk"
            var count = "\(all) \(noun)\(all == 1 ? "" : "s")"
            if state.isFiltered { count = "\(state.visibleCount(ofSession: position)) of " + count }
            let dash = state.symbols.dash.value
            let time = session.floatingStart.map { TimeText.range($0, session.floatingEnd, dash: dash) }
                ?? session.start.map { TimeText.range($0, session.end, utcOffset: session.utcOffset ?? 0, dash: dash) }
            // A room's title is its name, a track group's its track: neither is said twice.
            let room = session.room == session.title ? nil : session.room
            let track = session.isTrack ? nil : session.track
            let facts = [time, room, count, track].compactMap { $0 }.joined(separator: " \(state.symbols.dot.value) ")
            let second = TextLayout.glyphs(TerminalString("  " + facts), CellStyle(.muted, backdrop: backdrop))
            PaneChrome.drawRow(second, in: area, y: area.y + 1, ellipsis: state.symbols.ellipsis, into: &grid)
        }
    }

    /// "Rooms" or "Tracks" for a day made of rooms (as it is shown), else "Sessions".
    static func heading(_ state: BrowserState) -> String {
        guard let first = state.visibleSessions.first else { return "Sessions" }
        let group = state.outline.session(at: first)
        if group.isTrack { return "Tracks" }
        return group.session?.kind == .room ? "Rooms" : "Sessions"
    }
}
