/// Mouse: a click selects the entry under it and focuses its pane; the wheel scrolls the
/// pane under the pointer (three lines a notch, as terminals send one event per notch).
extension BrowserState {
    mutating func handleMouse(_ event: MouseEvent) {
        guard keyContext != .tooSmall else { return }  // nothing drawn to point at
        switch overlay {
        case .help, .agenda, .nowAndNext, .changes:
            if case .wheel(let lines, _, _) = event {
                _ = perform(lines > 0 ? .moveDown : .moveUp)
            }
            return
        case .none:
            break
        }
        let layout = self.layout
        switch event {
        case .click(let x, let y):
            guard let pane = layout.pane(atX: x, y: y), let frame = layout.frame(of: pane) else { return }
            if pane != .details, y >= frame.content.y {
                let row = (y - frame.content.y) / pane.linesPerItem
                let talkIndex = pane == .talks ? talkIndex(atRow: row) : nil
                if pane != .talks || talkIndex != nil {
                    moveCursor(of: pane) { cursor, count, rows in
                        let index = talkIndex ?? cursor.offset + row
                        if index < count { cursor.select(index, count: count, rows: rows) }
                    }
                }
            }
            setFocus(pane)
        case .wheel(let lines, let x, let y):
            guard let pane = layout.pane(atX: x, y: y) else { return }
            if pane == .details {
                details.scroll(by: lines)
            } else {
                moveCursor(of: pane) { $0.scroll(by: lines, count: $1, rows: $2) }
            }
        }
    }
}
