/// The one table of key bindings. It drives dispatch (`command(for:in:)`), the help screen
/// and the key list in the README (`markdownKeyList`), so the three cannot disagree.
public enum CommandTable {
    public static let bindings: [CommandBinding] = [
        CommandBinding(.moveUp, [.up, .character("k")], "Move up", in: KeyContext.everywhere),
        CommandBinding(.moveDown, [.down, .character("j")], "Move down", in: KeyContext.everywhere),
        CommandBinding(.pageUp, [.pageUp, .control("b")], "Page up", in: KeyContext.everywhere),
        CommandBinding(.pageDown, [.pageDown, .control("f")], "Page down", in: KeyContext.everywhere),
        CommandBinding(.top, [.character("g"), .home], "Go to the top", in: KeyContext.everywhere),
        CommandBinding(.bottom, [.character("G"), .end], "Go to the bottom", in: KeyContext.everywhere),
        CommandBinding(.focusLeft, [.left, .character("h")], "Pane to the left", in: KeyContext.panes),
        CommandBinding(.focusRight, [.right, .character("l")], "Pane to the right", in: KeyContext.panes),
        CommandBinding(.focusLeft, [.left, .character("h")], "Talk to the left in a clash", in: [.agenda]),
        CommandBinding(.focusRight, [.right, .character("l")], "Talk to the right in a clash", in: [.agenda]),
        CommandBinding(.nextPane, [.tab], "Next pane", in: KeyContext.panes),
        CommandBinding(.previousPane, [.backTab], "Previous pane", in: KeyContext.panes),
        CommandBinding(.open, [.enter], "Go deeper (day → sessions → talks → details)",
                       in: [.days, .sessions, .talks]),
        CommandBinding(.open, [.enter], "Show the talk in the schedule", in: [.agenda]),
        CommandBinding(.search, [.character("/")], "Search as you type (Enter keeps, Esc clears)",
                       in: KeyContext.panes),
        CommandBinding(.nextHit, [.character("n")], "Next search hit", in: KeyContext.panes),
        CommandBinding(.previousHit, [.character("N")], "Previous search hit", in: KeyContext.panes),
        CommandBinding(.rankByRelevance, [.character("s")], "Sort hits by relevance or by time (toggle)", in: KeyContext.panes),
        CommandBinding(.jumpToNow, [.character("t")], "Go to the talk on now, or the next one", in: KeyContext.panes),
        CommandBinding(.switchGrouping, [.character("v")], "Show rooms or tracks (schedules without sessions)",
                       in: KeyContext.panes),
        CommandBinding(.toggleBookmark, [.character("b"), .character(" ")], "Bookmark the talk (saved at once)",
                       in: [.talks, .details, .agenda]),
        CommandBinding(.note, [.character("c")], "Write a note on the bookmark (bookmarks the talk)",
                       in: [.talks, .details, .agenda]),
        CommandBinding(.bookmarksOnly, [.character("B")], "Show bookmarked talks only", in: KeyContext.panes),
        CommandBinding(.agenda, [.character("a")], "Agenda of bookmarked talks", in: KeyContext.panes),
        CommandBinding(.agenda, [.character("a")], "Back to the schedule", in: [.agenda]),
        CommandBinding(.export, [.character("e")], "Export the agenda (ics, md, csv, json)",
                       in: KeyContext.panes.union([.agenda])),
        CommandBinding(.help, [.character("?"), .function(1)], "Help", in: KeyContext.panes.union([.agenda])),
        CommandBinding(.back, [.escape], "Clear the search", in: KeyContext.panes),
        CommandBinding(.back, [.escape], "Back to the schedule", in: [.agenda]),
        CommandBinding(.back, [.escape, .character("?"), .character("q")], "Close the help", in: [.help]),
        CommandBinding(.quit, [.character("q"), .control("c")], "Quit", in: KeyContext.panes.union([.agenda])),
        CommandBinding(.quit, [.control("c")], "Quit", in: [.help]),
    ]

    /// The command bound to `key` in `context`; the first matching row wins.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.command
    }

    /// The rows that apply in `context`, in table order.
    public static func bindings(in context: KeyContext) -> [CommandBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// Rows grouped by identical keys and help, each with every context it applies in: the
    /// help screen's and the README's list.
    public static var summary: [(keys: String, help: String, contexts: [KeyContext])] {
        var rows: [(keys: String, help: String, contexts: [KeyContext])] = []
        for binding in bindings {
            let contexts = KeyContext.allCases.filter(binding.contexts.contains)
            rows.append((binding.keyLabel, binding.help, contexts))
        }
        return rows
    }

    /// The README's key list as a Markdown table.
    public static var markdownKeyList: String {
        var lines = ["| Keys | Action | Where |", "|---|---|---|"]
        for row in summary {
            let keys = row.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            let contexts = Set(row.contexts)
            let place = contexts == KeyContext.everywhere ? "everywhere"
                : contexts == KeyContext.panes ? "schedule panes"
                : contexts == KeyContext.panes.union([.agenda]) ? "schedule panes, agenda"
                : row.contexts.map(\.label).joined(separator: ", ")
            lines.append("| \(keys) | \(row.help) | \(place) |")
        }
        return lines.joined(separator: "\n")
    }
}
