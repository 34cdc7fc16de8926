import Foundation
import LineupModel

/// The browser's one state transition: applies an action to the state and returns the work
/// (file I/O, searching) the driver must do. Pure: no I/O, no clock, no terminal.
public func update(_ state: inout BrowserState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        state.message = nil
        return handleKey(key, &state)
    case .mouse(let event):
        state.handleMouse(event)
        return []
    case .resize(let size):
        state.size = size
        state.clampCursors()
        state.clampDetailsScroll()
        return []
    case .searchFinished(let text, let outcome):
        state.applySearch(text: text, outcome: outcome)
        return []
    case .bookmarksLoaded(let set):
        return state.replaceBookmarks(set)
    case .effectFailed(let message):
        state.message = StatusMessage(message, isError: true)
        return []
    case .exportFinished(let path, let items):
        state.message = StatusMessage("Exported \(items) item\(items == 1 ? "" : "s") to \(path)")
        return []
    case .timeIs(let now):
        state.jumpToNow(now)
        return []
    }
}

private func handleKey(_ key: Key, _ state: inout BrowserState) -> [Effect] {
    if state.prompt != nil {
        return state.handlePromptKey(key)
    }
    if state.search.isEditing, case .none = state.overlay {
        return state.handleQueryKey(key)
    }
    guard let command = CommandTable.command(for: key, in: state.keyContext) else { return [] }
    return state.perform(command)
}
