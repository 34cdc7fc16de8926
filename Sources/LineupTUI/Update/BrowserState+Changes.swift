import LineupModel
import LineupOutput

/// A new version of the schedule arriving, the change marks, and the Changes view (`C`).
extension BrowserState {
    /// Replaces the schedule with `update.schedule`, keeping the grouping, the focus and the
    /// selection on the same talk (when it is still there), and shows the update's changes.
    /// A filter is searched again over the new schedule; bookmarks of items whose id changed
    /// follow them.
    mutating func applyScheduleUpdate(_ update: ScheduleUpdate) -> [Effect] {
        let renamed = update.changes.renamedIDs
        let selectedID = selectedTalk.map { renamed[$0.id] ?? $0.id }
        let refilter = search.matches != nil || search.isWaitingForIndex ? search.text : nil
        outline = ScheduleOutline(update.schedule, grouping: outline.grouping)
        search.clearFilter()  // its positions are the old schedule's
        rankedTalks = nil
        visibleDays = []
        visibleSessions = []
        visibleTalks = []
        dayCursor = ListCursor()
        sessionCursor = ListCursor()
        talkCursor = ListCursor()
        visibleTalkCount = outline.talkCount
        bookmarks = Set(bookmarks.map { renamed[$0] ?? $0 })
        changeMarks = ChangeMarks(update.changes)
        refreshVisibility()
        if let selectedID, let position = schedule.position(of: selectedID) { _ = reveal(talk: position) }
        rebuildAgenda()
        rebuildAgendaScreen()
        if case .changes = overlay { overlay = .changes(ChangesScreen(for: self)) }
        clampCursors()
        markSelectedChangeSeen()
        message = StatusMessage("schedule updated: " + update.changes.summary { bookmarks.contains($0) })
        var effects: [Effect] = [.scheduleReplaced]
        if !renamed.isEmpty { effects.append(.followBookmarks(renamed)) }
        if let refilter, !refilter.isEmpty { effects.append(.search(refilter)) }
        return effects
    }

    /// The selected talk's mark is seen once the user looks at the Talks or Details pane.
    mutating func markSelectedChangeSeen() {
        guard case .none = overlay, focus == .talks || focus == .details, let talk = selectedTalk else { return }
        changeMarks.markSeen(talk.id)
    }

    mutating func openChanges() {
        guard !changeMarks.changes.isEmpty else {
            message = StatusMessage("No schedule update yet: nothing has changed since the data was loaded")
            return
        }
        overlay = .changes(ChangesScreen(for: self))
    }

    mutating func performInChanges(_ command: Command) -> [Effect] {
        guard case .changes(var screen) = overlay else { return [] }
        let rows = ChangesScreen.rows(self)
        switch command {
        case .moveUp: screen.move(by: -1, rows: rows)
        case .moveDown: screen.move(by: 1, rows: rows)
        case .pageUp: screen.move(by: -max(1, rows - 1), rows: rows)
        case .pageDown: screen.move(by: max(1, rows - 1), rows: rows)
        case .top: screen.move(by: -screen.items.count, rows: rows)
        case .bottom: screen.move(by: screen.items.count, rows: rows)
        case .open:
            guard let change = screen.selected, let talk = schedule.talk(change.id) else { return [] }
            overlay = .none
            showInSchedule(talk)
            markSelectedChangeSeen()
            return []
        case .help:
            overlay = .help(Viewport())
            return []
        case .back, .changes:
            overlay = .none
            return []
        default:
            break
        }
        overlay = .changes(screen)
        return []
    }
}
