/// The one table of key bindings, for every mode: the panes, the agenda, the help, the query
/// line and the prompts. Its rows are the defaults of the browser's `KeyMap` (which the config
/// file's `[keys]` changes), which drives dispatch, the help screen, the status bar's hints and
/// the key names in messages, so none of them can disagree; the key list in the README
/// (`markdownKeyList`) and the man page show the table itself.
public enum CommandTable {
    public static let bindings: [CommandBinding] = [
        CommandBinding(.moveUp, [.up, .character("k")], "Move up", in: KeyContext.browsing),
        CommandBinding(.moveDown, [.down, .character("j")], "Move down", in: KeyContext.browsing),
        CommandBinding(.pageUp, [.pageUp, .control("b")], "Page up", in: KeyContext.browsing),
        CommandBinding(.pageDown, [.pageDown, .control("f")], "Page down", in: KeyContext.browsing),
        CommandBinding(.top, [.character("g"), .home], "Go to the top", in: KeyContext.browsing),
        CommandBinding(.bottom, [.character("G"), .end], "Go to the bottom", in: KeyContext.browsing),
        CommandBinding(.focusLeft, [.left, .character("h")], "Pane to the left", in: KeyContext.panes),
        CommandBinding(.focusRight, [.right, .character("l")], "Pane to the right", in: KeyContext.panes),
        CommandBinding(.focusLeft, [.left, .character("h")], "Talk to the left in a clash", in: [.agenda]),
        CommandBinding(.focusRight, [.right, .character("l")], "Talk to the right in a clash", in: [.agenda]),
        CommandBinding(.nextPane, [.tab], "Next pane", in: KeyContext.panes),
        CommandBinding(.previousPane, [.backTab], "Previous pane", in: KeyContext.panes),
        CommandBinding(.open, [.enter], "Go deeper (day → sessions → talks → details)",
                       in: [.days, .sessions, .talks]),
        CommandBinding(.open, [.enter], "Show the talk in the schedule", in: [.agenda, .changes]),
        CommandBinding(.search, [.character("/")], "Search as you type", in: KeyContext.panes),
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
        CommandBinding(.undo, [.character("u")], "Undo the last bookmark change, note included",
                       in: KeyContext.panes.union([.agenda])),
        CommandBinding(.openLink, [.character("o")], "Open the talk's page in the web browser ($BROWSER)",
                       in: [.talks, .details, .agenda]),
        CommandBinding(.copyLink, [.character("y")], "Copy the talk's link (OSC 52)", in: [.talks, .details, .agenda]),
        CommandBinding(.nextRelated, [.character("r")], "Choose the next related talk (in the details)", in: [.talks, .details]),
        CommandBinding(.previousRelated, [.character("R")], "Choose the previous related talk", in: [.talks, .details]),
        CommandBinding(.open, [.enter], "Go to the chosen related talk", in: [.details]),
        CommandBinding(.bookmarksOnly, [.character("B")], "Show bookmarked talks only", in: KeyContext.panes),
        CommandBinding(.updateSources, [.character("U")], "Fetch the schedule's sources now (URLs, subscriptions)",
                       in: KeyContext.panes),
        CommandBinding(.hidePast, [.character("P")], "Hide talks that have ended (toggle)",
                       in: KeyContext.panes.union([.agenda])),
        CommandBinding(.nowAndNext, [.character("w")], "Now and next: per room, the talk on now and the next one",
                       in: KeyContext.panes.union([.agenda])),
        CommandBinding(.moveUp, [.up, .character("k")], "Previous talk", in: [.nowAndNext]),
        CommandBinding(.moveDown, [.down, .character("j")], "Next talk", in: [.nowAndNext]),
        CommandBinding(.open, [.enter], "Show the talk in the schedule", in: [.nowAndNext]),
        CommandBinding(.back, [.escape, .character("w"), .character("q")], "Back to the schedule", in: [.nowAndNext]),
        CommandBinding(.agenda, [.character("a")], "Agenda of bookmarked talks", in: KeyContext.panes),
        CommandBinding(.agenda, [.character("a")], "Back to the schedule", in: [.agenda]),
        CommandBinding(.friendsPicks, [.character("f")], "Show a friend's picks beside yours (cycles: none, each friend, all)",
                       in: [.agenda]),
        CommandBinding(.changes, [.character("C")], "Changes in the latest schedule update (bookmarked first)",
                       in: KeyContext.panes),
        CommandBinding(.changes, [.character("C")], "Back to the schedule", in: [.changes]),
        CommandBinding(.export, [.character("e")], "Export the agenda (ics, md, csv, json)",
                       in: KeyContext.panes.union([.agenda])),
        CommandBinding(.help, [.character("?"), .function(1)], "Help", in: KeyContext.panes.union([.agenda, .changes])),
        CommandBinding(.back, [.escape], "Clear the search", in: KeyContext.panes),
        CommandBinding(.back, [.escape], "Back to the schedule", in: [.agenda, .changes]),
        CommandBinding(.back, [.escape, .character("?"), .character("q")], "Close the help", in: [.help]),
        CommandBinding(.quit, [.character("q"), .control("c")], "Quit", in: KeyContext.panes.union([.agenda, .changes, .tooSmall])),
        CommandBinding(.quit, [.control("c")], "Quit", in: KeyContext.textFields.union([.help, .replacePrompt, .nowAndNext, .linkChooser])),
        CommandBinding(.suspend, [.control("z")], "Suspend to the shell (fg comes back)", in: KeyContext.everywhere.subtracting([.tooSmall])),

        CommandBinding(.accept, [.enter, .tab], "Keep the search and go to its hits", in: [.query]),
        CommandBinding(.cancel, [.escape], "Clear the search", in: [.query]),
        CommandBinding(.moveUp, [.up], "Previous hit", in: [.query]),
        CommandBinding(.moveDown, [.down], "Next hit", in: [.query]),
        CommandBinding(.pageUp, [.pageUp], "Hits a page up", in: [.query]),
        CommandBinding(.pageDown, [.pageDown], "Hits a page down", in: [.query]),

        CommandBinding(.accept, [.enter], "Export to the file named", in: [.exportPrompt]),
        CommandBinding(.cycleFormat, [.tab], "Next format", in: [.exportPrompt]),
        CommandBinding(.cycleFormatBackwards, [.backTab], "Previous format", in: [.exportPrompt]),
        CommandBinding(.accept, [.enter], "Save the note (an empty one removes it)", in: [.notePrompt]),
        CommandBinding(.cancel, [.escape], "Cancel", in: [.exportPrompt, .notePrompt]),
        CommandBinding(.accept, [.character("y")], "Replace the existing file", in: [.replacePrompt]),
        CommandBinding(.cancel, [.character("n"), .escape], "Keep it and change the name", in: [.replacePrompt]),
        CommandBinding(.moveUp, [.up, .character("k")], "Previous link", in: [.linkChooser]),
        CommandBinding(.moveDown, [.down, .character("j")], "Next link", in: [.linkChooser]),
        CommandBinding(.accept, [.enter], "Open the selected link (a link's number opens that one)", in: [.linkChooser]),
        CommandBinding(.cancel, [.escape, .character("q")], "Open none", in: [.linkChooser]),

        CommandBinding(.cursorLeft, [.left], "Cursor left", in: KeyContext.textFields),
        CommandBinding(.cursorRight, [.right], "Cursor right", in: KeyContext.textFields),
        CommandBinding(.lineStart, [.home, .control("a")], "Cursor to the start", in: KeyContext.textFields),
        CommandBinding(.lineEnd, [.end, .control("e")], "Cursor to the end", in: KeyContext.textFields),
        CommandBinding(.deleteBackward, [.backspace], "Delete before the cursor", in: KeyContext.textFields),
        CommandBinding(.deleteForward, [.delete], "Delete at the cursor", in: KeyContext.textFields),
        CommandBinding(.deleteToStart, [.control("u")], "Delete to the start", in: KeyContext.textFields),
        CommandBinding(.deleteWord, [.control("w")], "Delete the word before the cursor", in: KeyContext.textFields),
    ]

    // The defaults' lookups; the browser itself reads its `KeyMap` (the user's bindings).

    public static func command(for key: Key, in context: KeyContext) -> Command? {
        KeyMap.standard.command(for: key, in: context)
    }

    public static func meaning(of key: Key, in context: KeyContext) -> KeyMeaning {
        KeyMap.standard.meaning(of: key, in: context)
    }

    public static func bindings(in context: KeyContext) -> [CommandBinding] {
        KeyMap.standard.bindings(in: context)
    }

    public static func keyName(_ command: Command, in context: KeyContext) -> String {
        KeyMap.standard.keyName(command, in: context)
    }

    // MARK: Status-bar hints

    /// The hints each mode offers, in the order shown.
    public static func hints(in context: KeyContext) -> [KeyHint] {
        switch context {
        case .days, .sessions, .talks, .details:
            return [KeyHint(.search, "search", rank: 2), KeyHint(.toggleBookmark, "bookmark", rank: 3),
                    KeyHint(.agenda, "agenda", rank: 3), KeyHint(.help, "help", rank: 1), KeyHint(.quit, "quit", rank: 2)]
        case .agenda:
            return [KeyHint(.open, "show", rank: 2), KeyHint(.toggleBookmark, "remove", rank: 2),
                    KeyHint(.friendsPicks, "friends", rank: 3), KeyHint(.export, "export", rank: 2), KeyHint(.back, "back", rank: 1)]
        case .nowAndNext:
            return [KeyHint(.open, "show", rank: 2), KeyHint(.back, "back", rank: 1)]
        case .changes:
            return [KeyHint(.open, "show", rank: 2), KeyHint(.help, "help", rank: 2), KeyHint(.back, "back", rank: 1)]
        case .help:
            return [KeyHint(.moveUp, "scroll", rank: 2), KeyHint(.moveDown, "scroll", rank: 2), KeyHint(.back, "close", rank: 1)]
        case .query:
            return [KeyHint(.accept, "keep", rank: 2), KeyHint(.cancel, "clear", rank: 1),
                    KeyHint(.moveUp, "results", rank: 2), KeyHint(.moveDown, "results", rank: 2)]
        case .exportPrompt:
            return [KeyHint(.cycleFormat, "format", rank: 2), KeyHint(.accept, "save", rank: 2), KeyHint(.cancel, "cancel", rank: 1)]
        case .notePrompt:
            return [KeyHint(.accept, "save", rank: 2), KeyHint(.cancel, "cancel", rank: 1)]
        case .replacePrompt:
            return [KeyHint(.accept, "replace", rank: 1), KeyHint(.cancel, "change the name", rank: 2)]
        case .linkChooser:
            return [KeyHint(.moveUp, "choose", rank: 2), KeyHint(.moveDown, "choose", rank: 2),
                    KeyHint(.accept, "open", rank: 2), KeyHint(.cancel, "cancel", rank: 1)]
        case .tooSmall:
            return [KeyHint(.quit, "quits", rank: 1)]
        }
    }

    public static func hintChoices(in context: KeyContext) -> [[(keys: String, text: String)]] {
        KeyMap.standard.hintChoices(in: context)
    }

    // MARK: The help screen and the README

    /// The default rows with their keys, help and contexts: the man page's and the README's list.
    public static var summary: [(keys: String, help: String, contexts: [KeyContext])] {
        KeyMap.standard.summary
    }

    /// The README's key list as a Markdown table.
    public static var markdownKeyList: String {
        var lines = ["| Keys | Action | Where |", "|---|---|---|"]
        for row in summary {
            let keys = row.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(row.help) | \(placeName(Set(row.contexts))) |")
        }
        return lines.joined(separator: "\n")
    }

    /// "everywhere", "schedule panes, agenda", "Talks, Details, Agenda".
    static func placeName(_ contexts: Set<KeyContext>) -> String {
        let shown = contexts.subtracting([.tooSmall])
        if shown == KeyContext.everywhere.subtracting([.tooSmall]) { return "everywhere" }
        switch shown {
        case KeyContext.browsing: return "schedule panes, agenda, changes, help"
        case KeyContext.panes: return "schedule panes"
        case KeyContext.panes.union([.agenda]): return "schedule panes, agenda"
        case KeyContext.panes.union([.agenda, .changes]): return "schedule panes, agenda, changes"
        case KeyContext.textFields: return "query line, prompts"
        default: return KeyContext.allCases.filter(shown.contains).map(\.label).joined(separator: ", ")
        }
    }
}
