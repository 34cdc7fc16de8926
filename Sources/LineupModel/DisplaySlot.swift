import Foundation

/// A slot as the views draw it: a start and end with the UTC offset that turns them into the
/// wall clock to show. For instants that is the item's offset; for floating times the wall
/// clock read as if at UTC+0, so the same clock and day formatting shows them as given.
///
/// For drawing only: a floating slot's dates are not real instants and must never be
/// compared with the clock or with other items' instants.
public struct DisplaySlot: Hashable, Sendable {
    public var start: Date
    public var end: Date?
    public var utcOffset: Int
    /// True when the times are a floating wall clock (no zone known).
    public var isFloating: Bool

    init(start: Date, end: Date?, utcOffset: Int, isFloating: Bool) {
        self.start = start
        self.end = end
        self.utcOffset = utcOffset
        self.isFloating = isFloating
    }

    init?(start: Date?, end: Date?, utcOffset: Int?, floatingStart: LocalDateTime?, floatingEnd: LocalDateTime?) {
        if let start {
            self.init(start: start, end: end, utcOffset: utcOffset ?? 0, isFloating: false)
        } else if let floatingStart {
            func wall(_ time: LocalDateTime) -> Date { Date(timeIntervalSince1970: TimeInterval(time.wallSecondsSinceEpoch)) }
            self.init(start: wall(floatingStart), end: floatingEnd.map(wall), utcOffset: 0, isFloating: true)
        } else {
            return nil
        }
    }
}

extension Talk {
    /// The slot to draw; nil for untimed items.
    public var displaySlot: DisplaySlot? {
        DisplaySlot(start: start, end: end, utcOffset: utcOffset, floatingStart: floatingStart, floatingEnd: floatingEnd)
    }
}

extension Session {
    /// The span to draw; nil for listings.
    public var displaySlot: DisplaySlot? {
        DisplaySlot(start: start, end: end, utcOffset: utcOffset, floatingStart: floatingStart, floatingEnd: floatingEnd)
    }
}
