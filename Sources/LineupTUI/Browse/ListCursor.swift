/// The selection and scroll position of a list shown in a window of `rows` lines.
///
/// Invariants after every operation, for `count` items and `rows` visible lines (both from
/// the caller, since lists and windows change size): `selected` is in `0..<count` (0 when the
/// list is empty); `offset <= selected < offset + rows`; and `offset <= max(0, count - rows)`,
/// so the window never shows empty lines below a list that could fill it.
public struct ListCursor: Hashable, Sendable {
    public private(set) var selected: Int
    /// Index of the first visible item.
    public private(set) var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = max(0, selected)
        self.offset = max(0, offset)
    }

    /// Moves the selection by `delta` items, stopping at either end.
    public mutating func move(by delta: Int, count: Int, rows: Int) {
        select(selected + delta, count: count, rows: rows)
    }

    /// Selects `index` (clamped to the list) and scrolls just enough to show it.
    public mutating func select(_ index: Int, count: Int, rows: Int) {
        selected = Swift.min(Swift.max(0, index), Swift.max(0, count - 1))
        clamp(count: count, rows: rows)
    }

    /// A page down: the selection moves a window's height and the window follows it.
    public mutating func pageDown(count: Int, rows: Int) {
        let page = Swift.max(1, rows - 1)
        offset += page
        select(selected + page, count: count, rows: rows)
    }

    public mutating func pageUp(count: Int, rows: Int) {
        let page = Swift.max(1, rows - 1)
        offset = Swift.max(0, offset - page)
        select(selected - page, count: count, rows: rows)
    }

    public mutating func selectFirst(count: Int, rows: Int) {
        select(0, count: count, rows: rows)
    }

    public mutating func selectLast(count: Int, rows: Int) {
        select(count - 1, count: count, rows: rows)
    }

    /// Scrolls the window by `delta` lines (the mouse wheel); the selection moves only as far
    /// as needed to stay visible.
    public mutating func scroll(by delta: Int, count: Int, rows: Int) {
        guard rows > 0 else { return clamp(count: count, rows: rows) }
        offset = Swift.min(Swift.max(0, offset + delta), Swift.max(0, count - rows))
        selected = Swift.min(Swift.max(selected, offset), offset + rows - 1)
        clamp(count: count, rows: rows)
    }

    /// Restores the invariants after the list or the window changed size (a resize, a new
    /// filter), keeping the selection when it still exists.
    public mutating func clamp(count: Int, rows: Int) {
        guard count > 0 else {
            selected = 0
            offset = 0
            return
        }
        selected = Swift.min(Swift.max(0, selected), count - 1)
        let window = Swift.max(1, rows)
        if selected < offset { offset = selected }
        if selected >= offset + window { offset = selected - window + 1 }
        offset = Swift.max(0, Swift.min(offset, count - window))
    }

    /// The indices visible in a window of `rows` lines.
    public func visibleRange(count: Int, rows: Int) -> Range<Int> {
        let start = Swift.min(offset, count)
        return start..<Swift.min(count, start + Swift.max(0, rows))
    }
}
