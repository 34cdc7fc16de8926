/// The four panes of the browser, left to right.
public enum Pane: Int, CaseIterable, Hashable, Sendable, Comparable {
    case days, sessions, talks, details

    public var title: String {
        switch self {
        case .days: return "Days"
        case .sessions: return "Sessions"
        case .talks: return "Talks"
        case .details: return "Details"
        }
    }

    public var next: Pane? { Pane(rawValue: rawValue + 1) }
    public var previous: Pane? { Pane(rawValue: rawValue - 1) }

    /// Lines per entry: days and sessions show two (a label and its facts), talks one.
    var linesPerItem: Int {
        switch self {
        case .days, .sessions: return 2
        case .talks, .details: return 1
        }
    }

    public static func < (lhs: Pane, rhs: Pane) -> Bool { lhs.rawValue < rhs.rawValue }
}
