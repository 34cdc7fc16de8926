import Foundation
import LineupModel

/// How the exports write times: wall clock in the conference's zone, as the pages did. Time
/// ranges of items are `TalkTable.timeRange`, as `lineup list` prints them.
enum AgendaClock {
    /// "17:00" at the item's own UTC offset (UTC when it has none).
    static func time(_ date: Date, utcOffset: Int?) -> String {
        ClockText.clock(date, utcOffset: utcOffset ?? 0)
    }

    /// "UTC-07:00", "UTC+05:30", "UTC": the fixed-width form a document wants (the browser
    /// writes the shorter `ClockText.offset`).
    static func offset(_ seconds: Int) -> String {
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }

    private static func two(_ n: Int) -> String { ClockText.two(n) }
}
