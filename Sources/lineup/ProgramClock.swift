import Foundation
import LineupModel

/// The one clock for every subcommand: `LINEUP_NOW` when set, else the system clock.
enum ProgramClock {
    /// Fails with a message naming `LINEUP_NOW` when its value is not a time.
    static func make() throws -> LineupClock {
        do {
            return try LineupClock.from(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(TerminalText.sanitize(error.description))
        }
    }
}
