/// A rectangle of cells; `x`, `y` are the top-left corner.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rectangle without its first `rows` rows.
    public func droppingTop(_ rows: Int) -> Rect {
        Rect(x: x, y: y + min(rows, height), width: width, height: height - min(rows, height))
    }

    /// Shrunk by `columns` on the left and the right.
    public func inset(columns: Int) -> Rect {
        Rect(x: x + columns, y: y, width: width - 2 * columns, height: height)
    }
}

/// The terminal's size in cells.
public struct TerminalSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }
}
