import Foundation

/// The query line: every edit asks the engine again; its answer filters all panes.
extension BrowserState {
    /// Whether `action` only edits the query text (a key the line editor takes, as in the
    /// last case of `handleQueryKey`): its search may wait for the next key, so fast typing
    /// costs one search.
    func onlyEditsQuery(_ action: Action) -> Bool {
        guard case .key(let key) = action, prompt == nil, search.isEditing, case .none = overlay else { return false }
        return LineEditor.edit(for: key) != nil
    }

    mutating func handleQueryKey(_ key: Key) -> [Effect] {
        switch key {
        case .control("c"):
            return [.quit]
        case .escape:
            search = SearchState()
            refreshVisibility()
            return []
        case .enter, .tab:
            search.isEditing = false
            if search.text.isEmpty {
                search = SearchState()
                refreshVisibility()
            } else if visibleTalkCount > 0 {
                setFocus(.talks)
            }
            return []
        case .up, .down, .pageUp, .pageDown:
            // Moves through the results without leaving the query line.
            let pane: Pane = .talks
            switch key {
            case .up: moveOrScroll(pane, by: -1)
            case .down: moveOrScroll(pane, by: 1)
            default: page(pane, down: key == .pageDown)
            }
            return []
        default:
            guard let edit = LineEditor.edit(for: key), search.editor.apply(edit) else { return [] }
            return queryChanged()
        }
    }

    /// After an edit: an empty query removes the filter at once; anything else goes to the
    /// engine.
    private mutating func queryChanged() -> [Effect] {
        if search.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let editor = search.editor
            search = SearchState()
            search.editor = editor
            search.isEditing = true
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
        case .rejected(let problem):
            search.problem = problem
            search.isWaitingForIndex = false
        case .pending:
            search.isWaitingForIndex = true
        }
    }
}
