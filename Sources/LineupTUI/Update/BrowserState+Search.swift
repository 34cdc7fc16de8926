import Foundation

/// The query line: every edit asks the engine again; its answer filters all panes.
extension BrowserState {
    /// Whether `action` only edits the query text (typing, or an editing key of the table):
    /// its search may wait for the next key, so fast typing costs one search.
    func onlyEditsQuery(_ action: Action) -> Bool {
        guard keyContext == .query else { return false }
        if case .paste = action { return true }
        guard case .key(let key) = action else { return false }
        switch keyMap.meaning(of: key, in: .query) {
        case .typing: return true
        case .command(let command): return command.lineEdit != nil
        case .nothing: return false
        }
    }

    mutating func performInQuery(_ command: Command) -> [Effect] {
        switch command {
        case .cancel:
            search = SearchState()
            refreshVisibility()
        case .accept:
            search.isEditing = false
            if search.text.isEmpty {
                search = SearchState()
                refreshVisibility()
            } else if visibleTalkCount > 0 {
                setFocus(.talks)
            }
        // Moving through the results without leaving the query line.
        case .moveUp: moveOrScroll(.talks, by: -1)
        case .moveDown: moveOrScroll(.talks, by: 1)
        case .pageUp: page(.talks, down: false)
        case .pageDown: page(.talks, down: true)
        default:
            guard let edit = command.lineEdit, search.editor.apply(edit) else { return [] }
            return queryChanged()
        }
        return []
    }

    /// Text typed into the query line.
    mutating func typeIntoQuery(_ text: String) -> [Effect] {
        var changed = false
        for character in text where search.editor.apply(.insert(character)) { changed = true }
        return changed ? queryChanged() : []
    }

    /// After an edit: an empty query removes the filter at once; anything else goes to the
    /// engine.
    private mutating func queryChanged() -> [Effect] {
        if search.text.trimmingCharacters(in: .whitespaces).isEmpty {
            search.clearFilter()
            refreshVisibility()
            return []
        }
        return [.search(search.text)]
    }

    mutating func applySearch(text: String, outcome: SearchOutcome) {
        guard text == search.text else { return }  // the user has typed on since
        switch outcome {
        case .matches(let matches):
            let isNewQuery = text != search.appliedText
            search.matches = matches
            search.appliedText = text
            search.problem = nil
            search.isWaitingForIndex = false
            refreshVisibility()
            // A ranking of a new query starts at its best hit; the same query asked again
            // (after a bookmark changed) keeps the selection.
            if isRanking, isNewQuery { selectTalk(0) }
            // "no talk has 'transfomer'; showing 'transformer'" while the correction holds.
            if !matches.corrections.isEmpty {
                message = StatusMessage(matches.corrections.map(\.description).joined(separator: "; "))
            }
        case .rejected(let problem):
            search.problem = problem
            search.isWaitingForIndex = false
        case .pending:
            search.isWaitingForIndex = true
        }
    }
}
