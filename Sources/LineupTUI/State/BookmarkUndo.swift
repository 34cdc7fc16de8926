import LineupAgenda
import LineupModel

/// A bookmark change made in the browser, kept so `u` can take it back (issue 11, rule 6:
/// nothing the user wrote is dropped without a way back). It holds the bookmark as it was
/// before the change, note and date added included.
public struct BookmarkUndo: Hashable, Sendable {
    public var id: TalkID
    /// The bookmark before the change; nil when the talk was not bookmarked.
    public var before: Bookmark?
    /// The bookmark that followed it in the file, so a removed one goes back in its place.
    public var next: TalkID?
    /// The talk's title, for the message that says what was undone.
    public var title: String

    public init(id: TalkID, before: Bookmark?, next: TalkID?, title: String) {
        self.id = id
        self.before = before
        self.next = next
        self.title = title
    }

    /// Changes kept; older ones are forgotten.
    static let limit = 100
}
