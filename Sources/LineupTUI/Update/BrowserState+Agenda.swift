import LineupModel

/// The agenda view's commands, and leaving it for a talk in the schedule.
extension BrowserState {
    mutating func openAgenda() {
        overlay = .agenda(AgendaScreen(for: self))
    }

    mutating func rebuildAgendaScreen() {
        guard case .agenda(var screen) = overlay else { return }
        screen.rebuild(for: self)
        overlay = .agenda(screen)
    }

    mutating func performInAgenda(_ command: Command) -> [Effect] {
        guard case .agenda(var screen) = overlay else { return [] }
        let rows = AgendaScreen.rows(self)
        switch command {
        case .moveUp: screen.move(by: -1, rows: rows)
        case .moveDown: screen.move(by: 1, rows: rows)
        case .pageUp: screen.move(by: -1, times: max(1, rows - 1), rows: rows)
        case .pageDown: screen.move(by: 1, times: max(1, rows - 1), rows: rows)
        case .top: screen.moveToEnd(last: false, rows: rows)
        case .bottom: screen.moveToEnd(last: true, rows: rows)
        case .focusLeft: screen.moveColumn(by: -1)
        case .focusRight: screen.moveColumn(by: 1)
        case .open:
            guard let talk = screen.selectedTalk(in: self) else { return [] }
            overlay = .none
            showInSchedule(talk)
            return []
        case .toggleBookmark:
            return toggleBookmarkOfSelectedTalk()
        case .undo:
            return undoBookmarkChange()
        case .note:
            openNotePrompt()
        case .openLink:
            return openLinkOfSelectedTalk()
        case .copyLink:
            return copyLinkOfSelectedTalk()
        case .export:
            openExportPrompt()
        case .friendsPicks:
            showNextFriendsPicks()
            screen.rebuild(for: self)
        case .hidePast:
            overlay = .agenda(screen)
            toggleHidePast()
            return []
        case .nowAndNext:
            openNowAndNext()
            return []
        case .help:
            overlay = .help(Viewport())
            return []
        case .back, .agenda:
            overlay = .none
            return []
        default:
            break
        }
        overlay = .agenda(screen)
        return []
    }

    /// `f`: the next friend's picks beside yours (nobody's, each friend's, everyone's).
    private mutating func showNextFriendsPicks() {
        guard !picks.friends.isEmpty else {
            message = StatusMessage("No friends' picks to show: `lineup bookmark import FILE --as NAME` adds some")
            return
        }
        shownPicks = shownPicks.next(among: picks)
        rebuildSharedAgenda()
        let key = keyMap.keyName(.friendsPicks, in: .agenda)
        message = StatusMessage(shownPicks.label.map { "Showing \($0) beside yours (\(key): next)" } ?? "Showing your agenda alone")
    }

    /// Selects a talk in the panes, clearing a filter that hides it.
    mutating func showInSchedule(_ talk: Talk) {
        guard let position = schedule.position(of: talk.id) else { return }
        if !isVisible(position) {
            search = SearchState()
            bookmarksOnly = false
            hidesPast = false
            refreshVisibility()
            message = StatusMessage("Filter cleared to show the talk")
        }
        reveal(talk: position)
        setFocus(.talks)
    }
}
