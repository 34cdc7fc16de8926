import Foundation
import LineupAgenda
import LineupModel

/// The personal agenda, full screen: days as timelines with free gaps, clashing talks side by
/// side, then the reading list and the bookmarks whose talks are not loaded.
enum AgendaView {
    /// Time column: "11:00–11:20".
    static let timeWidth = 11

    static func draw(_ screen: AgendaScreen, state: BrowserState, in rect: Rect, into grid: inout Grid) {
        let title = state.shownPicks.label.map { "Agenda with \($0)" } ?? "Agenda"
        PaneChrome.drawHeading(title, detail: summary(state.sharedAgenda, symbols: state.symbols), focused: true,
                               in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), into: &grid)
        let content = rect.droppingTop(1)
        let lines = screen.lines
        for index in screen.cursor.visibleRange(count: lines.count, rows: content.height) {
            let area = Rect(x: content.x, y: content.y + index - screen.cursor.offset, width: content.width, height: 1)
            let selectedColumn = index == screen.cursor.selected ? screen.column : nil
            draw(lines[index], selectedColumn: selectedColumn, state: state, in: area, into: &grid)
        }
    }

    /// "3 talks · 1 clash · 2 to read", then with friends' picks shown "1 together · 2 ⟂"
    /// (talks you share with them, your talks that overlap theirs).
    static func summary(_ shared: SharedAgenda, symbols: Symbols) -> String {
        let agenda = shared.own, dot = symbols.dot.value
        var parts = ["\(agenda.timedEntries.count) talk\(agenda.timedEntries.count == 1 ? "" : "s")"]
        if !agenda.clashes.isEmpty { parts.append("\(agenda.clashes.count) clash\(agenda.clashes.count == 1 ? "" : "es")") }
        if !agenda.readingList.isEmpty { parts.append("\(agenda.readingList.count) to read") }
        if !agenda.missing.isEmpty { parts.append("\(agenda.missing.count) not loaded") }
        let together = shared.together.count
        if together > 0 { parts.append("\(together) together") }
        if !shared.friendClashes.isEmpty { parts.append("\(shared.friendClashes.count) \(symbols.friendClash.value)") }
        return parts.joined(separator: " \(dot) ")
    }

    private static func draw(_ line: AgendaLine, selectedColumn: Int?, state: BrowserState, in area: Rect, into grid: inout Grid) {
        let symbols = state.symbols
        switch line {
        case .day(let date, let conference, let zone):
            let text = [ClockText.day(date), conference, zone.map { "times in \($0)" } ?? "local times, zone unknown"]
                .filter { !$0.isEmpty }
                .joined(separator: " \(symbols.dot.value) ")
            grid.draw(TerminalString(text), x: area.x + 1, y: area.y, width: area.width - 2, style: CellStyle(.heading, bold: true))
        case .slot(let ids):
            let talks = ids.compactMap(state.schedule.talk)
            let columnWidth = (area.width - 2 - (talks.count - 1)) / max(1, talks.count)
            var x = area.x + 2
            for (column, talk) in talks.enumerated() {
                let cell = Rect(x: x, y: area.y, width: columnWidth, height: 1)
                let backdrop: Backdrop = column == selectedColumn ? .selection : .none
                if backdrop != .none { grid.fill(Rect(x: cell.x - 1, y: cell.y, width: cell.width + 1, height: 1), style: CellStyle(.text, backdrop: backdrop)) }
                let row = entry(talk, clashing: state.isClashing(talk.id), withPlace: talks.count == 1, state: state, backdrop: backdrop,
                                company: state.sharedEntries[talk.id])
                draw(row, in: cell, backdrop: backdrop, symbols: symbols, into: &grid)
                x += columnWidth
                if column < talks.count - 1 {
                    grid.draw(symbols.separator, x: x, y: area.y, width: 1, style: CellStyle(.clash))
                    x += 1
                }
            }
        case .gap(let start, let end, let offset):
            let text = "free \(TimeText.range(start, end, utcOffset: offset, dash: symbols.dash.value)) (\(ClockText.duration(end.timeIntervalSince(start))))"
            grid.draw(TerminalString(String(repeating: " ", count: timeWidth + 1) + symbols.dot.value + " " + text),
                      x: area.x + 2, y: area.y, width: area.width - 3, style: CellStyle(.gap))
        case .note(let note, let about):
            var glyphs = TextLayout.glyphs(TerminalString(String(repeating: " ", count: timeWidth + 1)))
                + TextLayout.glyphs(symbols.note + " ", CellStyle(.accent))
            if let about {
                glyphs += TextLayout.cut(TextLayout.glyphs(TerminalString(about), CellStyle(.text)), to: 30, ellipsis: symbols.ellipsis)
                    + TextLayout.glyphs(": ", CellStyle(.text))
            }
            glyphs += TextLayout.glyphs(TerminalString(note), CellStyle(.muted))
            grid.draw(TextLayout.cut(glyphs, to: area.width - 4, ellipsis: symbols.ellipsis), x: area.x + 3, y: area.y, maxX: area.maxX - 1)
        case .readingListHeading(let count):
            grid.draw(TerminalString("Reading list \(symbols.dot.value) \(count) paper\(count == 1 ? "" : "s")"),
                      x: area.x + 1, y: area.y, width: area.width - 2, style: CellStyle(.heading, bold: true))
        case .paper(let id), .pick(let id):
            guard let talk = state.schedule.talk(id) else { return }
            let backdrop: Backdrop = selectedColumn != nil ? .selection : .none
            let cell = Rect(x: area.x + 2, y: area.y, width: area.width - 2, height: 1)
            if backdrop != .none { grid.fill(Rect(x: cell.x - 1, y: cell.y, width: cell.width + 1, height: 1), style: CellStyle(.text, backdrop: backdrop)) }
            let row = entry(talk, clashing: false, withPlace: true, state: state, backdrop: backdrop, company: state.sharedEntries[id])
            draw(row, in: cell, backdrop: backdrop, symbols: symbols, into: &grid)
        case .missingPicksHeading(let count):
            grid.draw(TerminalString("Friends' picks not in the loaded data \(symbols.dot.value) \(count) (kept in the picks file)"),
                      x: area.x + 1, y: area.y, width: area.width - 2, style: CellStyle(.heading, bold: true))
        case .missingPick(let missing):
            let pick = missing.pick
            let when = pick.start.map { ISOInstant.format($0) } ?? "untimed"
            let backdrop: Backdrop = selectedColumn != nil ? .selection : .none
            if backdrop != .none { grid.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1), style: CellStyle(.text, backdrop: backdrop)) }
            grid.draw(TerminalString("\(missing.friend) \(symbols.dot.value) \(pick.title) (\(when), \(pick.id.rawValue))"),
                      x: area.x + 3, y: area.y, width: area.width - 4, style: CellStyle(.muted, backdrop: backdrop))
        case .missingHeading(let count):
            grid.draw(TerminalString("Not in the loaded data \(symbols.dot.value) \(count) (kept in the bookmark file)"),
                      x: area.x + 1, y: area.y, width: area.width - 2, style: CellStyle(.heading, bold: true))
        case .missing(let bookmark):
            let when = bookmark.start.map { ISOInstant.format($0) } ?? "untimed"
            let backdrop: Backdrop = selectedColumn != nil ? .selection : .none
            if backdrop != .none { grid.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1), style: CellStyle(.text, backdrop: backdrop)) }
            grid.draw(TerminalString("\(bookmark.title) (\(when), \(bookmark.id.rawValue))"),
                      x: area.x + 3, y: area.y, width: area.width - 4, style: CellStyle(.muted, backdrop: backdrop))
        case .blank:
            break
        case .empty:
            let keys = state.keyMap.bindings.first { $0.command == .toggleBookmark && $0.contexts.contains(.talks) }?.keys.map(\.label).joined(separator: " or ") ?? ""
            grid.draw(TerminalString("No bookmarks yet: in the schedule, \(keys) bookmarks the selected talk."),
                      x: area.x + 2, y: area.y, width: area.width - 3, style: CellStyle(.muted))
        case .allPast:
            let key = state.keyMap.keyName(.hidePast, in: .agenda)
            grid.draw(TerminalString("Every bookmarked talk has ended (\(key) shows them)."),
                      x: area.x + 2, y: area.y, width: area.width - 3, style: CellStyle(.muted))
        }
    }

    /// A talk's row in `cell`, one column of padding each side.
    private static func draw(_ row: RowLayout, in cell: Rect, backdrop: Backdrop, symbols: Symbols, into grid: inout Grid) {
        let glyphs = row.glyphs(width: max(0, cell.width - 2), ellipsis: symbols.ellipsis, padding: CellStyle(.text, backdrop: backdrop))
        grid.draw(glyphs, x: cell.x + 1, y: cell.y, maxX: cell.maxX - 1)
    }

    /// "11:00–11:20 ⚠ ◆ ✗ cancelled Title" on the left and "Session · Room" flush right, by priority: the
    /// title keeps at least 16 columns, then come the marks, the friends (short), the start
    /// time, the room (cut), the friends in words, the time's end, the whole room, the whole
    /// title, and the session name last.
    ///
    /// `company` (while friends' picks are shown): on your talk, "with Ana" when she picked it
    /// too and "⟂ clashes with Ana's pick" when it overlaps one of hers; on a friend's pick,
    /// "Ana · " before the title (dimmed) and ⟂ when it overlaps one of yours.
    static func entry(_ talk: Talk, clashing: Bool, withPlace: Bool, state: BrowserState, backdrop: Backdrop,
                      company: SharedEntry? = nil) -> RowLayout {
        let symbols = state.symbols
        let muted = CellStyle(.muted, backdrop: backdrop)
        let space = TextLayout.glyphs(" ", CellStyle(.text, backdrop: backdrop))
        var times: [[Glyph]]
        if let range = TimeText.range(of: talk, dash: symbols.dash.value), let start = TimeText.startClock(of: talk) {
            times = [TextLayout.fit(TextLayout.glyphs(TerminalString(range), muted), to: timeWidth, padding: muted) + space,
                     TextLayout.glyphs(TerminalString(start), muted) + space]
        } else {
            let votes = TextLayout.glyphs(TerminalString(talk.upvotes.map { "\(symbols.upvote.value) \($0)" } ?? ""), muted)
            times = [TextLayout.fit(votes, to: timeWidth, padding: muted) + space, votes.isEmpty ? [] : votes + space]
        }
        var marks: [Glyph] = []
        if clashing { marks += TextLayout.glyphs(symbols.clash + " ", CellStyle(.clash, backdrop: backdrop, bold: true)) }
        if talk.award != nil { marks += TextLayout.glyphs(symbols.award + " ", CellStyle(.award, backdrop: backdrop, bold: true)) }
        let theirs = company.map { !$0.isYours } ?? false
        if theirs, company?.friendClashes.isEmpty == false {
            marks += TextLayout.glyphs(symbols.friendClash + " ", CellStyle(.clash, backdrop: backdrop, bold: true))
        }
        let cancelled = talk.status == .cancelled
        if cancelled { marks += TextLayout.glyphs(symbols.cancelled + " cancelled ", CellStyle(.cancelled, backdrop: backdrop, bold: true)) }
        var title = TextLayout.glyphs(TerminalString(talk.title),
                                      CellStyle(cancelled || theirs ? .muted : .text, backdrop: backdrop, bold: !cancelled && !theirs))
        if theirs, let company {
            title = TextLayout.glyphs(TerminalString(company.friends.joined(separator: ", ") + " \(symbols.dot.value) "),
                                      CellStyle(.accent, backdrop: backdrop, bold: true)) + title
        }
        var places: [[Glyph]] = []
        if withPlace, let position = state.schedule.position(of: talk.id) {
            let forms = !talk.isTimed
                ? [DetailsText.placeName(of: position, state: state)]
                : [[talk.session, talk.room].compactMap { $0 }.joined(separator: " \(symbols.dot.value) "), talk.room].compactMap { $0 }
            places = forms.filter { !$0.isEmpty }.map { space + space + TextLayout.glyphs(TerminalString($0), muted) }
        }
        let columns = [RowLayout.Column(times), RowLayout.Column([marks]), RowLayout.Column([title], minimumCut: 16),
                       RowLayout.Column(company.map { friendsMarks($0, symbols: symbols, backdrop: backdrop) } ?? []),
                       RowLayout.Column(places, minimumCut: 8, trailing: true)]
        return RowLayout(columns: columns, steps: [(2, .reserve), (1, .full), (3, .narrowest), (0, .reserve), (4, .reserve),
                                                   (3, .full), (0, .full), (4, .narrowest), (2, .full), (4, .full)])
    }

    /// After the title of your talk while friends' picks are shown: "with Ana" (she picked
    /// it too) and "⟂ clashes with Wei's pick" (it overlaps one of his), or in short "⟂ Wei".
    /// Nothing on a friend's pick (its names come before its title).
    static func friendsMarks(_ entry: SharedEntry, symbols: Symbols, backdrop: Backdrop) -> [[Glyph]] {
        guard entry.isYours else { return [] }
        let gap = TextLayout.glyphs("  ", CellStyle(.text, backdrop: backdrop))
        var together: [Glyph] = []
        if !entry.together.isEmpty {
            together = gap + TextLayout.glyphs(TerminalString("with " + entry.together.joined(separator: ", ")),
                                               CellStyle(.accent, backdrop: backdrop, bold: true))
        }
        var names: [String] = []
        for clash in entry.friendClashes where !names.contains(clash.friend) { names.append(clash.friend) }
        guard !names.isEmpty else { return together.isEmpty ? [] : [together] }
        let style = CellStyle(.clash, backdrop: backdrop, bold: true)
        let whose = names.count == 1 ? "\(names[0])'s pick" : "picks of " + names.joined(separator: ", ")
        return [together + gap + TextLayout.glyphs(TerminalString(symbols.friendClash.value + " clashes with " + whose), style),
                together + gap + TextLayout.glyphs(TerminalString(symbols.friendClash.value + " " + names.joined(separator: ", ")), style)]
    }
}
