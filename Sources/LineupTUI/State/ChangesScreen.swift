import LineupModel

/// The Changes view: the latest update's changes, those of bookmarked talks first, one per
/// line, with a cursor; Enter shows the talk in the schedule.
public struct ChangesScreen: Sendable {
    public private(set) var items: [ItemChange]
    public private(set) var cursor = ListCursor()

    init(for state: BrowserState) {
        items = state.changeMarks.changes.bookmarkedFirst { state.bookmarks.contains($0) }
        cursor.select(0, count: items.count, rows: Self.rows(state))
    }

    /// Lines for changes: the body less the heading.
    static func rows(_ state: BrowserState) -> Int { max(1, state.layout.body.height - 1) }

    var selected: ItemChange? { items.indices.contains(cursor.selected) ? items[cursor.selected] : nil }

    mutating func move(by delta: Int, rows: Int) {
        cursor.move(by: delta, count: items.count, rows: rows)
    }
}
