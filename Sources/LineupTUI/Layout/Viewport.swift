/// A window of `rows` lines onto text `contentHeight` lines long, scrolled down by `offset`
/// lines: the details pane and the help screen each own one. Every change clamps, here and
/// nowhere else, so `offset` always lies in `0...maxOffset`: the first line and the last can
/// always be scrolled into view, and views draw `visibleLines` as they are.
public struct Viewport: Hashable, Sendable {
    public private(set) var offset: Int
    public private(set) var contentHeight: Int
    public private(set) var rows: Int

    public init(offset: Int = 0, contentHeight: Int = 0, rows: Int = 0) {
        self.offset = offset
        self.contentHeight = max(0, contentHeight)
        self.rows = max(0, rows)
        clamp()
    }

    /// The largest offset: the last line on the last row (0 when everything fits).
    public var maxOffset: Int { max(0, contentHeight - rows) }

    /// Indices of the lines shown, top to bottom.
    public var visibleLines: Range<Int> { offset..<min(contentHeight, offset + rows) }

    /// Whether the text is longer than the window.
    public var isScrollable: Bool { contentHeight > rows }

    /// How far down the last line shown is, in percent of the text (100 at the end).
    public var percentShown: Int {
        contentHeight == 0 ? 100 : Int((Double(visibleLines.upperBound) / Double(contentHeight) * 100).rounded())
    }

    /// Positive `lines` scroll towards the end.
    public mutating func scroll(by lines: Int) {
        offset = offset.addingReportingOverflow(lines).overflow ? (lines > 0 ? maxOffset : 0) : offset + lines
        clamp()
    }

    /// A page: all rows but one, so the line at the edge stays in view.
    public mutating func page(down: Bool) {
        let page = max(1, rows - 1)
        scroll(by: down ? page : -page)
    }

    public mutating func scrollToTop() {
        offset = 0
    }

    public mutating func scrollToBottom() {
        offset = maxOffset
    }

    /// New text or a new window size; the offset is kept as far as it still fits.
    public mutating func resize(contentHeight: Int, rows: Int) {
        self.contentHeight = max(0, contentHeight)
        self.rows = max(0, rows)
        clamp()
    }

    private mutating func clamp() {
        offset = min(max(0, offset), maxOffset)
    }
}
