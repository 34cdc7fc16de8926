/// A refresh interval as the config file writes it: a whole number with a unit, "90s", "30m",
/// "6h", "1d".
public enum RefreshInterval {
    /// The interval in seconds, or nil when `text` is not one (zero and negatives included).
    public static func seconds(_ text: String) -> Int? {
        guard let unit = text.last, let number = Int(text.dropLast()), number > 0 else { return nil }
        let scale: Int
        switch unit {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3600
        case "d": scale = 86400
        default: return nil
        }
        let (seconds, overflow) = number.multipliedReportingOverflow(by: scale)
        return overflow ? nil : seconds
    }
}
