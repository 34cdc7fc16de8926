import Foundation
import LineupAgenda
import LineupModel

/// What the browser's effects run against: the search engine, the bookmark store, the clock
/// and the web browser.
public struct BrowserServices {
    public var search: any TalkSearching
    /// nil when bookmarks cannot be kept (the browser says so when one is toggled).
    public var bookmarks: BookmarkStore?
    /// Friends' picks (read at start); nil when there is no picks file to read.
    public var picks: PicksStore?
    /// The data files the schedule was loaded from: an export never writes over them.
    public var dataFiles: [String]
    /// The clock for export stamps (iCalendar DTSTAMP).
    public var now: @Sendable () -> Date
    /// Starts the web browser for `o`.
    public var linkOpener: LinkOpener
    /// The search engine for a new version of the schedule (after an update).
    public var makeSearch: @Sendable (Schedule) -> any TalkSearching

    public init(search: any TalkSearching, bookmarks: BookmarkStore?, picks: PicksStore? = nil, dataFiles: [String] = [],
                now: @escaping @Sendable () -> Date = { Date() }, linkOpener: LinkOpener = LinkOpener(),
                makeSearch: @escaping @Sendable (Schedule) -> any TalkSearching = { DeferredSearch(schedule: $0) }) {
        self.makeSearch = makeSearch
        self.search = search
        self.bookmarks = bookmarks
        self.picks = picks
        self.dataFiles = dataFiles
        self.now = now
        self.linkOpener = linkOpener
    }
}
