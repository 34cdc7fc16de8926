import CWideChar

/// Terminal column widths, from the C library's `wcwidth` (so they agree with what ncurses
/// and the terminal assume under the same locale). Requires `setlocale(LC_ALL, …)` with a
/// UTF-8 locale first; tests use "C.UTF-8".
public enum DisplayWidth {
    /// Columns one grapheme cluster takes: 2 for CJK and wide emoji, 1 otherwise. A cluster
    /// made only of zero-width scalars (a lone combining mark) is drawn on a dotted circle by
    /// `TextLayout`, so it also counts 1. Never 0 and never more than 2.
    ///
    /// The widest scalar decides, so "e + U+0301" is 1 and "👩‍🔬" is 2.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        var widest = 0
        for scalar in character.unicodeScalars {
            let width = Int(lineup_wcwidth(wchar_t(bitPattern: scalar.value)))
            // -1: unassigned or non-printable in this locale; the terminal shows one cell.
            widest = max(widest, width < 0 ? 1 : width)
        }
        return min(max(widest, 1), 2)
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
