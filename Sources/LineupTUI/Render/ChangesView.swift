import LineupModel
import LineupOutput

/// The Changes view, full screen: one line per change of the latest update, bookmarked talks
/// first: "moved     ★ Tue 16:00  Let's Encrypt  moved from Saal 6, 14:00 to Saal 2, 16:00".
enum ChangesView {
    /// The kind's word, padded: the column the kinds line up in.
    static let kindWidth = 10

    static func draw(_ screen: ChangesScreen, state: BrowserState, in rect: Rect, into grid: inout Grid) {
        let summary = state.changeMarks.changes.summary { state.bookmarks.contains($0) }
        PaneChrome.drawHeading("Changes in the latest update", detail: summary, focused: true,
                               in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), into: &grid)
        let content = rect.droppingTop(1)
        for index in screen.cursor.visibleRange(count: screen.items.count, rows: content.height) {
            let y = content.y + index - screen.cursor.offset
            let backdrop: Backdrop = index == screen.cursor.selected ? .selection : .none
            if backdrop != .none {
                grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: CellStyle(.text, backdrop: backdrop))
            }
            let glyphs = row(screen.items[index], state: state, backdrop: backdrop)
            grid.draw(TextLayout.cut(glyphs, to: max(0, content.width - 2), ellipsis: state.symbols.ellipsis),
                      x: content.x + 1, y: y, maxX: content.maxX - 1)
        }
    }

    static func row(_ change: ItemChange, state: BrowserState, backdrop: Backdrop) -> [Glyph] {
        let muted = CellStyle(.muted, backdrop: backdrop)
        let word = word(for: change.kind)
        var glyphs = TextLayout.fit(TextLayout.glyphs(TerminalString(word), style(for: change.kind, backdrop: backdrop)),
                                    to: kindWidth, padding: muted)
        let bookmarked = state.bookmarks.contains(change.id) || change.previousID.map(state.bookmarks.contains) == true
        glyphs += bookmarked
            ? TextLayout.glyphs(state.symbols.bookmark, CellStyle(.bookmark, backdrop: backdrop, bold: true))
            : TextLayout.glyphs(" ", muted)
        let talk = change.after ?? change.before
        let when = talk?.localStart.map { "\($0.date.weekday.shortName) \($0.clock)" } ?? ""
        glyphs += TextLayout.glyphs(TerminalString(" " + when.padding(toLength: 9, withPad: " ", startingAt: 0) + " "), muted)
        glyphs += TextLayout.glyphs(TerminalString(change.title), CellStyle(.text, backdrop: backdrop, bold: true))
        glyphs += TextLayout.glyphs(TerminalString("  " + ChangeSummary.text(change)), muted)
        return glyphs
    }

    /// "new", "cancelled", "moved", "retimed", "renamed", "speakers", "changed".
    static func word(for kind: ItemChange.Kind) -> String {
        switch kind {
        case .added: "new"
        case .removed: "cancelled"
        case .other: "changed"
        case .moved, .retimed, .renamed, .speakers: kind.rawValue
        }
    }

    static func style(for kind: ItemChange.Kind, backdrop: Backdrop) -> CellStyle {
        kind == .removed ? CellStyle(.cancelled, backdrop: backdrop, bold: true) : CellStyle(.accent, backdrop: backdrop, bold: true)
    }
}
