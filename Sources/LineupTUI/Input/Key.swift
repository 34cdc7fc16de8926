/// A key press as the browser sees it, independent of curses key codes.
public enum Key: Hashable, Sendable {
    /// A printable character (including space).
    case character(Character)
    /// Ctrl with a letter: `.control("c")` for Ctrl-C.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// F1…F12.
    case function(Int)
    /// Alt (Meta) with a character: `.alt("b")` for Alt-b. Bound to nothing, and never typed.
    case alt(Character)

    /// The name shown in the help screen and the README: "↑", "PgDn", "Ctrl-C", "Space".
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .alt(let c): return "Alt-" + String(c)
        }
    }
}

/// What the mouse did, in screen cells.
public enum MouseEvent: Hashable, Sendable {
    case click(x: Int, y: Int)
    /// Positive `lines` scroll down (towards the end of a list).
    case wheel(lines: Int, x: Int, y: Int)
}
