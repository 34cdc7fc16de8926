import Foundation
import LineupModel

/// The bookmarked timed items of one day (in the conference's zone), in time order, with the
/// free time between them.
public struct AgendaDay: Hashable, Sendable, Identifiable {
    public var date: LocalDate
    /// By start, then end, then schedule order.
    public var entries: [AgendaEntry]
    /// Free time between consecutive entries: from the latest end so far to the next start,
    /// only where that is positive. Overlapping entries leave no gap between them.
    public var gaps: [Gap]

    public struct Gap: Hashable, Sendable {
        public var start: Date
        public var end: Date
        /// The index in `entries` of the item the gap ends at.
        public var beforeEntry: Int

        public init(start: Date, end: Date, beforeEntry: Int) {
            self.start = start
            self.end = end
            self.beforeEntry = beforeEntry
        }

        /// In seconds.
        public var duration: TimeInterval { end.timeIntervalSince(start) }
    }

    public init(date: LocalDate, entries: [AgendaEntry]) {
        self.date = date
        self.entries = entries
        self.gaps = Self.gaps(between: entries)
    }

    public var id: LocalDate { date }

    /// The UTC offset (seconds) of the day's first entry: the conference zone the day is in.
    public var utcOffset: Int? { entries.first?.talk.utcOffset }
    public var timeZoneID: String? { entries.first?.talk.timeZoneID }

    private static func gaps(between entries: [AgendaEntry]) -> [Gap] {
        var gaps: [Gap] = []
        var latestEnd: Date?
        for (index, entry) in entries.enumerated() {
            guard let start = entry.talk.start else { continue }
            if let latestEnd, start > latestEnd {
                gaps.append(Gap(start: latestEnd, end: start, beforeEntry: index))
            }
            let end = max(entry.talk.end ?? start, start)
            latestEnd = latestEnd.map { max($0, end) } ?? end
        }
        return gaps
    }
}
