import LineupModel
/// The plain table `lineup list` prints: one row per item, fixed-width columns first and the
/// title last, so wide (CJK) titles cannot break the alignment. Every cell is sanitized.
///
///     ID                 DAY         TIME         KIND       TITLE
///     t0123456789abcdef  2022-07-19  11:00-11:20  Oral       Monarch: Expressive Structured...
///
/// Times are the wall clock of the zone the page used; listed papers have none. A cancelled
/// item's title starts with "[cancelled] ".
public enum TalkTable {
    static let kindWidth = 9
    /// Put before a cancelled item's title.
    public static let cancelledMark = "[cancelled] "

    public static func render(_ talks: [Talk]) -> String {
        var lines = [row(id: "ID", day: "DAY", time: "TIME", kind: "KIND", title: "TITLE")]
        lines.reserveCapacity(talks.count + 1)
        for talk in talks {
            lines.append(row(id: talk.id.rawValue, day: talk.day?.iso ?? "", time: timeRange(talk),
                             kind: talk.kind.label, title: (talk.status == .cancelled ? cancelledMark : "") + talk.title))
        }
        return lines.joined(separator: "\n")
    }

    /// "11:00-11:20" in the page's zone (a floating item's wall clock as given), "" for
    /// untimed items.
    public static func timeRange(_ talk: Talk) -> String {
        if let floating = talk.floatingStart {
            guard let end = talk.floatingEnd else { return floating.clock }
            return floating.clock + "-" + end.clock
        }
        guard let start = talk.start else { return "" }
        let offset = talk.utcOffset ?? 0
        let from = ClockText.clock(start, utcOffset: offset)
        guard let end = talk.end else { return from }
        return from + "-" + ClockText.clock(end, utcOffset: offset)
    }

    private static func row(id: String, day: String, time: String, kind: String, title: String) -> String {
        [
            padded(TerminalText.sanitize(id), 17), padded(day, 10), padded(time, 11),
            padded(TerminalText.sanitize(kind), kindWidth), TerminalText.sanitize(title),
        ].joined(separator: "  ")
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - count)
    }
}
