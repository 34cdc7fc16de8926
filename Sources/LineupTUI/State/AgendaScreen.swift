import LineupModel

/// The agenda view's state (filled in when the agenda module lands).
public struct AgendaScreen: Sendable {
    public var cursor = ListCursor()

    mutating func rebuild(for state: BrowserState) {}

    func selectedTalk(in state: BrowserState) -> Talk? { nil }
}

extension BrowserState {
    mutating func openAgenda() {
        overlay = .agenda(AgendaScreen())
    }

    mutating func performInAgenda(_ command: Command) -> [Effect] {
        switch command {
        case .back, .agenda: overlay = .none
        case .quit:
            isRunning = false
            return [.quit]
        default: break
        }
        return []
    }
}

extension BrowserState {
    /// Bookmarked talks that overlap `talk` in time (only when `talk` is bookmarked too).
    func clashes(of talk: Talk) -> [Talk] { [] }
}
