import Foundation
import LineupAgenda

/// What the browser's effects run against: the search engine and the bookmark store.
public struct BrowserServices {
    public var search: any TalkSearching
    /// nil when bookmarks cannot be kept (the browser says so when one is toggled).
    public var bookmarks: BookmarkStore?
    /// The clock for export stamps (iCalendar DTSTAMP).
    public var now: @Sendable () -> Date

    public init(search: any TalkSearching, bookmarks: BookmarkStore?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.search = search
        self.bookmarks = bookmarks
        self.now = now
    }
}
