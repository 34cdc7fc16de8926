import Foundation
import LineupAgenda
import LineupModel

/// Everything that can happen to the browser: input (what a `Terminal` reports), and the
/// answers to effects.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(TerminalSize)
    /// The engine's answer for a query text (ignored when the text has changed since).
    case searchFinished(text: String, outcome: SearchOutcome)
    /// The bookmarks now in the store: after a save, or when another process changed them.
    case bookmarksLoaded(BookmarkSet)
    /// An effect failed; the message is shown in the status bar.
    case effectFailed(String)
    case exportFinished(path: String, items: Int)
    /// The time now, asked for by `.askTime`: selects the talk on now or next.
    case timeIs(Date)
}

/// Work `update` asks the driver to do: file I/O and the search engine, which is stateful.
public enum Effect: Hashable, Sendable {
    /// Run the query and answer with `.searchFinished`.
    case search(String)
    /// Bookmark (true) or un-bookmark the talk in the store at once; answer with
    /// `.bookmarksLoaded` (or `.effectFailed`).
    case setBookmark(TalkID, Bool)
    /// Set the note of the talk's bookmark, bookmarking the talk first if it is not; nil
    /// clears the note and keeps the bookmark. Answers like `.setBookmark`.
    case setNote(TalkID, String?)
    /// Write the agenda; answer with `.exportFinished` (or `.effectFailed`).
    case export(ExportFormat, path: String)
    /// Read the clock; answer with `.timeIs`.
    case askTime
    /// End the loop: the program restores the terminal and leaves with status 0. The loop
    /// acts on it, not the effect runner.
    case quit
}
