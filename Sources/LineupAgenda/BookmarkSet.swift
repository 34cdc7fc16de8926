import LineupFiles
import LineupModel

/// The bookmarks as one read or write of the store found or left them.
///
/// A value: it does not follow the file. Compare `stamp` with `BookmarkStore.stamp()` to
/// learn whether the file changed since.
public struct BookmarkSet: Equatable, Sendable {
    /// In the order they were added.
    public private(set) var bookmarks: [Bookmark]
    /// The ids of `bookmarks`, for O(1) membership tests while drawing lists.
    public private(set) var ids: Set<TalkID>
    /// What the store had to do on the way that the user should hear about (a corrupt file
    /// moved aside). Reported once, by the call that did it.
    public var notices: [BookmarkNotice]
    /// The file's stamp right after this read or write, taken under the lock; nil when there
    /// is no file.
    public var stamp: FileStamp?

    public init(bookmarks: [Bookmark] = [], notices: [BookmarkNotice] = [], stamp: FileStamp? = nil) {
        self.bookmarks = bookmarks
        self.ids = Set(bookmarks.map(\.id))
        self.notices = notices
        self.stamp = stamp
    }

    public static let empty = BookmarkSet()

    public var isEmpty: Bool { bookmarks.isEmpty }
    public var count: Int { bookmarks.count }

    public func contains(_ id: TalkID) -> Bool { ids.contains(id) }

    /// O(n).
    public func bookmark(_ id: TalkID) -> Bookmark? {
        guard ids.contains(id) else { return nil }
        return bookmarks.first { $0.id == id }
    }
}
