/// Draws the whole screen from the state. Pure: the same state and size give the same grid.
public func render(_ state: BrowserState, into grid: inout Grid) {
    grid.fill(grid.bounds)
    grid.cursor = nil
    grid.ellipsis = state.symbols.ellipsis
    let layout = state.layout
    guard !layout.isTooSmall else {
        drawTooSmall(state.size, keyMap: state.keyMap, into: &grid)
        return
    }
    switch state.overlay {
    case .help(let viewport):
        HelpView.draw(viewport, state: state, layout: layout, into: &grid)
    case .agenda(let screen):
        AgendaView.draw(screen, state: state, in: layout.body, into: &grid)
    case .nowAndNext(let screen):
        NowAndNextView.draw(screen, state: state, in: layout.body, into: &grid)
    case .changes(let screen):
        ChangesView.draw(screen, state: state, in: layout.body, into: &grid)
    case .none:
        drawPanes(state, layout, into: &grid)
    }
    if case .links(let chooser) = state.prompt {
        LinkChooserView.draw(chooser, state: state, in: layout.body, into: &grid)
    }
    StatusBar.draw(state, in: layout.statusBar, into: &grid)
    QueryLine.draw(state, in: layout.queryLine, into: &grid)
}

/// A fresh grid of the state's size, drawn.
public func render(_ state: BrowserState) -> Grid {
    var grid = Grid(state.size)
    render(state, into: &grid)
    return grid
}

private func drawPanes(_ state: BrowserState, _ layout: ScreenLayout, into grid: inout Grid) {
    for (index, frame) in layout.frames.enumerated() {
        switch frame.pane {
        case .days: DaysPane.draw(state, frame, into: &grid)
        case .sessions: SessionsPane.draw(state, frame, into: &grid)
        case .talks: TalksPane.draw(state, frame, into: &grid)
        case .details: DetailsView.draw(state, frame, into: &grid)
        }
        if index < layout.frames.count - 1 {
            let x = frame.rect.maxX
            for y in frame.rect.y..<frame.rect.maxY {
                grid.draw(state.symbols.separator, x: x, y: y, width: 1, style: CellStyle(.border))
            }
        }
    }
}

private func drawTooSmall(_ size: TerminalSize, keyMap: KeyMap, into grid: inout Grid) {
    let minimum = ScreenLayout.minimumSize
    let lines: [TerminalString] = [
        "Window too small",
        TerminalString("need \(minimum.columns)x\(minimum.rows)"),
        TerminalString("now \(size.columns)x\(size.rows)"),
        TerminalString(keyMap.hintChoices(in: .tooSmall).first.map { $0.map { "\($0.keys) \($0.text)" }.joined(separator: " ") } ?? ""),
    ]
    let top = max(0, (size.rows - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < size.rows {
        let width = min(DisplayWidth.of(line.value), size.columns)
        grid.draw(line, x: max(0, (size.columns - width) / 2), y: top + offset, width: size.columns,
                  style: CellStyle(offset == 0 ? .heading : .muted, bold: offset == 0))
    }
}

/// Shared drawing of a pane: its heading and a list of entries under a cursor.
enum PaneChrome {
    /// The heading row: the pane's name and, at the right, `detail` (position or count). The
    /// focused pane's heading is drawn as a bar; "‹" and "›" tell of panes hidden beside it.
    static func drawHeading(_ title: String, detail: String, focused: Bool, frame: ScreenLayout.Frame,
                            symbols: Symbols, into grid: inout Grid) {
        var title = title
        if frame.hidesPanesLeft { title = symbols.moreLeft.value + " " + title }
        if frame.hidesPanesRight { title += " " + symbols.moreRight.value }
        drawHeading(title, detail: detail, focused: focused, in: frame.rect, into: &grid)
    }

    static func drawHeading(_ title: String, detail: String, focused: Bool, in rect: Rect, into grid: inout Grid) {
        let style = focused ? CellStyle(.title, backdrop: .selection, bold: true) : CellStyle(.heading, bold: true)
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let detailWidth = DisplayWidth.of(detail)
        let titleRoom = max(0, rect.width - 2 - (detailWidth > 0 ? detailWidth + 2 : 0))
        grid.draw(TerminalString(title), x: rect.x + 1, y: rect.y, width: titleRoom, style: style)
        if detailWidth > 0, detailWidth + 3 <= rect.width {
            var muted = style
            if !focused { muted.role = .muted; muted.bold = false }
            grid.draw(TerminalString(detail), x: rect.maxX - 1 - detailWidth, y: rect.y, width: detailWidth, style: muted)
        }
    }

    /// Draws the visible entries of a list; `drawItem` gets the entry's index, its area and
    /// the backdrop to use (the selection bar on the selected entry).
    static func drawList(
        count: Int, cursor: ListCursor, linesPerItem: Int, focused: Bool, in content: Rect,
        into grid: inout Grid, drawItem: (_ index: Int, _ area: Rect, _ backdrop: Backdrop, _ grid: inout Grid) -> Void
    ) {
        let capacity = max(1, content.height / linesPerItem)
        for index in cursor.visibleRange(count: count, rows: capacity) {
            let row = index - cursor.offset
            let area = Rect(x: content.x, y: content.y + row * linesPerItem, width: content.width, height: linesPerItem)
            let backdrop: Backdrop = index == cursor.selected ? (focused ? .selection : .inactiveSelection) : .none
            if backdrop != .none { grid.fill(area, style: CellStyle(.text, backdrop: backdrop)) }
            drawItem(index, area, backdrop, &grid)
        }
    }

    /// "3/14": the selected entry's number and the count; "" for an empty list.
    static func position(_ cursor: ListCursor, count: Int) -> String {
        count == 0 ? "" : "\(cursor.selected + 1)/\(count)"
    }

    /// Draws `left` from the area's left edge (after one column of padding) and `right`
    /// flush right, cutting `left` with "…" so they never overlap.
    static func drawRow(_ left: [Glyph], right: [Glyph] = [], in area: Rect, y: Int, ellipsis: TerminalString, into grid: inout Grid) {
        let rightWidth = TextLayout.width(right)
        let leftRoom = max(0, area.width - 2 - (rightWidth > 0 ? rightWidth + 1 : 0))
        grid.draw(TextLayout.cut(left, to: leftRoom, ellipsis: ellipsis), x: area.x + 1, y: y, maxX: area.x + 1 + leftRoom)
        if rightWidth > 0, rightWidth + 2 <= area.width {
            grid.draw(right, x: area.maxX - 1 - rightWidth, y: y, maxX: area.maxX)
        }
    }
}
