/// The screen as a value: rows of cells the renderer fills and the backend copies out.
///
/// Invariants: a two-column cluster occupies its cell and a continuation cell to its right;
/// drawing over either half of such a pair blanks the other half, so the grid never holds
/// half a wide character. Drawing outside the grid or past `maxX` is clipped.
public struct Grid: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should blink (the query line while typing); nil hides it.
    public var cursor: Point?
    /// What `draw(_:x:y:width:style:)` ends cut text with ("…", or "..." on ASCII terminals).
    public var ellipsis: TerminalString = "…"

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(_ size: TerminalSize) {
        self.init(width: size.columns, height: size.rows)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        let clipped = clip(rect)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                place(" ", columns: 1, style: style, x: x, y: y)
            }
        }
    }

    /// Draws glyphs left to right from (x, y), stopping at `maxX` (exclusive, default the
    /// grid's edge). A wide cluster that would cross the limit is replaced by a space.
    /// Returns the column after the last cell drawn.
    @discardableResult
    public mutating func draw(_ glyphs: [Glyph], x: Int, y: Int, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var column = x
        for glyph in glyphs where !glyph.isNewline {
            guard column + glyph.width <= limit else {
                if column >= 0, column < limit { place(" ", columns: 1, style: glyph.style, x: column, y: y) }
                return limit
            }
            if column >= 0 {
                place(glyph.character, columns: glyph.width, style: glyph.style, x: column, y: y)
            }
            column += glyph.width
        }
        return column
    }

    /// Draws clean text in one style, cut with `ellipsis` to `width` columns (default: to the
    /// edge).
    @discardableResult
    public mutating func draw(_ text: TerminalString, x: Int, y: Int, width: Int? = nil, style: CellStyle = .plain) -> Int {
        let room = min(width ?? (self.width - x), self.width - x)
        return draw(TextLayout.cut(TextLayout.glyphs(text, style), to: room, ellipsis: ellipsis), x: x, y: y, maxX: x + room)
    }

    /// Places a cluster of `columns` (1 or 2) cells at (x, y), blanking the other half of
    /// any wide cluster it overwrites. The caller checks bounds.
    private mutating func place(_ character: Character, columns: Int, style: CellStyle, x: Int, y: Int) {
        for column in x..<(x + columns) {
            breakWidePair(at: column, y: y)
        }
        cells[y * width + x] = Cell(character, style: style)
        if columns == 2 { cells[y * width + x + 1] = Cell(nil, style: style) }
    }

    private mutating func breakWidePair(at x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index].style)
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(rect.maxX, width) - x0, height: min(rect.maxY, height) - y0)
    }

    // MARK: Reading back (tests, snapshots)

    /// Row `y` as text: each cluster once, continuation cells skipped.
    public func text(ofRow y: Int) -> String {
        var line = ""
        for x in 0..<width {
            if let character = self[x, y].character { line.append(character) }
        }
        return line
    }

    /// Every row as text with trailing spaces removed: what a snapshot test compares.
    public var lines: [String] {
        (0..<height).map { y in
            var line = text(ofRow: y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

/// A cell position.
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
