/// Lays out one row of columns by priority (issue 11, defect 14): space goes to the columns in
/// the order of `steps`, so what matters most (a title) keeps its room at any width, and what
/// matters less (a room name) is shortened, then left out, only when the row is short of room.
///
/// A column has forms, widest first ("11:00–11:20", "11:00"); a cuttable column may also have
/// its narrowest form cut with an ellipsis, down to `minimumCut` columns. Each step raises one column toward its
/// `reserve` (the least it is useful with) or its `full` width, taking only the columns left.
/// Trailing columns are drawn flush right; the free space goes between. O(columns · forms).
struct RowLayout {
    struct Column {
        /// Widest first. Each form includes the column's separator from the one before it.
        var forms: [[Glyph]]
        /// The narrowest form may be cut down to this many columns (nil: only whole forms).
        var minimumCut: Int?
        var trailing = false

        init(_ forms: [[Glyph]], minimumCut: Int? = nil, trailing: Bool = false) {
            self.forms = forms.isEmpty ? [[]] : forms
            self.minimumCut = minimumCut
            self.trailing = trailing
        }

        var fullWidth: Int { TextLayout.width(forms[0]) }
        var narrowestWidth: Int { forms.map(TextLayout.width).min() ?? 0 }
        /// The least it is shown with: its cut minimum or its narrowest form.
        var reserveWidth: Int { minimumCut.map { min($0, narrowestWidth) } ?? narrowestWidth }
    }

    /// `reserve`: the least the column is useful with (its cut minimum, or its narrowest
    /// form); `narrowest`: its narrowest form whole; `full`: its widest form.
    enum Target { case reserve, narrowest, full }

    var columns: [Column]
    /// Which column grows, toward what, in priority order.
    var steps: [(column: Int, target: Target)]

    /// Columns given to each column for a row `width` wide.
    func widths(for width: Int) -> [Int] {
        var given = Array(repeating: 0, count: columns.count)
        var left = width
        for (index, target) in steps where columns.indices.contains(index) {
            let column = columns[index]
            let wanted: Int
            switch target {
            case .reserve: wanted = column.reserveWidth
            case .narrowest: wanted = column.narrowestWidth
            case .full: wanted = column.fullWidth
            }
            guard wanted > given[index] else { continue }
            let room = given[index] + left
            let granted: Int
            if wanted <= room {
                granted = wanted
            } else if let cut = column.minimumCut, room >= min(cut, column.narrowestWidth) {
                granted = room
            } else {
                granted = column.forms.map(TextLayout.width).filter { $0 <= room && $0 > given[index] }.max() ?? given[index]
            }
            left -= granted - given[index]
            given[index] = granted
        }
        return given
    }

    /// The row's glyphs, exactly `width` columns wide (padded with `padding`).
    func glyphs(width: Int, ellipsis: TerminalString, padding: CellStyle) -> [Glyph] {
        let given = widths(for: width)
        var leading: [Glyph] = [], trailing: [Glyph] = []
        for (column, room) in zip(columns, given) where room > 0 {
            let shown = column.forms.first { TextLayout.width($0) <= room }
                ?? TextLayout.cut(column.forms[column.forms.count - 1], to: room, ellipsis: ellipsis)
            if column.trailing { trailing += shown } else { leading += shown }
        }
        let free = max(0, width - TextLayout.width(leading) - TextLayout.width(trailing))
        return leading + Array(repeating: Glyph(" ", width: 1, style: padding), count: free) + trailing
    }
}
