import Foundation
import LineupModel

/// The bottom-line questions: exporting the agenda, and a note on a bookmark. Esc cancels,
/// Enter answers, Ctrl-C still quits; other keys edit the text.
extension BrowserState {
    mutating func openExportPrompt() {
        prompt = .export(ExportPrompt())
    }

    /// Asks for a note on the talk `b` would act on, starting from the note it has.
    mutating func openNotePrompt() {
        guard let talk = bookmarkTarget else {
            message = StatusMessage("Select a talk to write a note on it")
            return
        }
        prompt = .note(NotePrompt(talkID: talk.id, note: bookmarkSet.bookmark(talk.id)?.note))
    }

    mutating func handlePromptKey(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            if case .export = prompt { message = StatusMessage("Export cancelled") }
            prompt = nil
            return []
        case .control("c"):
            prompt = nil
            return [.quit]
        default:
            break
        }
        switch prompt {
        case .export(var question):
            let effects = answerExport(key, &question)
            if case .export = prompt { prompt = .export(question) }
            return effects
        case .note(var question):
            let effects = answerNote(key, &question)
            if case .note = prompt { prompt = .note(question) }
            return effects
        case nil:
            return []
        }
    }

    private mutating func answerExport(_ key: Key, _ question: inout ExportPrompt) -> [Effect] {
        switch key {
        case .tab:
            question.cycleFormat()
        case .backTab:
            question.cycleFormat(backwards: true)
        case .enter:
            let path = question.path.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                message = StatusMessage("Give a file name to export to", isError: true)
                return []
            }
            prompt = nil
            return [.export(question.format, path: path)]
        default:
            if let edit = LineEditor.edit(for: key) { question.edit(edit) }
        }
        return []
    }

    private mutating func answerNote(_ key: Key, _ question: inout NotePrompt) -> [Effect] {
        guard key == .enter else {
            if let edit = LineEditor.edit(for: key) { question.text.apply(edit) }
            return []
        }
        prompt = nil
        guard let talk = schedule.talk(question.talkID) else { return [] }
        let note = question.note
        let wasBookmarked = bookmarks.contains(talk.id)
        if !wasBookmarked, note == nil { return [] }
        if note == nil {
            message = StatusMessage("Note removed from \u{201C}\(talk.title)\u{201D}")
            return [.setNote(talk.id, nil)]
        }
        message = StatusMessage(wasBookmarked ? "Note saved on \u{201C}\(talk.title)\u{201D}"
                                              : "Bookmarked \u{201C}\(talk.title)\u{201D} with a note")
        let effects: [Effect] = [.setNote(talk.id, note)]
        guard !wasBookmarked else { return effects }
        bookmarks.insert(talk.id)
        return effects + bookmarksDidChange()
    }
}
