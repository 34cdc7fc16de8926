/// Mouse: a click selects the entry under it and focuses its pane; the wheel scrolls the
/// pane under the pointer (three lines a notch, as terminals send one event per notch).
func handleMouse(_ event: MouseEvent, _ state: inout BrowserState) {
    switch state.overlay {
    case .help, .agenda:
        if case .wheel(let lines, _, _) = event {
            _ = perform(lines > 0 ? .moveDown : .moveUp, &state)
        }
        return
    case .none:
        break
    }
    let layout = state.layout
    switch event {
    case .click(let x, let y):
        guard let pane = layout.pane(atX: x, y: y), let frame = layout.frame(of: pane) else { return }
        if pane != .details, y >= frame.content.y {
            let row = (y - frame.content.y) / pane.linesPerItem
            state.moveCursor(of: pane) { cursor, count, rows in
                let index = cursor.offset + row
                if index < count { cursor.select(index, count: count, rows: rows) }
            }
        }
        state.setFocus(pane)
    case .wheel(let lines, let x, let y):
        guard let pane = layout.pane(atX: x, y: y) else { return }
        if pane == .details {
            state.scrollDetails(by: lines)
        } else {
            state.moveCursor(of: pane) { $0.scroll(by: lines, count: $1, rows: $2) }
        }
    }
}
