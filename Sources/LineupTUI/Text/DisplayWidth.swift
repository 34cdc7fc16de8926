import CWideChar

/// Terminal column widths, from the C library's `wcwidth` (so they agree with what ncurses
/// and the terminal assume under the same locale). Requires `setlocale(LC_ALL, …)` with a
/// UTF-8 locale first; tests use "C.UTF-8".
public enum DisplayWidth {
    /// Columns one grapheme cluster takes on screen: the width of what Lineup writes for it
    /// (`TerminalCluster`), so Lineup, curses and the terminal agree. 2 for CJK, wide emoji
    /// and flags, 1 otherwise; an emoji ZWJ sequence counts as its first emoji ("👩‍🔬" is 2,
    /// "🏳️‍🌈" is 1), "e + U+0301" is 1. A lone combining mark is drawn on a dotted circle by
    /// `TextLayout`, so it also counts 1. Never 0 and never more than 2.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        return TerminalCluster(character).width
    }

    /// Columns of a whole string; O(n) in characters.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// True for a cluster with no visible base (a combining mark on its own).
    static func isBaseless(_ character: Character) -> Bool {
        guard !character.isASCII, let first = character.unicodeScalars.first else { return false }
        return lineup_wcwidth(wchar_t(bitPattern: first.value)) == 0
    }
}
