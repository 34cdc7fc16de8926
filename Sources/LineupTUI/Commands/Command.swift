/// Everything a key can ask the browser to do outside text entry.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case focusLeft, focusRight, nextPane, previousPane
    case open
    case search, nextHit, previousHit, rankByRelevance, jumpToNow, switchGrouping
    case toggleBookmark, note, bookmarksOnly
    case agenda, export, help
    case back, quit
}

/// Where a key binding applies: one of the browser's panes, the agenda, or the help screen.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case days, sessions, talks, details, agenda, help

    public init(_ pane: Pane) {
        switch pane {
        case .days: self = .days
        case .sessions: self = .sessions
        case .talks: self = .talks
        case .details: self = .details
        }
    }

    public static let panes: Set<KeyContext> = [.days, .sessions, .talks, .details]
    public static let everywhere: Set<KeyContext> = Set(allCases)

    public var label: String {
        switch self {
        case .days: return "Days"
        case .sessions: return "Sessions"
        case .talks: return "Talks"
        case .details: return "Details"
        case .agenda: return "Agenda"
        case .help: return "Help"
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
