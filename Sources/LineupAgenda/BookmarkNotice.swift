/// Something the bookmark store did on its own that the user should be told.
public enum BookmarkNotice: Hashable, Sendable, CustomStringConvertible {
    /// The file did not parse, so it was renamed to `movedTo` (nothing in it was changed or
    /// deleted) and an empty set of bookmarks started in its place.
    case movedAsideCorruptFile(path: String, movedTo: String, reason: String)

    public var description: String {
        switch self {
        case .movedAsideCorruptFile(let path, let movedTo, let reason):
            return "\(path) could not be read (\(reason)); it was moved to \(movedTo) and a new bookmark file was started"
        }
    }
}
