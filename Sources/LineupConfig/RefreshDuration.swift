import Foundation

/// A refresh interval as `--refresh-after` and the config file's `refresh_after` write it:
/// "90s", "30m", "2h", "1d", or a bare number of minutes.
public enum RefreshDuration {
    /// The interval in seconds; nil for anything else or a negative.
    public static func seconds(_ text: String) -> TimeInterval? {
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
