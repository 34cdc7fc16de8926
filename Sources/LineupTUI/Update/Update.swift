import Foundation
import LineupModel

/// The browser's one state transition: applies an action to the state and returns the work
/// (file I/O, searching) the driver must do. Pure: no I/O, no clock, no terminal. Ends by
/// fitting the scrollable texts to what the action changed (`fitViewports`).
public func update(_ state: inout BrowserState, _ action: Action) -> [Effect] {
    let isInput: Bool
    switch action {
    case .key, .mouse: isInput = true
    default: isInput = false
    }
    // The user saw the selected talk's change mark if they acted while it was selected.
    if isInput { state.markSelectedChangeSeen() }
    let effects = apply(action, to: &state)
    if isInput { state.markSelectedChangeSeen() }
    state.fitViewports()
    return effects
}

private func apply(_ action: Action, to state: inout BrowserState) -> [Effect] {
    switch action {
    case .key(let key):
        state.message = nil
        return handleKey(key, &state)
    case .mouse(let event):
        state.handleMouse(event)
        return []
    case .paste(let text):
        state.message = nil
        return state.paste(text)
    case .resize(let size):
        state.size = size
        state.clampCursors()
        return []
    case .searchFinished(let text, let outcome):
        state.applySearch(text: text, outcome: outcome)
        return []
    case .bookmarksLoaded(let set):
        return state.replaceBookmarks(set)
    case .effectFailed(let message):
        state.message = StatusMessage(message, isError: true)
        return []
    case .exportTargetExists(let format, let path):
        state.prompt = .replace(ExportPrompt(path: path, format: format))
        return []
    case .exportFinished(let path, let items, let note):
        state.message = StatusMessage("Exported \(items) item\(items == 1 ? "" : "s") to \(path)" + (note.map { " (\($0))" } ?? ""))
        return []
    case .timeIs(let now):
        state.jumpToNow(now)
        return []
    case .clockTicked(let now):
        return state.clockTicked(now)
    case .relatedFound(let position, let talks):
        state.related = RelatedTalks(position: position, talks: talks)
        return []
    case .scheduleUpdated(let update):
        return state.applyScheduleUpdate(update)
    case .sourcesChecked(let age, let problems):
        state.dataAge = age
        if let problem = problems.first {
            state.message = StatusMessage(problems.count == 1 ? problem : "\(problem) (and \(problems.count - 1) more)", isError: true)
        } else if state.message?.text.hasPrefix("Checking the sources") == true {
            state.message = StatusMessage("No new version")
        }
        return []
    }
}

/// Looks the key up in the key map (the command table with the user's bindings) for the mode the browser is in. Quitting and
/// suspending are decided here, once, for every mode; other commands go to the mode's own handler, and characters
/// without a binding are typed into the field that has the keyboard.
private func handleKey(_ key: Key, _ state: inout BrowserState) -> [Effect] {
    switch state.keyMap.meaning(of: key, in: state.keyContext) {
    case .command(.quit):
        return [.quit]
    case .command(.suspend):
        return [.suspend]
    case .command(let command):
        return state.perform(command)
    case .typing(let character):
        return state.typeText(String(character))
    case .nothing:
        if state.keyContext == .linkChooser, case .character(let character) = key, let number = character.wholeNumberValue {
            return state.chooseLink(number: number)
        }
        return []
    }
}
