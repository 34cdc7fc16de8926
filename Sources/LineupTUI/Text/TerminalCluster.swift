import CWideChar

/// What Lineup writes to the terminal for one grapheme cluster, and so how many columns it
/// takes (issue 11, defect 25). The width of a cluster is the width of what is written, never
/// a guess about what the terminal makes of the whole cluster, so Lineup, curses and the
/// terminal agree:
///
/// - a flag (two regional indicators) is written as its two indicators in two cells of one
///   column each: a terminal that joins them into one flag two columns wide and one that shows
///   two letters both end two columns on;
/// - any other cluster is written as its first scalar and the zero-width scalars (combining
///   marks, variation selectors) after it, up to the first zero-width joiner or the next
///   spacing scalar: an emoji ZWJ sequence ("👨‍👩‍👧‍👦") shows its first emoji (a joiner
///   written last would make the terminal join whatever comes next onto this cell), and the
///   width is that scalar's `wcwidth`, 1 or 2.
struct TerminalCluster: Equatable {
    /// Written into the cluster's first cell.
    var first: [Unicode.Scalar]
    /// A flag's second regional indicator, written into the next cell.
    var second: Unicode.Scalar?
    /// Columns taken: 1 or 2.
    var width: Int

    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    init(_ character: Character) {
        let scalars = Array(character.unicodeScalars)
        if scalars.count == 2, scalars.allSatisfy(Self.isRegionalIndicator) {
            first = [scalars[0]]
            second = scalars[1]
            width = 2
            return
        }
        var written: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar == Self.zeroWidthJoiner { break }
            if !written.isEmpty && Self.columns(scalar) != 0 { break }
            written.append(scalar)
        }
        first = written
        second = nil
        // -1 (unassigned or non-printable here): the terminal shows one cell. 0: a lone
        // combining mark, drawn on a dotted circle by TextLayout.
        width = min(max(written.first.map(Self.columns) ?? 1, 1), 2)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// `wcwidth` of one scalar under the current locale.
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        Int(lineup_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
