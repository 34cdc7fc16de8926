/// The marks the browser draws. Terminals that cannot show them (TERM=linux and vt100 fonts,
/// or a locale that is not UTF-8) get the ASCII set.
public struct Symbols: Hashable, Sendable {
    public var ellipsis: TerminalString
    public var bookmark: TerminalString
    public var award: TerminalString
    public var separator: TerminalString
    public var upvote: TerminalString
    public var clash: TerminalString
    public var dash: TerminalString
    public var cursor: TerminalString
    public var dot: TerminalString
    /// Marks the user's note on a bookmark.
    public var note: TerminalString
    /// Marks a heading whose pane has hidden panes to its left / right.
    public var moreLeft: TerminalString
    public var moreRight: TerminalString
    /// Marks a cancelled item.
    public var cancelled: TerminalString
    /// Draws the now line in the Talks pane.
    public var horizontalRule: TerminalString
    /// Marks a talk of yours that overlaps a friend's pick, and that pick, in the agenda.
    public var friendClash: TerminalString = "⟂"

    public static let unicode = Symbols(
        ellipsis: "…", bookmark: "★", award: "◆", separator: "│", upvote: "▲", clash: "⚠",
        dash: "–", cursor: "▏", dot: "·", note: "✎", moreLeft: "‹", moreRight: "›", cancelled: "✗",
        horizontalRule: "─")

    public static let ascii = Symbols(
        ellipsis: "...", bookmark: "*", award: "!", separator: "|", upvote: "^", clash: "!",
        dash: "-", cursor: "_", dot: "-", note: "~", moreLeft: "<", moreRight: ">", cancelled: "x",
        horizontalRule: "-", friendClash: "#")

    /// The set for a terminal type and locale: ASCII for "linux", "vt100"-like terminals and
    /// non-UTF-8 locales.
    public static func forTerminal(term: String?, utf8Locale: Bool) -> Symbols {
        guard utf8Locale else { return .ascii }
        let name = term ?? ""
        if name == "linux" || name.hasPrefix("vt") || name == "dumb" { return .ascii }
        return .unicode
    }
}
