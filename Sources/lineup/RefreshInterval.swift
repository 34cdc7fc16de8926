import ArgumentParser
import Foundation
import LineupConfig

/// `--refresh-after`: a duration such as 90s, 30m, 2h or 1d (a bare number is minutes).
struct RefreshInterval: ExpressibleByArgument, Hashable {
    var seconds: TimeInterval

    init?(argument: String) {
        guard let seconds = Self.seconds(argument) else { return nil }
        self.seconds = seconds
    }

    /// Seconds of "90s", "30m", "2h", "1d", "45" (minutes); nil for anything else or a negative.
    /// The config file's `refresh_after` is read by the same rule.
    static func seconds(_ text: String) -> TimeInterval? {
        RefreshDuration.seconds(text)
    }
}
