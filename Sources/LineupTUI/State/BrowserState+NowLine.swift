import LineupModel

/// The now line of the Talks pane: a row of its own between the last talk that has started
/// and the next one, drawn when the pane lists talks in schedule order and has both.
extension BrowserState {
    /// The index in `visibleTalks` the now line goes before; nil when there is no line. A
    /// line needs a talk that has started right before it and one that has not at it.
    /// O(k) in the session's talks.
    var nowLineIndex: Int? {
        guard let now, !isRanking else { return nil }
        var startedBefore = false
        for (index, position) in visibleTalks.enumerated() {
            guard let slot = outline.talk(at: position).clockSlot else { continue }
            if now.position(on: slot.zone) < slot.start { return startedBefore ? index : nil }
            startedBefore = true
        }
        return nil
    }

    /// Rows of the Talks pane that show talks: its capacity, less one for the now line.
    var talkRows: Int {
        let rows = layout.capacity(of: .talks)
        return nowLineIndex != nil ? max(1, rows - 1) : rows
    }

    /// The talk index drawn at `row` of the Talks pane's content (the now line's row is none).
    func talkIndex(atRow row: Int) -> Int? {
        guard let line = nowLineIndex, line >= talkCursor.offset else { return talkCursor.offset + row }
        let lineRow = line - talkCursor.offset
        if row == lineRow { return nil }
        return talkCursor.offset + (row > lineRow ? row - 1 : row)
    }
}
