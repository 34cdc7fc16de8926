import Foundation
import LineupAgenda
import LineupModel

/// The Now and Next screen, full screen: one line per talk, the place named on its first
/// line: "Ballroom 1 & 2  now   11:00–11:20 ★ Monarch: …   10 min left".
enum NowAndNextView {
    static func draw(_ screen: NowAndNextScreen, state: BrowserState, in rect: Rect, into grid: inout Grid) {
        let table = screen.table
        let heading = state.now.map { "Now and next \(state.symbols.dot.value) \(clock(of: $0, state: state))" } ?? "Now and next"
        PaneChrome.drawHeading(heading, detail: "\(table.rows.count) room\(table.rows.count == 1 ? "" : "s")", focused: true,
                               in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), into: &grid)
        let content = rect.droppingTop(1)
        let lines = self.lines(table)
        guard !lines.isEmpty else {
            grid.draw("Nothing is on now or later today", x: content.x + 2, y: content.y, width: content.width - 3,
                      style: CellStyle(.muted))
            return
        }
        let placeWidth = min(24, lines.map { DisplayWidth.of(TerminalString($0.place ?? "").value) }.max() ?? 0)
        for index in screen.cursor.visibleRange(count: lines.count, rows: content.height) {
            let line = lines[index]
            let y = content.y + index - screen.cursor.offset
            let area = Rect(x: content.x, y: y, width: content.width, height: 1)
            let backdrop: Backdrop = index == screen.cursor.selected ? .selection : .none
            if backdrop != .none { grid.fill(area, style: CellStyle(.text, backdrop: backdrop)) }
            let muted = CellStyle(.muted, backdrop: backdrop)
            var row = TextLayout.fit(TextLayout.cut(TextLayout.glyphs(TerminalString(line.place ?? ""), CellStyle(.heading, backdrop: backdrop, bold: true)),
                                                    to: placeWidth, ellipsis: state.symbols.ellipsis),
                                     to: placeWidth, padding: muted)
            row += TextLayout.glyphs(line.isCurrent ? "  now   " : "  next  ",
                                     CellStyle(line.isCurrent ? .accent : .muted, backdrop: backdrop, bold: line.isCurrent))
            row += TextLayout.glyphs(TerminalString(TimeText.range(of: line.talk, dash: state.symbols.dash.value) ?? ""), muted)
            row += TextLayout.glyphs(" ", muted)
            row += TalksPane.bookmarkMark(line.talk, state: state, backdrop: backdrop)
            row += TextLayout.glyphs(" ", muted)
            row += TextLayout.glyphs(TerminalString(line.talk.title), CellStyle(.text, backdrop: backdrop))
            let right = TextLayout.glyphs(TerminalString(line.when), muted)
            PaneChrome.drawRow(row, right: right, in: area, y: y, ellipsis: state.symbols.ellipsis, into: &grid)
        }
    }

    struct Line {
        /// The place, on the first line of its row only.
        var place: String?
        var talk: Talk
        var isCurrent: Bool
        /// "10 min left", "in 10 min".
        var when: String
    }

    /// One line per talk, in the order of `NowAndNext.talks` (the cursor's).
    static func lines(_ table: NowAndNext) -> [Line] {
        var lines: [Line] = []
        for row in table.rows {
            var place: String? = row.place
            if let talk = row.current, let left = row.minutesLeft {
                lines.append(Line(place: place, talk: talk, isCurrent: true, when: "\(ClockText.duration(TimeInterval(left * 60))) left"))
                place = nil
            }
            if let talk = row.next, let until = row.minutesUntilNext {
                lines.append(Line(place: place, talk: talk, isCurrent: false, when: "in \(ClockText.duration(TimeInterval(until * 60)))"))
            }
        }
        return lines
    }

    /// Now on the user's clock, "11:10", or the wall clock given.
    private static func clock(of now: Now, state: BrowserState) -> String {
        if let wall = now.wallClock { return wall.clock }
        let offset = state.userTimeZone.secondsFromGMT(for: now.instant)
        return "\(TimeText.clock(now.instant, utcOffset: offset)) \(TimeText.zoneName(state.userTimeZone, at: now.instant))"
    }
}
