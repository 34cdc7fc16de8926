/// Everything a key can ask the browser to do. Keys that type text into the query line or a
/// prompt are not commands; everything else, editing keys included, is.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case focusLeft, focusRight, nextPane, previousPane
    case open
    case search, nextHit, previousHit, rankByRelevance, jumpToNow, switchGrouping
    case toggleBookmark, note, undo, bookmarksOnly, hidePast, nowAndNext, openLink, copyLink
    case updateSources
    /// The details' related talks: choose one, go to it (Enter).
    case nextRelated, previousRelated
    case agenda, changes, export, help
    /// The agenda: whose picks show beside yours (nobody's, each friend's, everyone's).
    case friendsPicks
    case back, quit, suspend
    /// The query line and the prompts: take the text, drop it, change the export format.
    case accept, cancel, cycleFormat, cycleFormatBackwards
    /// Editing the text of the query line or a prompt.
    case cursorLeft, cursorRight, lineStart, lineEnd, deleteBackward, deleteForward, deleteToStart, deleteWord

    /// The edit an editing command makes to a line of text; nil for other commands.
    var lineEdit: LineEditor.Edit? {
        switch self {
        case .cursorLeft: return .left
        case .cursorRight: return .right
        case .lineStart: return .home
        case .lineEnd: return .end
        case .deleteBackward: return .backspace
        case .deleteForward: return .delete
        case .deleteToStart: return .deleteToStart
        case .deleteWord: return .deleteWord
        default: return nil
        }
    }
}

/// Where a key binding applies: one of the browser's panes, the agenda, the help screen, the
/// query line, a prompt, the link chooser, or a screen too small to show anything.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case days, sessions, talks, details, agenda, nowAndNext, changes, help, query, exportPrompt, replacePrompt, notePrompt, linkChooser, tooSmall

    public init(_ pane: Pane) {
        switch pane {
        case .days: self = .days
        case .sessions: self = .sessions
        case .talks: self = .talks
        case .details: self = .details
        }
    }

    public static let panes: Set<KeyContext> = [.days, .sessions, .talks, .details]
    /// Where keys move around rather than type: the panes, the agenda, the changes and the help.
    public static let browsing: Set<KeyContext> = panes.union([.agenda, .changes, .help])
    /// Where keys type text.
    public static let textFields: Set<KeyContext> = [.query, .exportPrompt, .notePrompt]
    public static let everywhere: Set<KeyContext> = Set(allCases)

    /// Whether characters without a binding are typed into a field here.
    public var takesText: Bool { Self.textFields.contains(self) }

    public var label: String {
        switch self {
        case .days: return "Days"
        case .sessions: return "Sessions"
        case .talks: return "Talks"
        case .details: return "Details"
        case .agenda: return "Agenda"
        case .nowAndNext: return "Now and next"
        case .changes: return "Changes"
        case .help: return "Help"
        case .query: return "Query line"
        case .exportPrompt: return "Export prompt"
        case .replacePrompt: return "Replace question"
        case .notePrompt: return "Note prompt"
        case .linkChooser: return "Link chooser"
        case .tooSmall: return "Window too small"
        }
    }
}

/// One row of the command table: a command, its keys, what it does, and where.
public struct CommandBinding: Hashable, Sendable {
    public var command: Command
    public var keys: [Key]
    public var help: String
    public var contexts: Set<KeyContext>

    public init(_ command: Command, _ keys: [Key], _ help: String, in contexts: Set<KeyContext>) {
        self.command = command
        self.keys = keys
        self.help = help
        self.contexts = contexts
    }

    /// "↑ k", "Space b".
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// A key hint for the status bar: the command's key (from the table) and a word or two.
/// `rank` 1 is shown whenever the bar has room for anything; higher ranks go first when it
/// is short of room.
public struct KeyHint: Hashable, Sendable {
    public var command: Command
    public var text: String
    public var rank: Int

    public init(_ command: Command, _ text: String, rank: Int) {
        self.command = command
        self.text = text
        self.rank = rank
    }
}

/// What a key does in a context: a command of the table, a character typed into a field, or
/// nothing.
public enum KeyMeaning: Hashable, Sendable {
    case command(Command)
    case typing(Character)
    case nothing
}
