/// Something the bookmark store found or did on its own that the user should be told.
public enum BookmarkNotice: Hashable, Sendable, CustomStringConvertible {
    /// Reading found a file that does not parse. Reading changes nothing: the file is left as
    /// it is and reads as no bookmarks; the next change of bookmarks moves it aside.
    case unreadableFile(path: String, reason: String)
    /// A change found a file that did not parse, so it was renamed to `movedTo` (nothing in it
    /// was changed or deleted) and a new bookmark file was started in its place.
    case movedAsideCorruptFile(path: String, movedTo: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "\(path) is not a bookmark file Lineup can read (\(reason)); it was left as it is, and "
                + "the next bookmark change will move it aside (keeping it) and start a new one"
        case .movedAsideCorruptFile(let path, let movedTo, let reason):
            return "\(path) could not be read (\(reason)); it was moved to \(movedTo) and a new bookmark file was started"
        }
    }
}
