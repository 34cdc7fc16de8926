import Foundation
import LineupModel

/// The bottom-line questions: exporting the agenda (and whether to replace an existing file),
/// and a note on a bookmark. Their keys (accept, cancel, cycle the format, edit) are the
/// command table's prompt contexts.
extension BrowserState {
    mutating func openExportPrompt() {
        prompt = .export(ExportPrompt(defaults: exportDefaults))
    }

    /// Asks for a note on the talk `b` would act on, starting from the note it has.
    mutating func openNotePrompt() {
        guard let talk = bookmarkTarget else {
            message = StatusMessage("Select a talk to write a note on it")
            return
        }
        prompt = .note(NotePrompt(talkID: talk.id, note: bookmarkSet.bookmark(talk.id)?.note))
    }

    mutating func performInPrompt(_ command: Command) -> [Effect] {
        if command == .cancel {
            if case .replace(let question) = prompt {
                prompt = .export(question)  // back to the name, to change it
                return []
            }
            if case .export = prompt { message = StatusMessage("Export cancelled") }
            prompt = nil
            return []
        }
        switch prompt {
        case .export(var question):
            let effects = answerExport(command, &question)
            if case .export = prompt { prompt = .export(question) }
            return effects
        case .note(var question):
            let effects = answerNote(command, &question)
            if case .note = prompt { prompt = .note(question) }
            return effects
        case .replace(let question):
            return answerReplace(command, question)
        case .links(var chooser):
            return chooseLink(command, &chooser)
        case nil:
            return []
        }
    }

    /// Text typed into the open prompt's field.
    mutating func typeIntoPrompt(_ text: String) {
        switch prompt {
        case .export(var question):
            for character in text { question.edit(.insert(character)) }
            prompt = .export(question)
        case .note(var question):
            for character in text { question.text.apply(.insert(character)) }
            prompt = .note(question)
        case .replace, .links, nil:
            break
        }
    }

    private mutating func answerExport(_ command: Command, _ question: inout ExportPrompt) -> [Effect] {
        switch command {
        case .cycleFormat:
            question.cycleFormat()
        case .cycleFormatBackwards:
            question.cycleFormat(backwards: true)
        case .accept:
            let path = question.path.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                message = StatusMessage("Give a file name to export to", isError: true)
                return []
            }
            prompt = nil
            return [.export(question.format, path: path, replacing: false)]
        default:
            if let edit = command.lineEdit { question.edit(edit) }
        }
        return []
    }

    /// y replaces the file (cancelling goes back to the export question, to change the name).
    private mutating func answerReplace(_ command: Command, _ question: ExportPrompt) -> [Effect] {
        guard command == .accept else { return [] }
        prompt = nil
        return [.export(question.format, path: question.path.text.trimmingCharacters(in: .whitespaces), replacing: true)]
    }

    private mutating func answerNote(_ command: Command, _ question: inout NotePrompt) -> [Effect] {
        guard command == .accept else {
            if let edit = command.lineEdit { question.text.apply(edit) }
            return []
        }
        prompt = nil
        guard let talk = schedule.talk(question.talkID) else { return [] }
        let note = question.note
        let wasBookmarked = bookmarks.contains(talk.id)
        if !wasBookmarked, note == nil { return [] }
        if !wasBookmarked || note != bookmarkSet.bookmark(talk.id)?.note { remember(talk.id, title: talk.title) }
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
