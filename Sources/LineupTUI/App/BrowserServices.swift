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
    /// The one clock: `t`, the now line, hiding the past, the clock words and export stamps
    /// (iCalendar DTSTAMP) all read it.
    public var clock: LineupClock
    /// Starts the web browser for `o`.
    public var linkOpener: LinkOpener
    /// The search engine for a new version of the schedule (after an update).
    public var makeSearch: @Sendable (Schedule) -> any TalkSearching
    /// Checks the sources at URLs for new versions in the background; nil for files only.
    public var refresher: (any ScheduleRefreshing)?

    public init(search: any TalkSearching, bookmarks: BookmarkStore?, picks: PicksStore? = nil, dataFiles: [String] = [],
                clock: LineupClock = .system(), linkOpener: LinkOpener = LinkOpener(),
                makeSearch: @escaping @Sendable (Schedule) -> any TalkSearching = { DeferredSearch(schedule: $0) }) {
        self.makeSearch = makeSearch
        self.search = search
        self.bookmarks = bookmarks
        self.picks = picks
        self.dataFiles = dataFiles
        self.clock = clock
        self.linkOpener = linkOpener
    }
}
