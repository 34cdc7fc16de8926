import ArgumentParser
import Foundation

/// `--refresh-after`: a duration such as 90s, 30m, 2h or 1d (a bare number is minutes).
struct RefreshInterval: ExpressibleByArgument, Hashable {
    var seconds: TimeInterval

    init?(argument: String) {
        guard let seconds = Self.seconds(argument) else { return nil }
        self.seconds = seconds
    }

    /// Seconds of "90s", "30m", "2h", "1d", "45" (minutes); nil for anything else or a negative.
    static func seconds(_ text: String) -> TimeInterval? {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        var number = Substring(text.trimmingCharacters(in: .whitespaces).lowercased())
        var unit: TimeInterval = 60
        if let last = number.last, let factor = units[last] {
            unit = factor
            number = number.dropLast()
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return value * unit
    }
}
