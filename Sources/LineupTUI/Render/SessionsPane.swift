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
            var count = "\(all) \(noun)\(all == 1 ? "" : "s")", shortCount = "\(all)"
            if state.isFiltered {
                let shown = state.visibleCount(ofSession: position)
                count = "\(shown) of " + count
                shortCount = "\(shown)/\(all)"
            }
            let dash = state.symbols.dash.value
            let time = session.floatingStart.map { TimeText.range($0, session.floatingEnd, dash: dash) }
                ?? session.start.map { TimeText.range($0, session.end, utcOffset: session.utcOffset ?? 0, dash: dash) }
            // A room's title is its name, a track group's its track: neither is said twice.
            let room = session.room == session.title ? nil : session.room
            let track = session.isTrack ? nil : session.track
            let muted = CellStyle(.muted, backdrop: backdrop)
            let facts = Self.facts(time: time, room: room, count: [count, shortCount], track: track, dot: state.symbols.dot.value, style: muted)
            let row = facts.glyphs(width: max(0, area.width - 2), ellipsis: state.symbols.ellipsis, padding: muted)
            grid.draw(row, x: area.x + 1, y: area.y + 1, maxX: area.maxX - 1)
        }
    }

    /// "  10:30–11:55 · Ballroom 1 & 2 · 14 talks · Track", by priority: the time, then the
    /// count ("14" when short of room), then the room name (cut, or left out, before the
    /// others give way), then "talks", the indent and the track.
    static func facts(time: String?, room: String?, count: [String], track: String?, dot: String, style: CellStyle) -> RowLayout {
        func text(_ value: String, first: Bool) -> [Glyph] {
            TextLayout.glyphs(TerminalString((first ? "" : " \(dot) ") + value), style)
        }
        let indent = RowLayout.Column([TextLayout.glyphs("  ", style), []])
        let timeColumn = RowLayout.Column([time.map { text($0, first: true) } ?? []])
        let roomColumn = RowLayout.Column([room.map { text($0, first: time == nil) } ?? []], minimumCut: 6)
        let countColumn = RowLayout.Column(count.map { text($0, first: time == nil && room == nil) })
        let trackColumn = RowLayout.Column([track.map { text($0, first: false) } ?? []], minimumCut: 6)
        return RowLayout(columns: [indent, timeColumn, roomColumn, countColumn, trackColumn],
                         steps: [(1, .full), (3, .reserve), (2, .reserve), (2, .full), (3, .full), (0, .full), (4, .reserve), (4, .full)])
    }

    /// "Rooms" or "Tracks" for a day made of rooms (as it is shown), else "Sessions".
    static func heading(_ state: BrowserState) -> String {
        guard let first = state.visibleSessions.first else { return "Sessions" }
        let group = state.outline.session(at: first)
        if group.isTrack { return "Tracks" }
        return group.session?.kind == .room ? "Rooms" : "Sessions"
    }
}
