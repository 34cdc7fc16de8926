import LineupModel

/// Reads and saves bookmarks for the browser; implemented over the agenda module's store.
public protocol BookmarkSyncing: AnyObject {
    /// The ids now in the store.
    func load() throws -> Set<TalkID>
    /// Bookmarks (or un-bookmarks) one talk at once and returns the ids now in the store,
    /// including changes other processes made meanwhile.
    func setBookmark(_ talk: Talk, _ bookmarked: Bool) throws -> Set<TalkID>
    /// True when the store changed since this object last read or wrote it (another process
    /// saved); cheap enough to call twice a second.
    func changedOutside() -> Bool
}

/// Writes the agenda of the bookmarked talks in a format; returns how many items it wrote.
public protocol AgendaExporting {
    func export(_ format: ExportFormat, schedule: Schedule, to path: String) throws -> Int
}

/// What the browser's effects run against.
public struct BrowserServices {
    public var search: any TalkSearching
    public var bookmarks: (any BookmarkSyncing)?
    public var exporter: (any AgendaExporting)?

    public init(search: any TalkSearching, bookmarks: (any BookmarkSyncing)? = nil, exporter: (any AgendaExporting)? = nil) {
        self.search = search
        self.bookmarks = bookmarks
        self.exporter = exporter
    }
}
