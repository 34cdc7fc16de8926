import Foundation
import LineupAgenda

/// What the browser's effects run against: the search engine, the bookmark store, the clock
/// and the web browser.
public struct BrowserServices {
    public var search: any TalkSearching
    /// nil when bookmarks cannot be kept (the browser says so when one is toggled).
    public var bookmarks: BookmarkStore?
    /// The data files the schedule was loaded from: an export never writes over them.
    public var dataFiles: [String]
    /// The clock for export stamps (iCalendar DTSTAMP).
    public var now: @Sendable () -> Date
    /// Starts the web browser for `o`.
    public var linkOpener: LinkOpener

    public init(search: any TalkSearching, bookmarks: BookmarkStore?, dataFiles: [String] = [],
                now: @escaping @Sendable () -> Date = { Date() }, linkOpener: LinkOpener = LinkOpener()) {
        self.search = search
        self.bookmarks = bookmarks
        self.dataFiles = dataFiles
        self.now = now
        self.linkOpener = linkOpener
    }
}
