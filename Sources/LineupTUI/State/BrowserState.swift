import Foundation
import LineupAgenda
import LineupModel

/// Everything the browser shows, as a value: `update` changes it, `render` draws it.
///
/// The visible lists (`visibleDays`, `visibleSessions`, `visibleTalks`) are positions in the
/// schedule's arrays, derived from the filter, the bookmarks-only switch and the selection;
/// they are cached here because the filter can cover 100,000 talks. Each has its cursor.
public struct BrowserState: Sendable {
    /// The schedule as the panes arrange it; `v` swaps it for the other grouping.
    public internal(set) var outline: ScheduleOutline
    public var size: TerminalSize
    public var focus: Pane = .days

    public internal(set) var visibleDays: [Int] = []
    public internal(set) var visibleSessions: [Int] = []
    public internal(set) var visibleTalks: [Int] = []
    /// Matching talks per session position while a filter is active (nil: no filter).
    public internal(set) var visibleCountBySession: [Int]?
    public internal(set) var visibleTalkCount: Int

    public internal(set) var dayCursor = ListCursor()
    public internal(set) var sessionCursor = ListCursor()
    public internal(set) var talkCursor = ListCursor()
    /// The details pane's window onto the selected talk's lines.
    public internal(set) var details = Viewport()
    /// The details' lines as last laid out (by `fitViewports`), and what from.
    internal(set) var detailsLayout: DetailsLayout?

    /// Ids of the bookmarks as shown: the store's, with a toggle applied at once (before
    /// the store confirms it), including ids whose talk is not loaded.
    public internal(set) var bookmarks: Set<TalkID>
    /// Friends' picks as the picks file was read at start: "picked by" in the talks and details.
    public internal(set) var picks: PicksSet = .empty {
        didSet { rebuildSharedAgenda() }
    }
    /// `f` in the agenda: whose picks it shows beside yours.
    public internal(set) var shownPicks: ShownPicks = .nobody
    /// The agenda with the shown friends' picks (yours alone when nobody's are shown).
    public internal(set) var sharedAgenda = SharedAgenda(alone: .empty)
    /// The entries of `sharedAgenda` by id while friends' picks are shown (empty otherwise).
    var sharedEntries: [TalkID: SharedEntry] = [:]
    /// The details' related talks of the selected talk, once the engine found them.
    public internal(set) var related = RelatedTalks()
    /// The bookmarks as the store last reported them.
    public internal(set) var bookmarkSet: BookmarkSet
    /// The agenda of `bookmarkSet`: what the agenda view, clashes and exports show.
    public internal(set) var agenda: Agenda = .empty
    /// For each bookmarked timed talk, the bookmarked talks it overlaps.
    var clashesByTalk: [TalkID: [TalkID]] = [:]
    /// The bookmark changes made in this session, the latest last: what `u` takes back.
    public internal(set) var undoHistory: [BookmarkUndo] = []
    public internal(set) var bookmarksOnly = false
    /// `P`: talks that have ended (and the days and sessions left empty) are hidden, in the
    /// panes and the agenda.
    public internal(set) var hidesPast = false
    /// The clock's last reading (`LineupClock`), refreshed each minute by the loop: what the
    /// now line, the past dimming, hiding the past and the clock words go by. nil: no clock
    /// (then nothing is past or on now).
    public internal(set) var now: Now?
    /// The user's choice to rank search hits: while a search filters, the talks pane lists
    /// every visible hit by relevance instead of the selected session's talks in schedule
    /// order, and the days and sessions panes follow the selected talk.
    public internal(set) var ranksByRelevance = false
    /// The visible hits, best first, while ranking (`isRanking`); nil otherwise.
    public internal(set) var rankedTalks: [Int]?
    /// How each ranked hit says its day: the weekday while the hits fall within a week, else
    /// the date (with the year when they span several).
    public internal(set) var rankedDayStyle: DayLabelStyle = .weekday
    public internal(set) var search = SearchState()
    public internal(set) var overlay: Overlay = .none
    /// The question open in the bottom line, over the panes or the agenda.
    public internal(set) var prompt: Prompt?
    public internal(set) var message: StatusMessage?
    /// The latest schedule update's changes and the marks not seen yet.
    public internal(set) var changeMarks = ChangeMarks()
    /// How old the data from URLs is, for the status bar ("updated 12 min ago"); nil for files.
    public internal(set) var dataAge: String?

    public var symbols: Symbols
    /// The keys in effect: the command table with the config file's rebindings.
    public var keyMap: KeyMap = .standard
    /// The format and directory the export prompt starts with.
    public var exportDefaults = ExportDefaults()
    /// The user's own zone; talk times are shown in it too when it differs from the page's.
    public var userTimeZone: TimeZone

    /// - Parameter changes: the latest update's changes, marked until seen (from the copy
    ///   kept before this one, say); `.none` when there is none.
    public init(
        schedule: Schedule, size: TerminalSize, bookmarks: BookmarkSet = .empty, picks: PicksSet = .empty,
        symbols: Symbols = .unicode, userTimeZone: TimeZone = .current, changes: ScheduleChanges = .none,
        now: Now? = nil
    ) {
        self.init(outline: ScheduleOutline(schedule), size: size, bookmarks: bookmarks, picks: picks,
                  symbols: symbols, userTimeZone: userTimeZone, now: now)
        changeMarks = ChangeMarks(changes)
    }

    public init(
        outline: ScheduleOutline, size: TerminalSize, bookmarks: BookmarkSet = .empty, picks: PicksSet = .empty,
        symbols: Symbols = .unicode, userTimeZone: TimeZone = .current, now: Now? = nil
    ) {
        self.now = now
        self.outline = outline
        self.picks = picks
        self.size = size
        self.bookmarks = bookmarks.ids
        self.bookmarkSet = bookmarks
        self.symbols = symbols
        self.userTimeZone = userTimeZone
        self.visibleTalkCount = outline.talkCount
        rebuildAgenda()
        refreshVisibility()
        fitViewports()
    }

    public var schedule: Schedule { outline.schedule }
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, daysWidth: outline.daysPaneWidth) }

    public var selectedDay: Int? { visibleDays.indices.contains(dayCursor.selected) ? visibleDays[dayCursor.selected] : nil }
    public var selectedSession: Int? {
        visibleSessions.indices.contains(sessionCursor.selected) ? visibleSessions[sessionCursor.selected] : nil
    }
    /// Position in `schedule.talks` of the selected talk.
    public var selectedTalkPosition: Int? {
        visibleTalks.indices.contains(talkCursor.selected) ? visibleTalks[talkCursor.selected] : nil
    }
    public var selectedTalk: Talk? { selectedTalkPosition.map(outline.talk(at:)) }

    public func isBookmarked(_ talk: Talk) -> Bool { bookmarks.contains(talk.id) }

    /// Whether a talk passes the active filter, the bookmarks-only switch and hiding the
    /// past; O(1).
    public func isVisible(_ position: Int) -> Bool { visibility.contains(position) }

    /// `isVisible` for loops over many talks: take it once, before the loop.
    var visibility: TalkVisibility {
        TalkVisibility(matches: search.matches, bookmarksOnly: bookmarksOnly, bookmarks: bookmarks,
                       pastBefore: hidesPast ? now : nil, talks: outline.schedule.talks)
    }

    /// Where the talk stands against the clock; nil when untimed or there is no clock.
    public func phase(of talk: Talk) -> TalkPhase? {
        now?.phase(of: talk)
    }

    public var isFiltered: Bool { search.isFiltering || bookmarksOnly || hidesPast }
    /// The talks pane shows `rankedTalks`.
    public var isRanking: Bool { rankedTalks != nil }

    /// The mode keys are read in: a window too small to draw in (where only quitting acts),
    /// else an open prompt, else the overlay, else the query line while it is edited, else the
    /// focused pane.
    public var keyContext: KeyContext {
        if layout.isTooSmall { return .tooSmall }
        switch prompt {
        case .export: return .exportPrompt
        case .note: return .notePrompt
        case .replace: return .replacePrompt
        case .links: return .linkChooser
        case nil: break
        }
        switch overlay {
        case .none: return search.isEditing ? .query : KeyContext(focus)
        case .help: return .help
        case .agenda: return .agenda
        case .nowAndNext: return .nowAndNext
        case .changes: return .changes
        }
    }
}

/// How a row in a list of hits from many days names its day.
public enum DayLabelStyle: Hashable, Sendable {
    /// "Thu ": the hits fall within one week.
    case weekday
    /// "Thu 22 Jul ": the hits span more than a week of one year.
    case date
    /// "22 Jul 2021 ": the hits span several years.
    case dateWithYear

    /// The style for hits whose days run from `first` to `last`.
    static func spanning(_ first: LocalDate, _ last: LocalDate) -> DayLabelStyle {
        if first.year != last.year { return .dateWithYear }
        return last.daysSinceEpoch - first.daysSinceEpoch >= 7 ? .date : .weekday
    }

    /// The label of `day` in this style, padded to the style's width; blanks for no day.
    func label(_ day: LocalDate?) -> String {
        let width: Int
        let text: String
        switch self {
        case .weekday:
            width = 4
            text = day.map { $0.weekday.shortName + " " } ?? ""
        case .date:
            width = 11
            text = day.map { ClockText.dayWithoutYear($0) + " " } ?? ""
        case .dateWithYear:
            width = 12
            text = day.map { "\($0.day) \(MonthName.shortName($0.month)) \($0.year) " } ?? ""
        }
        return text + String(repeating: " ", count: max(0, width - text.count))
    }
}

/// What covers the panes, if anything.
public enum Overlay: Sendable {
    case none
    /// The help screen, scrolled.
    case help(Viewport)
    /// The personal agenda.
    case agenda(AgendaScreen)
    /// `w`: per room, the talk on now and the next one.
    case nowAndNext(NowAndNextScreen)
    /// The latest schedule update's changes.
    case changes(ChangesScreen)
}
