/// The link chooser `o` opens over the bottom of the screen: a heading with the item's title,
/// then one numbered row per link (its title, if any, and the link), the selected one on the
/// selection bar.
enum LinkChooserView {
    /// Rows above the query line: the heading and the links, as many as fit in `body`.
    static func draw(_ chooser: LinkChooser, state: BrowserState, in body: Rect, into grid: inout Grid) {
        let height = min(chooser.choices.count + 1, body.height)
        guard height >= 2 else { return }
        let rect = Rect(x: body.x, y: body.maxY - height, width: body.width, height: height)
        grid.fill(rect, style: .plain)
        PaneChrome.drawHeading("Open which link of \u{201C}\(chooser.talkTitle)\u{201D}?",
                               detail: "\(chooser.selected + 1)/\(chooser.choices.count)", focused: true, in: rect, into: &grid)
        let content = rect.droppingTop(1)
        var cursor = ListCursor()
        cursor.select(chooser.selected, count: chooser.choices.count, rows: content.height)
        PaneChrome.drawList(count: chooser.choices.count, cursor: cursor, linesPerItem: 1, focused: true, in: content,
                            into: &grid) { index, area, backdrop, grid in
            let choice = chooser.choices[index]
            var glyphs = TextLayout.glyphs(TerminalString("\(index + 1)  "), CellStyle(.key, backdrop: backdrop, bold: true))
            if let title = choice.title, !title.isEmpty {
                glyphs += TextLayout.glyphs(TerminalString(title + "  "), CellStyle(.text, backdrop: backdrop))
            }
            glyphs += TextLayout.glyphs(TerminalString(choice.url), CellStyle(.link, backdrop: backdrop))
            PaneChrome.drawRow(glyphs, in: area, y: area.y, ellipsis: state.symbols.ellipsis, into: &grid)
        }
    }
}
