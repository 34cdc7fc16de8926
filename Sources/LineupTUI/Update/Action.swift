import Foundation
import LineupAgenda
import LineupModel

/// Everything that can happen to the browser: input (what a `Terminal` reports), and the
/// answers to effects.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(TerminalSize)
    /// Text pasted into the terminal (bracketed paste), line breaks as "\n": it goes into the
    /// field that has the keyboard and is never taken as keys.
    case paste(String)
    /// The engine's answer for a query text (ignored when the text has changed since).
    case searchFinished(text: String, outcome: SearchOutcome)
    /// The bookmarks now in the store: after a save, or when another process changed them.
    case bookmarksLoaded(BookmarkSet)
    /// An effect failed; the message is shown in the status bar.
    case effectFailed(String)
    /// `note` says what the export holds besides your agenda ("with Ana's picks"), if anything.
    case exportFinished(path: String, items: Int, note: String?)
    /// The export path names an existing file; nothing was written. Asks before replacing it.
    case exportTargetExists(ExportFormat, path: String)
    /// The time now, asked for by `.askTime`: selects the talk on now or next.
    case timeIs(Now)
    /// The clock's reading moved on (the loop reads it each minute): the now line, dimming,
    /// hidden past talks and clock-word searches follow.
    case clockTicked(Now)
    /// A new version of the schedule arrived: show `update.schedule` with its changes marked,
    /// the selection kept on the same talk, and say so in the status bar.
    case scheduleUpdated(ScheduleUpdate)
    /// A background check of the sources ended (or the age of the data moved on): `age` for
    /// the status bar ("updated 12 min ago"), `problems` (naming URLs) to say.
    case sourcesChecked(age: String?, problems: [String])
    /// The talks most like the talk at `position` (positions, best first): the details' "Related".
    case relatedFound(position: Int, talks: [Int])
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
    /// Put a bookmark back exactly as it was (note and date added included), replacing the
    /// talk's bookmark if it has one: `u` undoing a removal or a note change. Answers like
    /// `.setBookmark`.
    case restoreBookmark(Bookmark, next: TalkID?)
    /// Write the agenda; answer with `.exportFinished`, `.exportTargetExists` when a file is
    /// there and `replacing` is false, or `.effectFailed` (never written over: the bookmark
    /// file and the loaded data files).
    case export(ExportFormat, path: String, replacing: Bool)
    /// Read the clock; answer with `.timeIs`.
    case askTime
    /// Start the web browser on a link (checked to be http(s)); answer `.effectFailed` when it
    /// cannot start.
    case openLink(String)
    /// Put the text on the clipboard with OSC 52. The loop acts on it: it owns the terminal.
    case copyToClipboard(String)
    /// End the loop: the program restores the terminal and leaves with status 0. The loop
    /// acts on it, not the effect runner.
    case quit
    /// Stop as Ctrl-Z does in a shell (the loop asks the terminal) and redraw after `fg`.
    case suspend
    /// The state holds a new schedule: the search engine indexes it afresh. No answer.
    case scheduleReplaced
    /// Move bookmarks from old ids to new ones (items whose derived id changed in an update);
    /// answers like `.setBookmark`.
    case followBookmarks([TalkID: TalkID])
    /// Check the sources for a new version now (`U`), in the background.
    case refreshSources
}
