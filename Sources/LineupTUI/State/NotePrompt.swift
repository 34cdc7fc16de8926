import Foundation
import LineupModel

/// The note question: a one-line note on one talk's bookmark, edited in the bottom line.
/// It starts with the note the bookmark has; saving text bookmarks the talk if it was not,
/// saving an empty text clears the note and keeps the bookmark.
public struct NotePrompt: Hashable, Sendable {
    public let talkID: TalkID
    public var text: LineEditor

    public init(talkID: TalkID, note: String?) {
        self.talkID = talkID
        self.text = LineEditor(note ?? "")
    }

    /// The note to save: the text without surrounding blanks, nil when nothing is left.
    public var note: String? {
        let trimmed = text.text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
