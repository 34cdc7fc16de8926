import Foundation
import LineupModel

/// The personal agenda: bookmarked items in time order grouped by day, their clashes, the
/// untimed papers to read, and the bookmarks whose items are not in the loaded data.
///
/// A value computed from a schedule and a bookmark set; O(n log n) in bookmarks.
public struct Agenda: Hashable, Sendable {
    /// Days in date order, each with its timed entries in time order.
    public var days: [AgendaDay]
    /// Untimed items (listed papers), in schedule order.
    public var readingList: [AgendaEntry]
    /// Bookmarks whose id is not in the loaded data, in the order they were added. They stay
    /// in the bookmark file.
    public var missing: [Bookmark]
    /// Every overlapping pair of timed entries, by the first one's start.
    public var clashes: [Clash]

    /// - Parameters:
    ///   - entries: the bookmarked items found in the data, in schedule order (ties in time
    ///     keep this order).
    ///   - missing: the bookmarks not found.
    public init(entries: [AgendaEntry], missing: [Bookmark] = []) {
        let timed = entries.enumerated()
            .filter { $0.element.talk.isTimed }
            .sorted { lhs, rhs in Self.timeOrder(lhs.element.talk, lhs.offset, rhs.element.talk, rhs.offset) }
            .map(\.element)
        // A cancelled item takes no time: it clashes with nothing.
        let clashes = Clash.detect(in: timed.map(\.talk).filter { $0.status != .cancelled })
        var clashing: [TalkID: [TalkID]] = [:]
        for clash in clashes {
            clashing[clash.first, default: []].append(clash.second)
            clashing[clash.second, default: []].append(clash.first)
        }
        var byDay: [LocalDate: [AgendaEntry]] = [:]
        var position: [TalkID: Int] = [:]
        for (index, entry) in timed.enumerated() { position[entry.id] = index }
        for var entry in timed {
            entry.clashesWith = (clashing[entry.id] ?? []).sorted { position[$0, default: 0] < position[$1, default: 0] }
            byDay[Self.day(of: entry.talk), default: []].append(entry)
        }
        self.days = byDay.keys.sorted().map { AgendaDay(date: $0, entries: byDay[$0] ?? []) }
        self.readingList = entries.filter { !$0.talk.isTimed }
        self.missing = missing
        self.clashes = clashes
    }

    /// The agenda of `bookmarks` over `schedule`.
    public init(schedule: Schedule, bookmarks: BookmarkSet) {
        var entries: [(position: Int, entry: AgendaEntry)] = []
        var missing: [Bookmark] = []
        for bookmark in bookmarks.bookmarks {
            if let position = schedule.position(of: bookmark.id) {
                entries.append((position, AgendaEntry(talk: schedule.talks[position], note: bookmark.note)))
            } else {
                missing.append(bookmark)
            }
        }
        self.init(entries: entries.sorted { $0.position < $1.position }.map(\.entry), missing: missing)
    }

    public static let empty = Agenda(entries: [])

    /// Timed entries in time order across all days.
    public var timedEntries: [AgendaEntry] { days.flatMap(\.entries) }

    /// Timed entries then the reading list: the order the exports list items in.
    public var allEntries: [AgendaEntry] { timedEntries + readingList }

    public var isEmpty: Bool { days.isEmpty && readingList.isEmpty && missing.isEmpty }

    /// The day an item belongs to: its day in the conference's zone, else the date of its
    /// wall-clock start (a floating start as given, an instant shifted by its offset).
    static func day(of talk: Talk) -> LocalDate {
        if let day = talk.day { return day }
        if let floating = talk.floatingStart { return floating.date }
        let start = talk.start ?? Date(timeIntervalSince1970: 0)
        return ISOInstant.wallClock(start, utcOffset: talk.utcOffset ?? 0).day
    }

    /// Instants in time order; a floating item (no zone) by its wall clock, which orders it
    /// among the other floating items of its conference. Between a floating item and an
    /// instant the order is only a convention (the wall clock as if it were UTC): such items
    /// come from different sources and sit on different days or in different zones anyway.
    static func timeOrder(_ a: Talk, _ aIndex: Int, _ b: Talk, _ bIndex: Int) -> Bool {
        let aStart = sortKey(a.start, a.floatingStart), bStart = sortKey(b.start, b.floatingStart)
        if aStart != bStart { return aStart < bStart }
        let aEnd = sortKey(a.end, a.floatingEnd, else: aStart), bEnd = sortKey(b.end, b.floatingEnd, else: bStart)
        if aEnd != bEnd { return aEnd < bEnd }
        return aIndex < bIndex
    }

    private static func sortKey(_ instant: Date?, _ floating: LocalDateTime?, else fallback: Double = .infinity) -> Double {
        if let instant { return instant.timeIntervalSince1970 }
        if let floating { return Double(floating.wallSecondsSinceEpoch) }
        return fallback
    }
}
