/// Where everything goes for a terminal size: the visible panes side by side (each with a
/// heading row), then the status bar and the query line at the bottom.
///
/// Panes by width: all four from `fourPaneWidth` columns; three from `threePaneWidth`; two
/// (the focused pane and its neighbour, so Talks | Details when reading talks) from
/// `twoPaneWidth`; below that only the focused pane. Below `minimumSize` nothing but a short
/// message fits.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimumSize = TerminalSize(columns: 30, rows: 8)
    public static let fourPaneWidth = 130
    public static let threePaneWidth = 100
    public static let twoPaneWidth = 60

    public struct Frame: Hashable, Sendable {
        public var pane: Pane
        /// The pane's heading row and its content below it.
        public var rect: Rect
        /// Panes hidden to the left of the first shown pane, or right of the last.
        public var hidesPanesLeft = false
        public var hidesPanesRight = false
        public var content: Rect { rect.droppingTop(1) }
    }

    public let size: TerminalSize
    public let frames: [Frame]
    public let statusBar: Rect
    public let queryLine: Rect
    /// The area above the status bar, where the panes or a full-screen view go.
    public let body: Rect

    public var isTooSmall: Bool {
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }

    /// - Parameter daysWidth: the columns the Days pane would like (its widest label and
    ///   padding); it gets that within bounds that leave room for the other panes.
    public init(size: TerminalSize, focus: Pane, daysWidth: Int = 20) {
        self.size = size
        let width = size.columns
        body = Rect(x: 0, y: 0, width: width, height: size.rows - 2)
        statusBar = Rect(x: 0, y: max(0, size.rows - 2), width: width, height: 1)
        queryLine = Rect(x: 0, y: max(0, size.rows - 1), width: width, height: 1)
        let shown = Self.panesShown(width: width, focus: focus)
        let widths = Self.widths(of: shown, total: width, daysWidth: daysWidth)
        var frames: [Frame] = []
        var x = 0
        for (pane, paneWidth) in zip(shown, widths) {
            frames.append(Frame(pane: pane, rect: Rect(x: x, y: 0, width: paneWidth, height: body.height)))
            x += paneWidth + 1  // one column for the separator
        }
        if let first = shown.first, first > .days { frames[0].hidesPanesLeft = true }
        if let last = shown.last, last < .details { frames[frames.count - 1].hidesPanesRight = true }
        self.frames = frames
    }

    public func frame(of pane: Pane) -> Frame? {
        frames.first { $0.pane == pane }
    }

    public func pane(atX x: Int, y: Int) -> Pane? {
        frames.first { $0.rect.contains(x: x, y: y) }?.pane
    }

    /// Where a full-screen view's text goes (the help): the body under its heading row, one
    /// column in from each side.
    public var fullScreenText: Rect { body.droppingTop(1).inset(columns: 1) }

    /// Rows of content under a pane's heading (the same for every pane, shown or not).
    public var contentRows: Int { max(0, body.height - 1) }

    /// How many entries of `pane` fit, for its `ListCursor`.
    public func capacity(of pane: Pane) -> Int {
        max(1, contentRows / pane.linesPerItem)
    }

    static func panesShown(width: Int, focus: Pane) -> [Pane] {
        if width >= fourPaneWidth { return Pane.allCases }
        if width >= threePaneWidth {
            return focus == .days ? [.days, .sessions, .talks] : [.sessions, .talks, .details]
        }
        if width >= twoPaneWidth {
            switch focus {
            case .days: return [.days, .sessions]
            case .sessions: return [.sessions, .talks]
            case .talks, .details: return [.talks, .details]
            }
        }
        return [focus]
    }

    /// Column widths (separators excluded) that add up to `total` minus one per separator.
    static func widths(of panes: [Pane], total: Int, daysWidth: Int) -> [Int] {
        let available = max(0, total - (panes.count - 1))
        switch panes.count {
        case 4:
            let days = clamp(daysWidth, 16, max(16, available * 19 / 100))
            // From 180 columns the sessions get room for "10:30–11:55 · Ballroom 1 & 2 · 14 talks".
            let sessions = available >= 180 ? clamp(available * 22 / 100, 20, 44) : clamp(available * 20 / 100, 20, 34)
            let rest = available - days - sessions
            let talks = rest * 46 / 100
            return [days, sessions, talks, rest - talks]
        case 3 where panes[0] == .days:
            let days = clamp(daysWidth, 16, available * 25 / 100)
            let sessions = available * 30 / 100
            return [days, sessions, available - days - sessions]
        case 3:
            let sessions = available * 24 / 100
            let talks = available * 34 / 100
            return [sessions, talks, available - sessions - talks]
        case 2:
            let share: Int
            switch panes[0] {
            case .days: share = clamp(daysWidth, 16, available * 40 / 100)
            default: share = available * 45 / 100
            }
            return [share, available - share]
        default:
            return [available]
        }
    }

    private static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value, low), high)
    }
}
