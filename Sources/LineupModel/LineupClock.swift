import Foundation

/// The one clock everything time-relative reads (the browser's now line and `t`, the query
/// words `is:now`, `day:today`..., `lineup now` and `lineup next`, export stamps): the system
/// clock, or the time `LINEUP_NOW` fixes (for tests and demos).
///
/// `LINEUP_NOW` is an instant ("2022-07-19T18:10:00Z", "2022-07-19T11:10:00-07:00") or a wall
/// clock with no zone ("2022-07-19T11:10"), read in the conference's zone (see `Now`).
public struct LineupClock: Sendable {
    public static let environmentVariable = "LINEUP_NOW"

    private enum Source: Sendable {
        case system
        case instant(Date)
        case wallClock(LocalDateTime)
    }

    private let source: Source
    /// The user's zone: where floating times are read (see `Now`).
    public let floatingZone: TimeZone

    /// The system clock.
    public static func system(floatingZone: TimeZone = .current) -> LineupClock {
        LineupClock(source: .system, floatingZone: floatingZone)
    }

    /// A clock stopped at `instant`.
    public static func fixed(_ instant: Date, floatingZone: TimeZone = .current) -> LineupClock {
        LineupClock(source: .instant(instant), floatingZone: floatingZone)
    }

    /// The clock `LINEUP_NOW` in `environment` sets, else the system clock. Throws a message
    /// naming the variable when its value is neither form.
    public static func from(environment: [String: String], floatingZone: TimeZone = .current) throws(ClockError) -> LineupClock {
        guard let text = environment[environmentVariable], !text.isEmpty else { return .system(floatingZone: floatingZone) }
        if let instant = ISOInstant.parse(text) {
            return LineupClock(source: .instant(instant), floatingZone: floatingZone)
        }
        if let wall = LocalDateTime(iso: text) {
            return LineupClock(source: .wallClock(wall), floatingZone: floatingZone)
        }
        throw ClockError(value: text)
    }

    /// Reads the clock.
    public func read() -> Now {
        switch source {
        case .system: return Now(instant: Date(), floatingZone: floatingZone)
        case .instant(let instant): return Now(instant: instant, floatingZone: floatingZone)
        case .wallClock(let wall): return Now(wallClock: wall, floatingZone: floatingZone)
        }
    }
}

/// `LINEUP_NOW` holds something that is not a time.
public struct ClockError: Error, CustomStringConvertible, Sendable {
    public let value: String
    public var description: String {
        "\(LineupClock.environmentVariable)=\"\(value)\" is not a time: give an instant such as 2022-07-19T18:10:00Z or 2022-07-19T11:10:00-07:00, or a wall clock such as 2022-07-19T11:10"
    }
}
